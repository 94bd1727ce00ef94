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

  /** {@link #heatmap(GridSlice)} with {@code unit} written above the colour scale. */
  public static HeatMapChart heatmap(GridSlice slice, String unit) {
    HeatMapChart chart = heatmap(slice);
    HeatmapLabels.unit(chart, unit);
    return chart;
  }

  /**
   * A fitness landscape: {@link #heatmap(GridSlice, String)} with the known parameters ({@code
   * trueX}, {@code trueY}) marked by a ring labelled "truth" and the grid's smallest value by a cross
   * labelled "best" (for a loss, the optimum), the first labelled on the left and the second on the
   * right so that both read when they share a cell. A known value between grid values is drawn
   * between the cells, in proportion.
   *
   * @throws IllegalArgumentException when a known value lies outside its axis' range
   */
  public static HeatMapChart landscape(GridSlice slice, String unit, double trueX, double trueY) {
    HeatMapChart chart = heatmap(slice, unit);
    int nx = slice.x().length;
    int ny = slice.y().length;
    int bx = -1;
    int by = -1;
    for (int j = 0; j < ny; j++) {
      for (int i = 0; i < nx; i++) {
        double v = slice.values()[j][i];
        if (!Double.isNaN(v) && (bx < 0 || v < slice.values()[by][bx])) {
          bx = i;
          by = j;
        }
      }
    }
    HeatmapLabels.mark(chart, position(slice.xAxis(), slice.x(), trueX),
        position(slice.yAxis(), slice.y(), trueY), nx, ny, "truth", false, true);
    if (bx >= 0) {
      HeatmapLabels.mark(chart, bx, by, nx, ny, "best", true, false);
    }
    return chart;
  }

  /** The fractional index of {@code v} among the ascending grid {@code values}. */
  static double position(String axis, double[] values, double v) {
    int n = values.length;
    if (!(v >= values[0] && v <= values[n - 1])) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "axis %s: the known value must lie in [%s, %s], but was %s", axis, values[0],
          values[n - 1], v));
    }
    for (int i = 0; i + 1 < n; i++) {
      if (v <= values[i + 1]) {
        return i + (v - values[i]) / (values[i + 1] - values[i]);
      }
    }
    return n - 1;
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
