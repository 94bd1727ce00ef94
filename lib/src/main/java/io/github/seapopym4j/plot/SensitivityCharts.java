package io.github.seapopym4j.plot;

import io.github.seapopym4j.sensitivity.Estimate;
import io.github.seapopym4j.sensitivity.MorrisIndices;
import io.github.seapopym4j.sensitivity.SobolIndices;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts of a sensitivity analysis: Sobol S1/ST bars with their confidence intervals, the Morris
 * μ*–σ plane, and the convergence of the indices with N. Each factory returns a new chart and never
 * displays it; show it in a notebook with {@link Charts#image}.
 *
 * <pre>{@code
 * Charts.image(SensitivityCharts.sobolBars(indices, "mean-biomass"));
 * Charts.image(SensitivityCharts.morrisPlane(morris, "mean-biomass"));
 * }</pre>
 */
public final class SensitivityCharts {

  private SensitivityCharts() {}

  /**
   * S1 and ST per parameter as grouped bars (series {@code "S1"}, {@code "ST"}), with error bars
   * from the bootstrap intervals. XChart draws symmetric error bars, so each bar's half-width is the
   * larger distance from the estimate to a bound of its interval (never narrower than the interval).
   */
  public static CategoryChart sobolBars(SobolIndices indices, String output) {
    Objects.requireNonNull(indices, "indices");
    CategoryChart chart = new CategoryChartBuilder().width(Charts.WIDTH).height(Charts.HEIGHT)
        .title("Sobol indices of " + output).xAxisTitle("parameter").yAxisTitle("index").build();
    chart.getStyler().setLegendPosition(LegendPosition.InsideNE);
    chart.getStyler().setXAxisLabelRotation(20);
    List<String> names = indices.parameters();
    bars(chart, "S1", names, indices.firstOrder());
    bars(chart, "ST", names, indices.totalOrder());
    return chart;
  }

  private static void bars(CategoryChart chart, String name, List<String> names,
      List<Estimate> estimates) {
    List<Double> values = new ArrayList<>();
    List<Double> errors = new ArrayList<>();
    boolean intervals = true;
    for (Estimate e : estimates) {
      values.add(e.value());
      double err = Math.max(e.value() - e.low(), e.high() - e.value());
      intervals &= Double.isFinite(err);
      errors.add(err);
    }
    if (intervals) {
      chart.addSeries(name, names, values, errors);
    } else {
      chart.addSeries(name, names, values);
    }
  }

  /**
   * The Morris plane: one point per parameter (a series named after it) at (μ*, σ), its bootstrap
   * interval on μ* drawn as a horizontal segment through the point (XChart's error bars are
   * vertical only), and the diagonal σ = μ*. Parameters far from the origin matter; those well
   * above the diagonal act non-linearly or through interactions.
   */
  public static XYChart morrisPlane(MorrisIndices indices, String output) {
    Objects.requireNonNull(indices, "indices");
    XYChart chart = Charts.xy("Morris screening of " + output, "mu* (mean |elementary effect|)",
        "sigma");
    double top = 0;
    for (int i = 0; i < indices.parameters().size(); i++) {
      Estimate m = indices.muStar().get(i);
      double s = indices.sigma().get(i);
      top = Math.max(top, Math.max(Double.isFinite(m.high()) ? m.high() : m.value(), s));
      double[] x = Double.isFinite(m.low()) ? new double[] {m.low(), m.value(), m.high()}
          : new double[] {m.value()};
      double[] y = new double[x.length];
      java.util.Arrays.fill(y, s);
      XYSeries series = chart.addSeries(indices.parameters().get(i), x, y);
      series.setMarker(SeriesMarkers.CIRCLE);
    }
    XYSeries diagonal = chart.addSeries("sigma = mu*", new double[] {0, top},
        new double[] {0, top});
    diagonal.setMarker(SeriesMarkers.NONE);
    return chart;
  }

  /**
   * One index against the base sample size N (log2 axis): a line per parameter, from indices
   * computed on the first N rows of one design ({@code SobolEstimator.analyze(design, names, y,
   * rows, ...)}).
   *
   * @param byRows indices keyed by N, in increasing N
   * @param total true for ST, false for S1
   */
  public static XYChart convergence(Map<Integer, SobolIndices> byRows, boolean total,
      String output) {
    if (byRows.isEmpty()) {
      throw new IllegalArgumentException("convergence needs indices for at least one N, got none");
    }
    String index = total ? "ST" : "S1";
    XYChart chart = Charts.xy("Convergence of " + index + " of " + output, "N (base samples)",
        index);
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setXAxisLogarithmicDecadeOnly(false); // N spans less than two decades
    List<String> names = byRows.values().iterator().next().parameters();
    double[] n = byRows.keySet().stream().mapToDouble(Integer::doubleValue).toArray();
    for (int i = 0; i < names.size(); i++) {
      double[] y = new double[n.length];
      int j = 0;
      for (SobolIndices s : byRows.values()) {
        y[j++] = (total ? s.totalOrder() : s.firstOrder()).get(i).value();
      }
      chart.addSeries(names.get(i), n, y).setMarker(SeriesMarkers.CIRCLE);
    }
    return chart;
  }
}
