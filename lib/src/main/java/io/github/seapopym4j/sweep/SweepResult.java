package io.github.seapopym4j.sweep;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.seapopym4j.internal.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The metrics of every combination of a sweep, as one primitive {@code double} column per metric
 * (no object per combination); parameter values are decoded from the plan on demand. Metrics of
 * combinations not evaluated (an incomplete sweep) are NaN.
 *
 * <p>Memory: 8 bytes × metrics × combinations (70.9 MB for 121³ combinations with 5 metrics).
 * {@link #toTable()} builds a Tablesaw copy of about the same size again plus the parameter columns;
 * prefer {@link #top(String, int, boolean)} and {@link #toTable(int[])} for large sweeps.
 *
 * <p>Immutable: accessors return copies.
 */
public final class SweepResult {

  private final SweepPlan plan;
  private final List<SweepMeasure> metrics;
  private final double[][] columns;
  private final boolean complete;
  private final long available;
  private final SweepTimings timings;
  private final long workPerCombination;
  private final Path resultsFile;

  SweepResult(SweepPlan plan, List<SweepMeasure> metrics, double[][] columns, boolean complete,
      long available, SweepTimings timings, long workPerCombination, Path resultsFile) {
    this.plan = plan;
    this.metrics = List.copyOf(metrics);
    this.columns = columns;
    this.complete = complete;
    this.available = available;
    this.timings = timings;
    this.workPerCombination = workPerCombination;
    this.resultsFile = resultsFile;
  }

  public SweepPlan plan() {
    return plan;
  }

  public List<SweepMeasure> metrics() {
    return metrics;
  }

  /** The number of combinations of the plan. */
  public int size() {
    return columns.length == 0 ? (int) plan.combinations() : columns[0].length;
  }

  /** True when every combination has its metrics (false after a cancellation). */
  public boolean complete() {
    return complete;
  }

  /** Combinations that have metrics (evaluated now or read back on resume). */
  public long available() {
    return available;
  }

  public SweepTimings timings() {
    return timings;
  }

  /**
   * Combinations evaluated in this run × work units per combination ({@link
   * SweepFunction#workPerCombination()}) per second of wall time.
   */
  public double throughput() {
    return timings.wallNanos() == 0 ? 0
        : (double) timings.evaluated() * workPerCombination * 1e9 / timings.wallNanos();
  }

  /** The final results.csv when the sweep wrote to a directory and completed. */
  public Optional<Path> resultsFile() {
    return complete ? Optional.ofNullable(resultsFile) : Optional.empty();
  }

  /** The column position of metric {@code name}; an IllegalArgumentException lists the names. */
  public int metricIndex(String name) {
    for (int m = 0; m < metrics.size(); m++) {
      if (metrics.get(m).name().equals(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no metric '" + name + "'; metrics are "
        + metrics.stream().map(SweepMeasure::name).toList());
  }

  /** SweepMeasure {@code name} of combination {@code combination}. */
  public double metric(String name, int combination) {
    return columns[metricIndex(name)][combination];
  }

  /** A copy of the column of metric {@code name}, indexed by combination. */
  public double[] column(String name) {
    return columns[metricIndex(name)].clone();
  }

  /** The value of axis {@code axis} in combination {@code combination}. */
  public double parameter(String axis, int combination) {
    return plan.value(plan.axisIndex(axis), combination);
  }

  /**
   * The {@code k} combinations with the largest ({@code largest}) or smallest value of {@code metric},
   * best first; NaN values are skipped and ties go to the lower combination index. O(n log k).
   */
  public int[] top(String metric, int k, boolean largest) {
    return TopK.select(columns[metricIndex(metric)], k, largest);
  }

  /** Every combination as a new Tablesaw table: see {@link #toTable(int[])}. */
  public Table toTable() {
    return toTable(IntStream.range(0, size()).toArray());
  }

  /**
   * The given combinations, in the given order, as a new table with columns {@code combination},
   * one per axis (integer columns for integral axes) and one per metric (integer for counts).
   */
  public Table toTable(int[] rows) {
    Table t = Table.create("sweep");
    t.addColumns(IntColumn.create("combination", rows.clone()));
    List<Axis> axes = plan.axes();
    for (int a = 0; a < axes.size(); a++) {
      double[] v = new double[rows.length];
      for (int r = 0; r < rows.length; r++) {
        v[r] = plan.value(a, rows[r]);
      }
      t.addColumns(column(axes.get(a).name(), v, axes.get(a).integral()));
    }
    for (int m = 0; m < metrics.size(); m++) {
      double[] v = new double[rows.length];
      for (int r = 0; r < rows.length; r++) {
        v[r] = columns[m][rows[r]];
      }
      t.addColumns(column(metrics.get(m).name(), v, metrics.get(m).integral()));
    }
    return t;
  }

  /** Writes the given combinations as CSV (the results.csv format) to {@code file}, atomically. */
  public void writeCsv(Path file, int[] rows) {
    SweepResultsCsv csv = new SweepResultsCsv(plan, metrics);
    StringBuilder sb = new StringBuilder(csv.header()).append('\n');
    double[][] one = new double[metrics.size()][1];
    for (int row : rows) {
      for (int m = 0; m < metrics.size(); m++) {
        one[m][0] = columns[m][row];
      }
      csv.appendRow(sb, row, one, 0);
    }
    ChunkStore.writeAtomically(file, sb.toString().getBytes(StandardCharsets.ISO_8859_1));
  }

  private static Column<?> column(String name, double[] v, boolean integral) {
    boolean ints = integral
        && Arrays.stream(v).allMatch(x -> x == Math.rint(x) && Math.abs(x) <= Integer.MAX_VALUE);
    return ints ? IntColumn.create(name, Arrays.stream(v).mapToInt(x -> (int) x).toArray())
        : DoubleColumn.create(name, v);
  }

  /**
   * The one JSON line the sweep commands print: {@code combinations, bars_or_steps, kernel_s,
   * results_s, combination_bars_per_s, wall_s, threads, evaluated, resumed, peak_rss_mb}.
   *
   * @param barsOrSteps bars (a price series) or time steps × cells (the model) per combination
   * @param peakResidentBytes the process's peak resident set [bytes], −1 where unknown
   */
  public String json(long barsOrSteps, long peakResidentBytes) {
    ObjectNode o = Json.object().put("combinations", size()).put("bars_or_steps", barsOrSteps);
    Json.number(o, "kernel_s", "%.3f", timings.kernelNanos() / 1e9);
    Json.number(o, "results_s", "%.3f", timings.resultNanos() / 1e9);
    Json.number(o, "combination_bars_per_s", "%.4e", throughput());
    Json.number(o, "wall_s", "%.3f", timings.wallNanos() / 1e9);
    o.put("threads", timings.threads()).put("evaluated", timings.evaluated())
        .put("resumed", timings.resumed());
    return Json.line(Json.number(o, "peak_rss_mb", "%.1f", peakResidentBytes / 1e6));
  }

  @Override
  public String toString() {
    return String.format("SweepResult[%s, %d metrics, %s, %s]", plan, metrics.size(),
        complete ? "complete" : available + " of " + size() + " available", timings);
  }
}
