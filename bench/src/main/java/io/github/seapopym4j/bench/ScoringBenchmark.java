package io.github.seapopym4j.bench;

import io.github.seapopym4j.fitness.BiomassReader;
import io.github.seapopym4j.fitness.GroupLayers;
import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.MatchPlan;
import io.github.seapopym4j.fitness.Metric;
import io.github.seapopym4j.fitness.MetricRegistry;
import io.github.seapopym4j.fitness.ModelGrid;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.fitness.Period;
import io.github.seapopym4j.fitness.TimeWindow;
import io.github.seapopym4j.forcing.TimeAxis;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Times scoring (a plain {@code main}, not a JMH benchmark; a quick figure for
 * docs/PERFORMANCE.md): a HOT-like station set (2 tows a day, one day and one night, every other
 * day for a year = 366 observations) scored against a 100×100-cell, 2-group, 366-day output, read
 * from a heap array and from an ND4J array, with no window and with monthly means; and, for scale,
 * the cost of copying the whole field.
 *
 * <pre>
 * ./mvnw -B -Pjmh package -pl bench -am -DskipTests
 * java -cp bench/target/benchmarks.jar io.github.seapopym4j.bench.ScoringBenchmark
 * </pre>
 */
public final class ScoringBenchmark {

  private static final int NY = 100;
  private static final int NX = 100;
  private static final int NT = 366;
  private static final int NG = 2;

  private ScoringBenchmark() {
  }

  public static void main(String[] args) {
    LocalDate start = LocalDate.of(2000, 1, 1);
    double[] lat = IntStream.range(0, NY).mapToDouble(i -> -49.5 + i).toArray();
    double[] lon = IntStream.range(0, NX).mapToDouble(i -> 100.5 + i).toArray();
    ModelGrid grid = new ModelGrid(new TimeAxis(start, 1, NT), lat, lon, List.of(
        new GroupLayers("D1N1", OptionalInt.of(1), OptionalInt.of(1)),
        new GroupLayers("D2N1", OptionalInt.of(2), OptionalInt.of(1))));
    ObservationSet.Builder b = ObservationSet.builder("synthetic HOT-like station", "row");
    for (int d = 0; d < NT; d += 2) {
      b.add(start.plusDays(d), 22.75, 158.0, 1 + 0.5 * Math.sin(d / 58.0), Period.DAY, null, d);
      b.add(start.plusDays(d), 22.75, 158.0, 2 + 0.5 * Math.sin(d / 58.0), Period.NIGHT, null, d);
    }
    ObservationSet obs = b.build();
    double[] field = new double[NG * NT * NY * NX];
    for (int i = 0; i < field.length; i++) {
      field[i] = 1 + (i % 9973) * 1e-4;
    }
    BiomassReader heap = (g, t, y, x) -> field[((g * NT + t) * NY + y) * NX + x];
    Metric metric = MetricRegistry.metric("nrmse-std");

    MatchPlan plan = null;
    long c0 = 0;
    long c1 = 0;
    for (int i = 0; i < 20; i++) {
      c0 = System.nanoTime();
      plan = MatchPlan.compile(obs, grid, MatchConfig.defaults());
      c1 = System.nanoTime();
    }
    MatchPlan monthly = MatchPlan.compile(obs, grid,
        MatchConfig.defaults().withWindow(TimeWindow.calendarMonth()));
    System.out.printf("observations: %d, output %d groups × %d steps × %d × %d cells (%.0f MB)%n",
        obs.size(), NG, NT, NY, NX, field.length * 8 / 1e6);
    System.out.printf("compile plan (after 19 warm-up compiles): %.2f ms; distinct predictions: "
        + "%d without window, %d with monthly means%n", (c1 - c0) / 1e6, plan.distinctPredictions(),
        monthly.distinctPredictions());
    System.out.printf("score, heap output, no window:    %8.2f µs%n", time(plan, heap, metric));
    System.out.printf("score, heap output, monthly mean: %8.2f µs%n", time(monthly, heap, metric));
    try (INDArray arr = Nd4j.create(field, new long[] {NG, NT, NY, NX}, DataType.DOUBLE)) {
      BiomassReader nd4j = (g, t, y, x) -> arr.getDouble(g, t, y, x);
      System.out.printf("score, ND4J output, no window:    %8.2f µs%n", time(plan, nd4j, metric));
      System.out.printf("score, ND4J output, monthly mean: %8.2f µs%n",
          time(monthly, nd4j, metric));
    }
    long k0 = System.nanoTime();
    double sink = 0;
    for (int r = 0; r < 5; r++) {
      sink += Arrays.copyOf(field, field.length)[r];
    }
    long k1 = System.nanoTime();
    System.out.printf("for scale, one copy of the whole biomass field: %.2f ms (%s)%n",
        (k1 - k0) / 5e6, sink > 0 ? "ok" : "");
  }

  /** Median time of one score, in µs, after warm-up. */
  private static double time(MatchPlan plan, BiomassReader reader, Metric metric) {
    double[] observed = plan.observed();
    double sink = 0;
    for (int i = 0; i < 3000; i++) {
      sink += metric.score(observed.clone(), plan.predict(reader));
    }
    int reps = 2000;
    long[] ns = new long[reps];
    for (int i = 0; i < reps; i++) {
      long t0 = System.nanoTime();
      sink += metric.score(observed.clone(), plan.predict(reader));
      ns[i] = System.nanoTime() - t0;
    }
    Arrays.sort(ns);
    if (Double.isNaN(sink)) {
      System.out.println("(NaN score)");
    }
    return ns[reps / 2] / 1e3;
  }
}
