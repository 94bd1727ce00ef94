package io.github.seapopym4j.plot;

import io.github.seapopym4j.benchmark.History;
import io.github.seapopym4j.calibration.MemorySeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
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
        toList(stageTable.doubleColumn("total_ms").asDoubleArray()));
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
    List<String> names = new ArrayList<>();
    stageTables.values().forEach(t -> t.stringColumn("stage").forEach(n -> {
      if (!names.contains(n)) {
        names.add(n);
      }
    }));
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

  /**
   * Resident set after each generation [MB], one line per named series (e.g. "naive",
   * "seapopym4j").
   */
  public static XYChart memory(Map<String, MemorySeries> series) {
    XYChart c = new XYChartBuilder().width(Charts.WIDTH).height(Charts.HEIGHT)
        .title("Memory over generations").xAxisTitle("generation").yAxisTitle("resident set [MB]")
        .build();
    c.getStyler().setLegendPosition(LegendPosition.InsideNW);
    series.forEach((name, s) -> {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      for (int i = 0; i < s.size(); i++) {
        x.add((double) s.generations().get(i));
        y.add(s.samples().get(i).residentBytes() / 1e6);
      }
      if (!x.isEmpty()) {
        c.addSeries(name, x, y);
      }
    });
    return c;
  }

  /** Bars of execution samples per method, from {@code HotSpots.table()} (labels: Class.method). */
  public static CategoryChart hotMethods(Table hot) {
    Objects.requireNonNull(hot, "hot");
    CategoryChart c = bars("Hot methods (JFR execution samples, top frame)", "method", "samples");
    List<String> names = new ArrayList<>();
    for (String m : hot.stringColumn("method").asList()) {
      String[] parts = m.split("\\.");
      names.add(parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : m);
    }
    List<Double> n = new ArrayList<>();
    hot.longColumn("samples").forEach(v -> n.add(v.doubleValue()));
    if (!names.isEmpty()) {
      c.addSeries("samples", names, n);
    }
    c.getStyler().setLegendVisible(false);
    c.getStyler().setXAxisLabelRotation(60);
    return c;
  }

  /** Median of one metric per history entry, with min–max error bars, in file order. */
  public static XYChart history(List<History.Entry> history, String benchmark, String metric) {
    XYChart c = new XYChartBuilder().width(Charts.WIDTH).height(Charts.HEIGHT)
        .title(benchmark + " " + metric + " over runs").xAxisTitle("run")
        .yAxisTitle(metric + " (median, min-max)").build();
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

  private static List<Double> toList(double[] v) {
    List<Double> out = new ArrayList<>(v.length);
    for (double d : v) {
      out.add(d);
    }
    return out;
  }
}
