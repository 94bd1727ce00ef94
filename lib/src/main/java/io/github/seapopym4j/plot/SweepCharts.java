package io.github.seapopym4j.plot;

import io.github.seapopym4j.sweep.GridSlice;
import io.github.seapopym4j.sweep.SweepResult;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.knowm.xchart.HeatMapChart;

/**
 * Charts of parameter sweeps. Each factory returns a new chart and never displays it; show it with
 * {@link Charts#image}.
 *
 * <pre>{@code
 * Charts.image(SweepCharts.heatmap(result, "pnl", "window", "k", Map.of("exit", 0.5)));
 * }</pre>
 */
public final class SweepCharts {

  /** Grids up to this many cells per side get their value written in each cell. */
  static final int LABELLED_SIDE = 12;

  private SweepCharts() {}

  /**
   * A heat map of a {@link GridSlice}: x axis values as columns, y axis values as rows (first value at
   * the bottom), one series named after the metric. NaN (not evaluated) cells stay blank. Values are
   * written in the cells of small grids (at most 12 × 12).
   */
  public static HeatMapChart heatmap(GridSlice slice) {
    String title = slice.metric() + " over " + slice.xAxis() + " × " + slice.yAxis();
    if (!slice.fixed().isEmpty()) {
      title += slice.fixed().entrySet().stream()
          .map(e -> e.getKey() + " = " + String.format(Locale.ROOT, "%s", e.getValue()))
          .collect(Collectors.joining(", ", " at ", ""));
    }
    HeatMapChart chart = Heatmaps.chart(title, slice.xAxis(), slice.yAxis());
    Heatmaps.addGrid(chart, slice.metric(), Heatmaps.labels(slice.x()), Heatmaps.labels(slice.y()),
        slice.values());
    chart.getStyler().setShowValue(slice.x().length <= LABELLED_SIDE
        && slice.y().length <= LABELLED_SIDE);
    chart.getStyler().setHeatMapValueDecimalPattern("0.###");
    return chart;
  }

  /**
   * The heat map of {@code metric} over ({@code xAxis}, {@code yAxis}) with the other axes at the
   * {@code fixed} grid values: {@link GridSlice#of(SweepResult, String, String, String, Map)}, then
   * {@link #heatmap(GridSlice)}.
   */
  public static HeatMapChart heatmap(SweepResult result, String metric, String xAxis, String yAxis,
      Map<String, Double> fixed) {
    return heatmap(GridSlice.of(result, metric, xAxis, yAxis, fixed));
  }

  /** The heat map of {@code metric} of a sweep over exactly two axes. */
  public static HeatMapChart heatmap(SweepResult result, String metric, String xAxis, String yAxis) {
    return heatmap(GridSlice.of(result, metric, xAxis, yAxis));
  }
}
