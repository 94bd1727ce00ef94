package io.github.seapopym4j.spark;

import io.github.seapopym4j.calibration.CalibrationProblem;
import io.github.seapopym4j.space.Domain;
import io.github.seapopym4j.space.GroupSpace;
import io.github.seapopym4j.calibration.LocalPopulationEvaluator;
import io.github.seapopym4j.calibration.ModelObjective;
import io.github.seapopym4j.model.GroupParameter;
import io.github.seapopym4j.space.ParameterSpace;
import io.github.seapopym4j.calibration.PopulationEvaluator;
import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.fitness.Period;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.SyntheticForcings;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Measures what Spark local mode adds per generation over the local evaluator, for
 * docs/DISTRIBUTED.md: the same populations (64 individuals of E, λ0, τr0, uniform in the bounds,
 * seeded; no fitness cache) scored by a {@link LocalPopulationEvaluator} on 2 threads and by a
 * {@link SparkPopulationEvaluator} on {@code local[2]} (2 and 8 tasks per generation), on a 2 × 2-cell,
 * 730-day synthetic forcing with monthly observations; then the same with an objective that costs
 * nothing, which isolates Spark's own cost (one job, 2 tasks, serialisation) per generation. The
 * evaluators take turns on each generation's population (so that changes in the machine's load hit
 * them alike); prints the median and min wall time per generation over 30 generations after 10 of
 * warm-up.
 *
 * <p>Run: see docs/DISTRIBUTED.md ("Measured overhead").
 */
final class OverheadRun {

  static final FunctionalGroup GROUP =
      new FunctionalGroup("D1N1", 0.1668, 1, 2, 1 / 150.0, 0.15, 10.38, -0.11);
  static final LocalDate START = LocalDate.of(2000, 1, 1);
  static final int POPULATION = 64;
  static final int WARMUP = 10;
  static final int MEASURED = 30;

  private OverheadRun() {}

  public static void main(String[] args) {
    ParameterSpace space = ParameterSpace.of(List.of(GroupSpace.fixedAt(GROUP)
        .free(GroupParameter.ENERGY_TRANSFERT).free(GroupParameter.LAMBDA_TEMPERATURE_0)
        .free(GroupParameter.TR_0)));
    CalibrationProblem problem;
    try (ForcingSet f = SyntheticForcings.builder(SyntheticForcings.Formula.SUBTROPICAL)
        .daily(START, 730).latitude(20.5, 21.5).longitude(150.5, 151.5).seed(3).build()) {
      ObservationSet.Builder b = ObservationSet.builder("overhead", "row");
      try (NoTransportModel m = NoTransportModel.prepare(f, ModelConfig.defaults());
          ModelRun run = m.start(GROUP)) {
        int row = 1;
        for (int t = 0; t < 730; t += 30) {
          for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 2; x++) {
              b.add(START.plusDays(t), 20.5 + y, 150.5 + x, run.biomass(0, t, y, x), Period.NONE,
                  null, row++);
            }
          }
        }
      }
      problem = CalibrationProblem.of(f, ModelConfig.defaults(), space, b.build(),
          MatchConfig.defaults(), "nrmse-std");
    }
    Domain d = space.domain();
    System.out.printf("population %d, %d free parameters, %d cells x 730 days; %d warm-up + %d "
        + "measured generations; %d processors%n", POPULATION, d.dimension(), 4, WARMUP, MEASURED,
        Runtime.getRuntime().availableProcessors());
    try (JavaSparkContext sc = SparkContexts.local(2, 1);
        ModelObjective f = problem.objective();
        PopulationEvaluator local = LocalPopulationEvaluator.builder(f).threads(2).cache(false)
            .build();
        PopulationEvaluator spark2 = SparkPopulationEvaluator.builder(sc, problem).partitions(2)
            .cache(false).build();
        PopulationEvaluator spark8 = SparkPopulationEvaluator.builder(sc, problem).partitions(8)
            .cache(false).build();
        PopulationEvaluator noopLocal = LocalPopulationEvaluator.builder(x -> 0.0).threads(2)
            .cache(false).build();
        PopulationEvaluator noopSpark = SparkPopulationEvaluator.builder(sc, () -> x -> 0.0)
            .partitions(2).cache(false).build()) {
      String[] names = {"model, local 2 threads", "model, spark local[2], 2 tasks",
          "model, spark local[2], 8 tasks", "no-op objective, local 2 threads",
          "no-op objective, spark local[2]"};
      PopulationEvaluator[] evs = {local, spark2, spark8, noopLocal, noopSpark};
      // Interleaved generation by generation, so that changes in the machine's load hit all alike.
      double[][] ms = new double[evs.length][MEASURED];
      SplittableRandom r = new SplittableRandom(1);
      for (int g = 0; g < WARMUP + MEASURED; g++) {
        double[][] p = population(d, r);
        for (int e = 0; e < evs.length; e++) {
          long t0 = System.nanoTime();
          evs[e].evaluate(p);
          if (g >= WARMUP) {
            ms[e][g - WARMUP] = (System.nanoTime() - t0) / 1e6;
          }
        }
      }
      double[] median = new double[evs.length];
      for (int e = 0; e < evs.length; e++) {
        Arrays.sort(ms[e]);
        median[e] = ms[e][MEASURED / 2];
        System.out.printf("%-34s median %8.1f ms/generation, min %8.1f ms%n", names[e], median[e],
            ms[e][0]);
      }
      System.out.printf("spark overhead per generation (median, 2 tasks): %.1f ms (%.0f%% of the "
          + "local evaluator's %.1f ms); 8 tasks: %.1f ms%n", median[1] - median[0],
          100 * (median[1] - median[0]) / median[0], median[0], median[2] - median[0]);
    }
  }

  /** A population uniform in the domain. */
  static double[][] population(Domain d, SplittableRandom r) {
    double[][] p = new double[POPULATION][d.dimension()];
    for (double[] x : p) {
      for (int j = 0; j < x.length; j++) {
        x[j] = d.lower(j) + r.nextDouble() * (d.upper(j) - d.lower(j));
      }
    }
    return p;
  }
}
