package io.github.seapopym4j.plot;

import io.github.seapopym4j.benchmark.History;
import io.github.seapopym4j.calibration.MemorySeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HorizontalBarChart;
import org.knowm.xchart.HorizontalBarChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendPosition;
import tech.tablesaw.api.Table;

/**
 * Charts of profiling results: where the time went (stages), memory over generations, the hot
 * methods of a JFR recording, and a benchmark history. Factories only: nothing is displayed.
 */
public final class ProfileCharts {

  private ProfileCharts() {}

  /** Bars of each stage's total (exclusive) time [ms], from {@code Profiler.table()}. */
  public static CategoryChart stages(Table stageTable) {
    Objects.requireNonNull(stageTable, "stageTable");
    CategoryChart c = bars("Time per stage", "stage", "total time [ms]");
    c.addSeries("total", stageTable.stringColumn("stage").asList(),
        Arrays.stream(stageTable.doubleColumn("total_ms").asDoubleArray()).boxed().toList());
    c.getStyler().setLegendVisible(false);
    return c;
  }

  /**
   * Grouped bars of each stage's total time [ms] per individual, one series per workflow (tables
   * from {@code Profiler.table()} or {@code StageSummary.table}); a stage a workflow lacks is 0.
   *
   * @param individuals the number of individuals each workflow evaluated
   */
  public static CategoryChart stagesCompared(Map<String, Table> stageTables, int individuals) {
    CategoryChart c = bars("Time per individual and stage", "stage", "time per individual [ms]");
    List<String> names = stageTables.values().stream()
        .flatMap(t -> t.stringColumn("stage").asList().stream()).distinct().toList();
    stageTables.forEach((workflow, t) -> {
      List<Double> y = new ArrayList<>();
      for (String n : names) {
        int row = t.stringColumn("stage").asList().indexOf(n);
        y.add(row < 0 ? 0 : t.doubleColumn("total_ms").get(row) / individuals);
      }
      c.addSeries(workflow, names, y);
    });
    return c;
  }

  /** The smallest span of the memory chart's y axis [MB], so that noise is not drawn as a jump. */
  static final double MIN_MEMORY_SPAN_MB = 20;

  /**
   * Resident set after each generation [MB], one line per named series (e.g. "naive",
   * "seapopym4j"). The y axis spans at least {@value #MIN_MEMORY_SPAN_MB} MB (or a tenth of the
   * largest value, if more), centred on the data, so that a drift of a fraction of a megabyte stays
   * flat instead of filling the chart.
   */
  public static XYChart memory(Map<String, MemorySeries> series) {
    XYChart c = Charts.xy("Memory over generations", "generation", "resident set [MB]");
    c.getStyler().setLegendPosition(LegendPosition.InsideNW);
    series.forEach((name, s) -> {
      if (s.size() > 0) {
        c.addSeries(name, s.generations().stream().map(Long::doubleValue).toList(),
            s.samples().stream().map(m -> m.residentBytes() / 1e6).toList());
      }
    });
    DoubleSummaryStatistics all = c.getSeriesCollection().stream()
        .flatMapToDouble(s -> Arrays.stream(s.getYData())).summaryStatistics();
    double lo = all.getMin();
    double hi = all.getMax();
    double span = Math.max(MIN_MEMORY_SPAN_MB, hi / 10);
    if (hi - lo < span) {
      double mid = (hi + lo) / 2;
      double min = Math.max(0, mid - span / 2);
      c.getStyler().setYAxisMin(min);
      c.getStyler().setYAxisMax(min + span);
    }
    return c;
  }

  /**
   * Horizontal bars of execution samples per method, from {@code HotSpots.table()}, the hottest at
   * the top, every method labelled ({@code Class.method}); the title gives the number of samples.
   */
  public static HorizontalBarChart hotMethods(Table hot) {
    Objects.requireNonNull(hot, "hot");
    List<String> names = new ArrayList<>();
    List<Double> n = new ArrayList<>();
    long total = 0;
    // The chart draws its first category at the top: the hottest.
    List<String> methods = hot.stringColumn("method").asList();
    for (int i = 0; i < methods.size(); i++) {
      String[] parts = methods.get(i).split("\\.");
      names.add(parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1]
          : methods.get(i));
      n.add((double) hot.longColumn("samples").get(i));
      total += hot.longColumn("samples").get(i);
    }
    HorizontalBarChart c = new HorizontalBarChartBuilder().width(Charts.WIDTH)
        .height(Math.max(Charts.HEIGHT, 80 + 28 * names.size()))
        .title("Hot methods (" + total + " JFR execution samples, top frame)")
        .xAxisTitle("samples").yAxisTitle("method").build();
    if (!names.isEmpty()) {
      c.addSeries("samples", n, names);
    }
    c.getStyler().setLegendVisible(false);
    // XChart leaves out category labels closer than its spacing hint (74 px), which for horizontal
    // bars is the x axis' hint: label every bar.
    c.getStyler().setXAxisTickMarkSpacingHint(10);
    return c;
  }

  /** Median of one metric per history entry, with min–max error bars, in file order. */
  public static XYChart history(List<History.Entry> history, String benchmark, String metric) {
    XYChart c = Charts.xy(benchmark + " " + metric + " over runs", "run",
        metric + " (median, min-max)");
    c.getStyler().setLegendVisible(false);
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    List<Double> err = new ArrayList<>();
    for (History.Entry e : history) {
      if (e.benchmark().equals(benchmark) && e.metric().equals(metric)) {
        x.add((double) x.size() + 1);
        y.add(e.median());
        err.add(Math.max(e.max() - e.median(), e.median() - e.min()));
      }
    }
    if (!x.isEmpty()) {
      c.addSeries(metric, x, y, err);
    }
    return c;
  }

  private static CategoryChart bars(String title, String xTitle, String yTitle) {
    return new CategoryChartBuilder().width(Charts.WIDTH).height(Charts.HEIGHT).title(title)
        .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
  }
}
