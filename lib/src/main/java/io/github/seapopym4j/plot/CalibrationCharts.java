package io.github.seapopym4j.plot;

import io.github.seapopym4j.calibration.Logbook;
import io.github.seapopym4j.calibration.MemorySeries;
import io.github.seapopym4j.calibration.PopulationEvaluator;
import io.github.seapopym4j.profile.MemorySnapshot;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts of a calibration, per generation: fitness, the best individual's parameters, memory. Each
 * factory returns a new {@link XYChart} and never displays it; show it in a notebook with {@link
 * Charts#image}.
 *
 * <pre>{@code
 * CalibrationResult r = calibration.run();
 * Charts.image(CalibrationCharts.convergence(r.logbook()));
 * Charts.image(CalibrationCharts.memory(r.memory()));
 * }</pre>
 *
 * <p>Values are read when the chart is built; later appends to the logbook do not change it.
 */
public final class CalibrationCharts {

  /** How far above the highest generation best a logarithmic fitness axis reaches. */
  private static final double TOP_DECADES = 1000;

  private CalibrationCharts() {}

  /**
   * Best and mean fitness of each generation against the generation index, and the best so far.
   * Series {@code "best"}, {@code "mean"} (over the individuals that were not penalised, {@link
   * PopulationEvaluator#PENALTY}; a gap when all were) and {@code "best so far"}. The y axis is
   * logarithmic when every plotted value is positive, and then ends at 1000 × the highest
   * generation best: an early generation whose mean explodes (an unstable explicit scheme can score
   * 1e100) runs off the top instead of flattening every other line.
   *
   * @throws IllegalArgumentException when the logbook is empty
   */
  public static XYChart convergence(Logbook logbook) {
    long n = requireGenerations(logbook);
    double[] best = filled(n, Double.POSITIVE_INFINITY);
    double[] sum = new double[(int) n];
    int[] count = new int[(int) n];
    for (int row = 0; row < logbook.size(); row++) {
      int g = (int) logbook.generation(row);
      double f = logbook.fitness(row);
      best[g] = Math.min(best[g], f);
      if (f < PopulationEvaluator.PENALTY) {
        sum[g] += f;
        count[g]++;
      }
    }
    double[] mean = new double[(int) n];
    double[] soFar = new double[(int) n];
    for (int g = 0; g < n; g++) {
      mean[g] = count[g] == 0 ? Double.NaN : sum[g] / count[g];
      soFar[g] = Math.min(best[g], g == 0 ? Double.POSITIVE_INFINITY : soFar[g - 1]);
    }
    XYChart chart = byGeneration("Convergence", "fitness (lower is better)");
    double[] x = generations(n);
    line(chart, "best", x, best);
    line(chart, "mean", x, mean);
    line(chart, "best so far", x, soFar).setLineStyle(SeriesLines.DASH_DASH);
    boolean positive = Arrays.stream(best).allMatch(v -> v > 0)
        && Arrays.stream(mean).allMatch(v -> !(v <= 0));
    chart.getStyler().setYAxisLogarithmic(positive);
    double worstBest = Arrays.stream(best).filter(v -> v < PopulationEvaluator.PENALTY).max()
        .orElse(Double.NaN);
    double highest = Math.max(Arrays.stream(best).max().orElse(0),
        Arrays.stream(mean).filter(v -> !Double.isNaN(v)).max().orElse(0));
    if (positive && highest > TOP_DECADES * worstBest) {
      chart.getStyler().setYAxisMax(TOP_DECADES * worstBest);
    }
    return chart;
  }

  /**
   * The best individual's value of each named parameter per generation, divided by its true value,
   * with a dashed line at 1 (the truth): one chart for parameters of any scale. Series are named
   * after the parameters, then {@code "true value"}.
   *
   * @param names parameter names of the logbook ({@link Logbook#names()}), at least one
   * @param trueValues the true value of each, finite and non-zero
   * @throws IllegalArgumentException naming an unknown parameter, a length mismatch or a bad value
   */
  public static XYChart parameterTrajectories(Logbook logbook, List<String> names,
      double[] trueValues) {
    long n = requireGenerations(logbook);
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(trueValues, "trueValues");
    if (names.isEmpty() || names.size() != trueValues.length) {
      throw new IllegalArgumentException(String.format("expected one true value per parameter name "
          + "(at least one), but got %d names and %d values", names.size(), trueValues.length));
    }
    int[] columns = new int[names.size()];
    for (int j = 0; j < columns.length; j++) {
      columns[j] = logbook.names().indexOf(names.get(j));
      if (columns[j] < 0) {
        throw new IllegalArgumentException(String.format("parameter '%s' is not in the logbook; "
            + "expected one of %s", names.get(j), logbook.names()));
      }
      if (!Double.isFinite(trueValues[j]) || trueValues[j] == 0) {
        throw new IllegalArgumentException(String.format(
            "true value of '%s' must be finite and non-zero, but was %s", names.get(j), trueValues[j]));
      }
    }
    int[] bestRow = bestRowPerGeneration(logbook, n);
    XYChart chart = byGeneration("Best individual against the truth",
        "best value / true value");
    double[] x = generations(n);
    for (int j = 0; j < columns.length; j++) {
      double[] y = new double[(int) n];
      for (int g = 0; g < n; g++) {
        y[g] = logbook.parameters(bestRow[g])[columns[j]] / trueValues[j];
      }
      line(chart, names.get(j), x, y);
    }
    double[] one = filled(n, 1);
    line(chart, "true value", x, one).setLineStyle(SeriesLines.DASH_DASH);
    return chart;
  }

  /**
   * Memory after each generation [MB, 10⁶ bytes]: series {@code "resident"}, {@code "heap"} and
   * {@code "off-heap (tracked)"}; a counter the platform does not report (negative) is left out.
   *
   * @throws IllegalArgumentException when the series is empty
   */
  public static XYChart memory(MemorySeries memory) {
    Objects.requireNonNull(memory, "memory");
    if (memory.size() == 0) {
      throw new IllegalArgumentException("the memory series is empty: nothing to plot");
    }
    XYChart chart = byGeneration("Memory per generation", "memory [MB]");
    double[] x = memory.generations().stream().mapToDouble(Long::doubleValue).toArray();
    memoryLine(chart, "resident", x, memory.samples(), MemorySnapshot::residentBytes);
    memoryLine(chart, "heap", x, memory.samples(), MemorySnapshot::heapUsedBytes);
    memoryLine(chart, "off-heap (tracked)", x, memory.samples(), MemorySnapshot::offHeapBytes);
    return chart;
  }

  private static void memoryLine(XYChart chart, String name, double[] x,
      List<MemorySnapshot> samples, ToLongFunction<MemorySnapshot> counter) {
    double[] mb = new double[samples.size()];
    for (int i = 0; i < mb.length; i++) {
      long bytes = counter.applyAsLong(samples.get(i));
      if (bytes < 0) {
        return;
      }
      mb[i] = bytes / 1e6;
    }
    line(chart, name, x, mb);
  }

  /** For each generation the row of its fittest individual (the first on ties). */
  private static int[] bestRowPerGeneration(Logbook logbook, long n) {
    int[] best = new int[(int) n];
    Arrays.fill(best, -1);
    for (int row = 0; row < logbook.size(); row++) {
      int g = (int) logbook.generation(row);
      if (best[g] < 0 || logbook.fitness(row) < logbook.fitness(best[g])) {
        best[g] = row;
      }
    }
    return best;
  }

  private static long requireGenerations(Logbook logbook) {
    Objects.requireNonNull(logbook, "logbook");
    if (logbook.size() == 0) {
      throw new IllegalArgumentException("the logbook is empty: nothing to plot");
    }
    return logbook.generations();
  }

  private static XYChart byGeneration(String title, String yAxisTitle) {
    return Charts.xy(title, "generation", yAxisTitle);
  }

  /**
   * The best fitness so far against the number of individuals evaluated, one series per run (e.g.
   * a GA and CMA-ES on the same budget), on a logarithmic y axis when every value is positive.
   *
   * @param runs logbooks by series name, at least one, none empty
   */
  public static XYChart bestSoFarByEvaluations(Map<String, Logbook> runs) {
    Objects.requireNonNull(runs, "runs");
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no runs to plot");
    }
    XYChart chart = Charts.xy("Best so far against evaluations", "individuals evaluated",
        "best fitness so far");
    boolean positive = true;
    for (Map.Entry<String, Logbook> run : runs.entrySet()) {
      Logbook book = run.getValue();
      requireGenerations(book);
      double[] x = new double[book.size()];
      double[] y = new double[book.size()];
      double best = Double.POSITIVE_INFINITY;
      for (int row = 0; row < book.size(); row++) {
        best = Math.min(best, book.fitness(row));
        x[row] = row + 1;
        y[row] = best < PopulationEvaluator.PENALTY ? best : Double.NaN;
        positive &= !(y[row] <= 0);
      }
      line(chart, run.getKey(), x, y);
    }
    chart.getStyler().setYAxisLogarithmic(positive);
    return chart;
  }

  /** A line without markers; NaN and infinities become gaps. */
  static XYSeries line(XYChart chart, String name, double[] x, double[] y) {
    XYSeries s = chart.addSeries(name, Arrays.stream(x).boxed().toList(),
        Arrays.stream(y).mapToObj(v -> Double.isFinite(v) ? v : null).toList());
    s.setMarker(SeriesMarkers.NONE);
    s.setLineWidth(1.5f);
    return s;
  }

  private static double[] generations(long n) {
    return IntStream.range(0, (int) n).asDoubleStream().toArray();
  }

  private static double[] filled(long n, double v) {
    double[] a = new double[(int) n];
    Arrays.fill(a, v);
    return a;
  }
}
