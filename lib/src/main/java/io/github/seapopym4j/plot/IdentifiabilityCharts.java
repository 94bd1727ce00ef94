package io.github.seapopym4j.plot;

import io.github.seapopym4j.space.Domain;
import io.github.seapopym4j.calibration.IdentifiabilityReport;
import io.github.seapopym4j.calibration.PopulationEvaluator;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;

/**
 * Charts of {@link IdentifiabilityReport}: the 1-D cost profiles through a calibration's best point.
 *
 * <pre>{@code
 * Charts.image(IdentifiabilityCharts.profiles(report, space.domain()));
 * }</pre>
 */
public final class IdentifiabilityCharts {

  /** How many decades above the lowest cost the profiles show. */
  public static final int DECADES_SHOWN = 6;

  private IdentifiabilityCharts() {}

  /**
   * The cost along each free parameter with the others at the best point, against the position in
   * the parameter's range (0: its lower bound, 1: its upper bound), so that parameters of any unit
   * share one axis; one series per parameter, on a logarithmic cost axis of at most six decades
   * above the lowest cost: an unstable corner of the range can cost 1e100 and more, which would
   * flatten every valley, so costs above {@value #DECADES_SHOWN} decades over the lowest are left out
   * (a gap), as are costs that are not positive and the failure penalty. A flat line is a poorly
   * constrained parameter.
   *
   * @param domain the bounds of the report's parameters
   */
  public static XYChart profiles(IdentifiabilityReport report, Domain domain) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(domain, "domain");
    if (!domain.names().equals(report.names())) {
      throw new IllegalArgumentException(String.format("the domain's parameters %s are not the "
          + "report's %s", domain.names(), report.names()));
    }
    XYChart chart = Charts.xy("Cost profiles through the best point",
        "position in the range (0 = min, 1 = max)", "fitness (log scale)");
    chart.getStyler().setYAxisLogarithmic(true);
    double lowest = report.profiles().stream().flatMap(p -> p.points().stream())
        .mapToDouble(pt -> pt[1]).filter(c -> c > 0).min().orElse(1);
    double ceiling = lowest * Math.pow(10, DECADES_SHOWN);
    for (int i = 0; i < report.profiles().size(); i++) {
      IdentifiabilityReport.Profile p = report.profiles().get(i);
      List<double[]> pts = p.points();
      double[] x = new double[pts.size()];
      double[] y = new double[pts.size()];
      double lo = domain.lower(i);
      double range = domain.upper(i) - lo;
      for (int k = 0; k < x.length; k++) {
        x[k] = range > 0 ? (pts.get(k)[0] - lo) / range : 0.5;
        double cost = pts.get(k)[1];
        y[k] = cost > 0 && cost <= ceiling && cost < PopulationEvaluator.PENALTY ? cost
            : Double.NaN;
      }
      CalibrationCharts.line(chart, p.parameter(), x, y);
    }
    return chart;
  }
}
