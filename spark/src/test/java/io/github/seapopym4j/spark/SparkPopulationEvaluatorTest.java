package io.github.seapopym4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.calibration.Calibration;
import io.github.seapopym4j.calibration.CalibrationProblem;
import io.github.seapopym4j.calibration.EvaluationReport;
import io.github.seapopym4j.calibration.GeneticAlgorithm;
import io.github.seapopym4j.space.GroupSpace;
import io.github.seapopym4j.calibration.LocalPopulationEvaluator;
import io.github.seapopym4j.calibration.ModelObjective;
import io.github.seapopym4j.calibration.Objective;
import io.github.seapopym4j.model.GroupParameter;
import io.github.seapopym4j.space.ParameterSpace;
import io.github.seapopym4j.calibration.PopulationEvaluator;
import io.github.seapopym4j.calibration.StopCriteria;
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
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkPopulationEvaluatorTest {

  static final FunctionalGroup TRUTH =
      new FunctionalGroup("D1N1", 0.1668, 1, 1, 1 / 150.0, 0.15, 10.38, -0.11);
  static final LocalDate START = LocalDate.of(2000, 1, 1);
  static final ParameterSpace SPACE = ParameterSpace.of(List.of(GroupSpace.fixedAt(TRUTH)
      .free(GroupParameter.ENERGY_TRANSFERT).free(GroupParameter.LAMBDA_TEMPERATURE_0)
      .free(GroupParameter.TR_0)));
  static CalibrationProblem problem;
  static JavaSparkContext sc;

  /** 1 × 2 cells, 120 days; weekly observations of TRUTH (exact: the scores only need them fixed). */
  @BeforeAll
  static void problem() {
    try (ForcingSet f = SyntheticForcings.builder(SyntheticForcings.Formula.SEAPOPYM_CASES)
        .daily(START, 120).latitude(20.5).longitude(150.5, 151.5).build()) {
      ObservationSet.Builder b = ObservationSet.builder("twin", "sample");
      try (NoTransportModel m = NoTransportModel.prepare(f, ModelConfig.defaults());
          ModelRun run = m.start(TRUTH)) {
        for (int t = 0, row = 1; t < 120; t += 7) {
          for (int x = 0; x < 2; x++) {
            b.add(START.plusDays(t), 20.5, 150.5 + x, run.biomass(0, t, 0, x), Period.NONE, null,
                row++);
          }
        }
      }
      problem = CalibrationProblem.of(f, ModelConfig.defaults(), SPACE, b.build(),
          MatchConfig.defaults(), "nrmse-std");
    }
    sc = TestSpark.context();
  }

  /** The logbook CSV without wall times: 4 generations of 12, seed 11. */
  static String logbook(PopulationEvaluator ev) {
    return Calibration.builder(GeneticAlgorithm.builder().populationSize(12).elitism(1).build(),
            SPACE.domain(), ev)
        .seed(11).stop(StopCriteria.generations(4)).build().run().logbook().csv(false);
  }

  static String localLogbook() {
    try (ModelObjective f = problem.objective();
        PopulationEvaluator ev = LocalPopulationEvaluator.builder(f).threads(2).build()) {
      return logbook(ev);
    }
  }

  @Test
  void sparkLocalModeGivesTheLogbookOfTheLocalEvaluator() {
    String local = localLogbook();
    String spark;
    try (PopulationEvaluator ev = SparkPopulationEvaluator.builder(sc, problem).partitions(3)
        .build()) {
      spark = logbook(ev);
    }
    assertEquals(1 + 4 * 12, local.split("\n").length);
    assertEquals(local, spark);
  }

  /** Fails the first task attempt that scores an individual, once per JVM; counts retries. */
  static final AtomicBoolean FAILED_ONCE = new AtomicBoolean();
  static final AtomicInteger RETRIED_ATTEMPTS = new AtomicInteger();

  /** An error the per-individual catch lets through, so the task fails (as a lost executor would). */
  static final class InjectedTaskFailure extends Error {
    InjectedTaskFailure() {
      super("injected one-time task failure");
    }
  }

  @Test
  void aTaskThatFailsOnceIsRetriedAndTheLogbookIsUnchanged() {
    String local = localLogbook();
    CalibrationProblem p = problem;
    ObjectiveFactory failOnce = () -> {
      ModelObjective real = p.objective();
      return new ClosingObjective(real, x -> {
        TaskContext task = TaskContext.get();
        if (task.attemptNumber() > 0) {
          RETRIED_ATTEMPTS.incrementAndGet();
        } else if (FAILED_ONCE.compareAndSet(false, true)) {
          throw new InjectedTaskFailure();
        }
        return real.value(x);
      });
    };
    String spark;
    try (PopulationEvaluator ev = SparkPopulationEvaluator.builder(sc, failOnce).build()) {
      spark = logbook(ev);
    }
    assertTrue(FAILED_ONCE.get(), "the failure was injected");
    assertTrue(RETRIED_ATTEMPTS.get() > 0, "Spark retried the failed task");
    assertEquals(local, spark);
  }

  @Test
  void aPermanentlyFailingIndividualGetsThePenaltyAndTheOthersTheirScores() throws Exception {
    double[][] population = {{0.1668, 1 / 150.0, 10.38}, {Double.NaN, 0.01, 5}, {0.2, 0.02, 3}};
    double[] local = new double[3];
    try (ModelObjective f = problem.objective()) {
      local[0] = f.value(population[0]);
      local[2] = f.value(population[2]);
    }
    try (PopulationEvaluator ev = SparkPopulationEvaluator.builder(sc, problem).cache(false)
        .build()) {
      double[] fitness = ev.evaluate(population);
      assertEquals(PopulationEvaluator.PENALTY, fitness[1]);
      assertEquals(local[0], fitness[0], 0.0);
      assertEquals(local[2], fitness[2], 0.0);
      EvaluationReport r = ev.lastReport();
      assertEquals(1, r.failures().size());
      assertEquals(1, r.failures().get(0).index());
      assertTrue(r.failures().get(0).reason().startsWith("java.lang.IllegalArgumentException"),
          r.failures().get(0).reason());
    }
  }

  /** An objective that closes the model objective it delegates to. */
  record ClosingObjective(ModelObjective owned, Objective body) implements Objective,
      AutoCloseable {
    @Override
    public double value(double[] x) throws Exception {
      return body.value(x);
    }

    @Override
    public void close() {
      owned.close();
    }
  }
}
