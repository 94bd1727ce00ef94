package io.github.seapopym4j.spark;

import io.github.seapopym4j.calibration.CalibrationProblem;
import io.github.seapopym4j.calibration.Domain;
import io.github.seapopym4j.calibration.GroupSpace;
import io.github.seapopym4j.calibration.LocalPopulationEvaluator;
import io.github.seapopym4j.calibration.ModelObjective;
import io.github.seapopym4j.calibration.Parameter;
import io.github.seapopym4j.calibration.ParameterSpace;
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
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Measures what Spark local mode adds per generation over the local evaluator, for
 * docs/DISTRIBUTED.md: the same populations (64 individuals of E, λ0, τr0, uniform in the bounds,
 * seeded; no fitness cache) scored by a {@link LocalPopulationEvaluator} on 2 threads and by a
 * {@link SparkPopulationEvaluator} on {@code local[2]} (2 tasks per generation), on a 2 × 2-cell,
 * 730-day synthetic forcing with monthly observations; then the same with an objective that costs
 * nothing, which isolates Spark's own cost (one job, 2 tasks, serialisation) per generation.
 * Prints the median and min wall time per generation over 15 generations after 5 of warm-up.
 *
 * <p>Run: see docs/DISTRIBUTED.md ("Measured overhead").
 */
final class OverheadRun {

  static final FunctionalGroup GROUP =
      new FunctionalGroup("D1N1", 0.1668, 1, 2, 1 / 150.0, 0.15, 10.38, -0.11);
  static final LocalDate START = LocalDate.of(2000, 1, 1);
  static final int POPULATION = 64;
  static final int WARMUP = 5;
  static final int MEASURED = 15;

  private OverheadRun() {}

  public static void main(String[] args) {
    ParameterSpace space = ParameterSpace.of(List.of(GroupSpace.fixedAt(GROUP)
        .free(Parameter.ENERGY_TRANSFERT).free(Parameter.LAMBDA_TEMPERATURE_0)
        .free(Parameter.TR_0)));
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
    try (JavaSparkContext sc = SparkContexts.local(2, 1)) {
      double[] local;
      double[] spark;
      try (ModelObjective f = problem.objective();
          PopulationEvaluator ev = LocalPopulationEvaluator.builder(f).threads(2).cache(false)
              .build()) {
        local = time("model, local 2 threads", ev, d);
      }
      try (PopulationEvaluator ev = SparkPopulationEvaluator.builder(sc, problem).partitions(2)
          .cache(false).build()) {
        spark = time("model, spark local[2]", ev, d);
      }
      try (PopulationEvaluator ev = LocalPopulationEvaluator.builder(x -> 0.0).threads(2)
          .cache(false).build()) {
        time("no-op objective, local 2 threads", ev, d);
      }
      try (PopulationEvaluator ev = SparkPopulationEvaluator.builder(sc, () -> x -> 0.0)
          .partitions(2).cache(false).build()) {
        time("no-op objective, spark local[2]", ev, d);
      }
      System.out.printf("spark overhead per generation (median): %.1f ms (%.0f%% of the local "
          + "evaluator's %.1f ms)%n", spark[0] - local[0], 100 * (spark[0] - local[0]) / local[0],
          local[0]);
    }
  }

  /** Median and min wall time [ms] per generation; prints them. */
  static double[] time(String name, PopulationEvaluator ev, Domain d) {
    SplittableRandom r = new SplittableRandom(1);
    Supplier<double[][]> population = () -> {
      double[][] p = new double[POPULATION][d.dimension()];
      for (double[] x : p) {
        for (int j = 0; j < x.length; j++) {
          x[j] = d.lower()[j] + r.nextDouble() * (d.upper()[j] - d.lower()[j]);
        }
      }
      return p;
    };
    double[] ms = new double[MEASURED];
    for (int g = 0; g < WARMUP + MEASURED; g++) {
      double[][] p = population.get();
      long t0 = System.nanoTime();
      ev.evaluate(p);
      if (g >= WARMUP) {
        ms[g - WARMUP] = (System.nanoTime() - t0) / 1e6;
      }
    }
    Arrays.sort(ms);
    double median = ms[MEASURED / 2];
    System.out.printf("%-34s median %8.1f ms/generation, min %8.1f ms%n", name, median, ms[0]);
    return new double[] {median, ms[0]};
  }
}
