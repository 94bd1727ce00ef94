package io.github.seapopym4j.plot;

import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.MatchPlan;
import io.github.seapopym4j.fitness.MatchedPairs;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.fitness.Period;
import io.github.seapopym4j.model.ModelOutput;
import io.github.seapopym4j.sweep.SweepResult;
import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts of model output against observations, and of metrics along a parameter. Each factory
 * returns a new chart and never displays it; show it with {@link Charts#image}.
 *
 * <pre>{@code
 * MatchPlan plan = MatchPlan.compile(obs, ModelGrid.of(forcings, groups), MatchConfig.defaults());
 * try (ModelRun run = model.start(groups)) {
 *   Charts.image(FitnessCharts.timeSeries(plan, obs, run));
 *   Charts.image(FitnessCharts.scatter(plan.match(run::biomass)));
 * }
 * }</pre>
 */
public final class FitnessCharts {

  /** Day in orange, night in blue, untagged in grey (Okabe–Ito, readable by colour-blind readers). */
  static final Color DAY = new Color(230, 159, 0);
  static final Color NIGHT = new Color(0, 114, 178);
  static final Color UNTAGGED = new Color(90, 90, 90);

  private FitnessCharts() {}

  /**
   * Observed and simulated biomass: {@link #timeSeries(MatchPlan, ObservationSet, ModelOutput,
   * MatchConfig)} for a plan compiled with {@link MatchConfig#defaults()}.
   */
  public static XYChart timeSeries(MatchPlan plan, ObservationSet observations, ModelOutput output) {
    return timeSeries(plan, observations, output, MatchConfig.defaults());
  }

  /**
   * Observed and simulated biomass. Per period present among the matched observations (day, night,
   * untagged) two series: {@code "observed <period>"} (markers, one per observation, several tows on
   * one date each keeping their point) and {@code "simulated <period>"}: when the period's
   * observations lie in one grid cell, a line through the model's prediction on every simulated day
   * from the first to the last observation (what an observation on that day would be compared with);
   * else a marker per observation. Untagged ones are named {@code "observed"} and {@code
   * "simulated"}.
   *
   * @param plan the plan compiled from {@code observations} against the output's grid
   * @param observations the set the plan was compiled from (it gives dates and periods)
   * @param output the run to compare
   * @param config the configuration the plan was compiled with
   * @return a chart of biomass [g m⁻²] against date
   * @throws IllegalArgumentException when the plan refers to observations the set does not have, or
   *     the output is not on the plan's grid
   */
  public static XYChart timeSeries(MatchPlan plan, ObservationSet observations, ModelOutput output,
      MatchConfig config) {
    int[] index = plan.observationIndex();
    for (int i : index) {
      if (i >= observations.size()) {
        throw new IllegalArgumentException(String.format("the plan refers to observation %d, but %s "
            + "has %d: compile the plan from this observation set", i, observations.source(),
            observations.size()));
      }
    }
    MatchedPairs pairs = plan.match(checked(plan, output)::biomass);
    XYChart chart = Charts.timeSeries("Observed and simulated biomass (" + pairs.size()
        + " observations)", "biomass [g m⁻²]");
    for (Period p : Period.values()) {
      List<Integer> rows = new ArrayList<>();
      for (int k = 0; k < index.length; k++) {
        if (observations.period(index[k]) == p) {
          rows.add(k);
        }
      }
      if (rows.isEmpty()) {
        continue;
      }
      rows.sort(Comparator.comparing(k -> observations.date(index[k])));
      List<LocalDate> dates = new ArrayList<>();
      double[] obs = new double[rows.size()];
      double[] sim = new double[rows.size()];
      for (int j = 0; j < rows.size(); j++) {
        int k = rows.get(j);
        dates.add(observations.date(index[k]));
        obs[j] = pairs.observed()[k];
        sim[j] = pairs.predicted()[k];
      }
      String suffix = p == Period.NONE ? "" : " " + p.label();
      Color colour = p == Period.DAY ? DAY : p == Period.NIGHT ? NIGHT : UNTAGGED;
      XYSeries o = chart.addSeries("observed" + suffix, Charts.toDates(dates), Charts.boxed(obs));
      o.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      o.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(translucent(colour));
      int first = index[rows.get(0)];
      boolean oneCell = rows.stream().allMatch(k -> observations.latitude(index[k])
          == observations.latitude(first) && observations.longitude(index[k])
          == observations.longitude(first));
      if (oneCell) {
        SimulatedSeries daily = SimulatedSeries.daily(checked(plan, output)::biomass, plan.grid(),
            config, p, observations.latitude(first), observations.longitude(first), dates.get(0),
            dates.get(dates.size() - 1));
        Charts.addLine(chart, "simulated" + suffix, Charts.toDates(daily.dates()), daily.values());
      } else {
        XYSeries s = chart.addSeries("simulated" + suffix, Charts.toDates(dates),
            Charts.boxed(sim));
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.DIAMOND);
      }
      XYSeries simulated = chart.getSeries("simulated" + suffix);
      simulated.setLineColor(colour.darker());
      simulated.setMarkerColor(colour.darker());
    }
    return chart;
  }

  /**
   * Simulated against observed biomass, one marker per matched observation (series {@code
   * "observations"}), with the 1:1 line (series {@code "1:1"}) over the range of both.
   *
   * @return a scatter chart, observed [g m⁻²] on x, simulated [g m⁻²] on y
   */
  public static XYChart scatter(MatchedPairs pairs) {
    XYChart chart = new XYChartBuilder().width(Charts.HEIGHT + 150).height(Charts.HEIGHT + 50)
        .title("Simulated against observed (" + pairs.size() + " pairs)")
        .xAxisTitle("observed [g m⁻²]").yAxisTitle("simulated [g m⁻²]").build();
    chart.getStyler().setLegendPosition(LegendPosition.InsideNW);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (int k = 0; k < pairs.size(); k++) {
      double o = pairs.observed()[k];
      double p = pairs.predicted()[k];
      if (Double.isFinite(o) && Double.isFinite(p)) {
        x.add(o);
        y.add(p);
        lo = Math.min(lo, Math.min(o, p));
        hi = Math.max(hi, Math.max(o, p));
      }
    }
    if (x.isEmpty()) {
      lo = 0;
      hi = 1;
    }
    XYSeries points = chart.addSeries("observations", x.isEmpty() ? List.of(Double.NaN) : x,
        y.isEmpty() ? List.of(Double.NaN) : y);
    points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    points.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(translucent(NIGHT));
    chart.addSeries("1:1", new double[] {lo, hi}, new double[] {lo, hi})
        .setMarker(SeriesMarkers.NONE).setLineWidth(1f).setLineColor(UNTAGGED);
    return chart;
  }

  /**
   * Several losses along one parameter, each rescaled to [0, 1] by its own minimum and maximum
   * ({@code (v − min) / (max − min)}), so they share an axis: 0 marks each metric's best value, and
   * the sharper and narrower a curve's valley, the better the metric pins the parameter down. A
   * constant curve becomes 0 everywhere (it carries no information); NaN stays a gap.
   *
   * @param parameter the parameter name, for the x axis title
   * @param values the parameter values, in plotting order
   * @param losses per metric (series name, in map order), one loss per value; lower is better
   * @return a chart with one series per metric
   * @throws IllegalArgumentException when a curve does not have one value per parameter value
   */
  public static XYChart metricProfiles(String parameter, double[] values,
      Map<String, double[]> losses) {
    Objects.requireNonNull(parameter, "parameter");
    XYChart chart = Charts.xy("Metrics along " + parameter + " (each rescaled to [0, 1])",
        parameter, "rescaled loss (0 = best)");
    chart.getStyler().setXAxisDecimalPattern("0.###");
    for (Map.Entry<String, double[]> e : losses.entrySet()) {
      if (e.getValue().length != values.length) {
        throw new IllegalArgumentException(String.format("metric '%s' has %d values, but %s has %d",
            e.getKey(), e.getValue().length, parameter, values.length));
      }
      double[] y = rescaled(e.getValue());
      chart.addSeries(e.getKey(), values, y).setMarker(SeriesMarkers.CIRCLE).setLineWidth(1.2f);
    }
    return chart;
  }

  /**
   * {@link #metricProfiles(String, double[], Map)} of every metric column of a one-axis sweep,
   * taken as losses (lower is better: sweep losses, e.g. {@code MetricRegistry.Entry.loss()}).
   *
   * @throws IllegalArgumentException when the sweep has more than one axis
   */
  public static XYChart metricProfiles(SweepResult result) {
    if (result.plan().axes().size() != 1) {
      throw new IllegalArgumentException("metric profiles need a sweep along one axis, but it has "
          + result.plan().axisNames());
    }
    String axis = result.plan().axisNames().get(0);
    double[] x = IntStream.range(0, result.size()).mapToDouble(i -> result.parameter(axis, i))
        .toArray();
    Map<String, double[]> losses = new LinkedHashMap<>();
    result.metrics().forEach(m -> losses.put(m.name(), result.column(m.name())));
    return metricProfiles(axis, x, losses);
  }

  /** (v − min) / (max − min) over the non-NaN values; 0 for a constant curve; NaN kept. */
  static double[] rescaled(double[] v) {
    DoubleSummaryStatistics s = Arrays.stream(v).filter(x -> !Double.isNaN(x)).summaryStatistics();
    double min = s.getMin();
    double max = s.getMax();
    return Arrays.stream(v)
        .map(x -> Double.isNaN(x) ? Double.NaN : max > min ? (x - min) / (max - min) : 0).toArray();
  }

  private static ModelOutput checked(MatchPlan plan, ModelOutput output) {
    plan.grid().check(output);
    return output;
  }

  private static Color translucent(Color c) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), 150);
  }
}
