package io.github.seapopym4j.benchmark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.seapopym4j.internal.Json;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The repeats of a {@link Baseline}: naive against seapopym4j, with ratios naive / seapopym4j (above
 * 1: seapopym4j is better) and their spread, and whether both gave the same results.
 *
 * <ul>
 *   <li>{@code init_speedup}: initialisation (load + prepare) per individual, naive / seapopym4j;
 *       seapopym4j initialises once for all individuals of all generations;
 *   <li>{@code time_ratio}: wall time of the whole calibration, naive / seapopym4j;
 *   <li>{@code memory_ratio}: memory growth ({@link BaselineOutcome#memoryGrowthBytes()}: the largest
 *       rise of the resident set during the workflow), naive / seapopym4j, each floored at {@value
 *       #MEMORY_FLOOR_BYTES} bytes so that the ratio stays defined when a growth is within noise of
 *       zero;
 *   <li>identical results: every logbook fitness, bit for bit, in every repeat.
 * </ul>
 *
 * @param naive the naive workflow's repeats
 * @param seapopym4j the seapopym4j workflow's repeats, as many
 */
public record BaselineReport(List<BaselineOutcome> naive, List<BaselineOutcome> seapopym4j) {

  /** The smallest memory growth a ratio divides by [bytes]. */
  public static final long MEMORY_FLOOR_BYTES = 1_000_000;

  /** {@link #summary()} gives a memory ratio only when both growths reach this many floors. */
  static final int RATIO_FLOORS = 10;

  public BaselineReport {
    naive = List.copyOf(naive);
    seapopym4j = List.copyOf(seapopym4j);
    if (naive.isEmpty() || naive.size() != seapopym4j.size()) {
      throw new IllegalArgumentException(String.format("a baseline report needs as many naive as "
          + "seapopym4j repeats (>= 1), but had %d and %d", naive.size(), seapopym4j.size()));
    }
  }

  /** Initialisation per individual [ms]. */
  public Comparison init() {
    return compare("init_per_individual_ms", o -> o.initNanosPerIndividual() / 1e6);
  }

  /** Whole calibration wall time [s]. */
  public Comparison time() {
    return compare("wall_s", o -> o.wallNanos() / 1e9);
  }

  /** Wall time per individual [ms]. */
  public Comparison timePerIndividual() {
    return compare("time_per_individual_ms", o -> o.wallNanosPerIndividual() / 1e6);
  }

  /** Memory growth, floored at {@link #MEMORY_FLOOR_BYTES} [MB]. */
  public Comparison memory() {
    return compare("memory_growth_mb",
        o -> Math.max(MEMORY_FLOOR_BYTES, o.memoryGrowthBytes()) / 1e6);
  }

  private Comparison compare(String metric, ToDoubleFunction<BaselineOutcome> f) {
    return new Comparison(metric, naive.stream().mapToDouble(f).toArray(),
        seapopym4j.stream().mapToDouble(f).toArray());
  }

  /** Whether every repeat of both workflows gave the same logbook fitness, bit for bit. */
  public boolean identicalResults() {
    long[] first = bits(seapopym4j.get(0).fitness());
    return Stream.concat(naive.stream(), seapopym4j.stream())
        .allMatch(o -> Arrays.equals(first, bits(o.fitness())));
  }

  private static long[] bits(double[] v) {
    return Arrays.stream(v).mapToLong(Double::doubleToRawLongBits).toArray();
  }

  /**
   * One JSON line: {@code {"init_speedup": ..., "time_ratio": ..., "memory_ratio": ...,
   * "identical_results": true|false}} (medians).
   */
  public String json() {
    ObjectNode o = Json.object();
    Json.number(o, "init_speedup", "%.4g", init().ratio());
    Json.number(o, "time_ratio", "%.4g", time().ratio());
    Json.number(o, "memory_ratio", "%.4g", memory().ratio());
    return Json.line(o.put("identical_results", identicalResults()));
  }

  /**
   * One row per figure: {@code metric, naive_median, naive_min, naive_max, seapopym4j_median,
   * seapopym4j_min, seapopym4j_max, ratio, ratio_min, ratio_max, verdict}.
   */
  public Table table() {
    Table t = Table.create("baseline", StringColumn.create("metric"));
    for (String side : List.of("naive", "seapopym4j")) {
      for (String s : List.of("_median", "_min", "_max")) {
        t.addColumns(DoubleColumn.create(side + s));
      }
    }
    t.addColumns(DoubleColumn.create("ratio"), DoubleColumn.create("ratio_min"),
        DoubleColumn.create("ratio_max"), StringColumn.create("verdict"));
    for (Comparison c : List.of(init(), timePerIndividual(), time(), memory())) {
      t.stringColumn("metric").append(c.metric());
      append(t, "naive", c.baseline());
      append(t, "seapopym4j", c.candidate());
      t.doubleColumn("ratio").append(c.ratio());
      t.doubleColumn("ratio_min").append(c.ratioMin());
      t.doubleColumn("ratio_max").append(c.ratioMax());
      t.stringColumn("verdict").append(words(c));
    }
    return t;
  }

  private static void append(Table t, String side, double[] v) {
    t.doubleColumn(side + "_median").append(Comparison.median(v));
    t.doubleColumn(side + "_min").append(Comparison.min(v));
    t.doubleColumn(side + "_max").append(Comparison.max(v));
  }

  /** seapopym4j's verdict in words. */
  private static String words(Comparison c) {
    return c.metric().startsWith("memory") ? c.verdict("smaller", "larger")
        : c.verdict("faster", "slower");
  }

  /**
   * Resident set after each generation [MB] of the last repeat, both workflows: {@code generation,
   * naive_resident_mb, seapopym4j_resident_mb}.
   */
  public Table memoryTable() {
    BaselineOutcome n = naive.get(naive.size() - 1);
    BaselineOutcome s = seapopym4j.get(seapopym4j.size() - 1);
    LongColumn g = LongColumn.create("generation");
    DoubleColumn nr = DoubleColumn.create("naive_resident_mb");
    DoubleColumn sr = DoubleColumn.create("seapopym4j_resident_mb");
    for (int i = 0; i < Math.min(n.memory().size(), s.memory().size()); i++) {
      g.append(n.memory().generations().get(i));
      nr.append(n.memory().samples().get(i).residentBytes() / 1e6);
      sr.append(s.memory().samples().get(i).residentBytes() / 1e6);
    }
    return Table.create("memory per generation", g, nr, sr);
  }

  /**
   * A few lines for a terminal or a notebook: each time figure with its ratio; the memory growth of
   * both workflows in MB with its range, and their ratio only when both are well above the
   * measurement floor.
   */
  public String summary() {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
        "baseline: %d repeats, %d individuals per run; naive / seapopym4j (median, range):%n",
        naive.size(), naive.get(0).individuals()));
    for (Comparison c : List.of(init(), timePerIndividual(), time())) {
      b.append(String.format(Locale.ROOT, "  %-24s %10.4g / %-10.4g ratio %.3g (%.3g to %.3g): "
          + "seapopym4j %s%n", c.metric(), c.baselineMedian(), c.candidateMedian(), c.ratio(),
          c.ratioMin(), c.ratioMax(), words(c)));
    }
    b.append(memoryLine());
    BaselineOutcome n = naive.get(naive.size() - 1);
    BaselineOutcome s = seapopym4j.get(seapopym4j.size() - 1);
    b.append(String.format(Locale.ROOT, "  memory over generations (last repeat): naive %+.1f MB, "
        + "seapopym4j %+.1f MB%n", n.growthOverGenerationsBytes() / 1e6,
        s.growthOverGenerationsBytes() / 1e6));
    b.append("  identical results: ").append(identicalResults()).append('\n');
    return b.toString();
  }

  /**
   * The memory growth of both workflows in MB, median and range, unfloored; and their ratio only
   * when both medians are at least {@value #RATIO_FLOORS} times {@link #MEMORY_FLOOR_BYTES}, since
   * below that the ratio divides by measurement noise.
   */
  private String memoryLine() {
    double[] n = naive.stream().mapToDouble(o -> o.memoryGrowthBytes() / 1e6).toArray();
    double[] s = seapopym4j.stream().mapToDouble(o -> o.memoryGrowthBytes() / 1e6).toArray();
    String line = String.format(Locale.ROOT, "  %-24s naive %.1f MB (%.1f to %.1f), seapopym4j "
        + "%.1f MB (%.1f to %.1f)", "memory_growth_mb", Comparison.median(n), Comparison.min(n),
        Comparison.max(n), Comparison.median(s), Comparison.min(s), Comparison.max(s));
    double above = RATIO_FLOORS * MEMORY_FLOOR_BYTES / 1e6;
    if (Comparison.median(n) >= above && Comparison.median(s) >= above) {
      Comparison c = memory();
      return line + String.format(Locale.ROOT, ": ratio %.3g (%.3g to %.3g), seapopym4j %s%n",
          c.ratio(), c.ratioMin(), c.ratioMax(), words(c));
    }
    return line + String.format(Locale.ROOT, "; no ratio (a growth below %.0f MB is near the "
        + "%.0f MB measurement floor)%n", above, MEMORY_FLOOR_BYTES / 1e6);
  }

  @Override
  public String toString() {
    return "BaselineReport" + json();
  }
}
