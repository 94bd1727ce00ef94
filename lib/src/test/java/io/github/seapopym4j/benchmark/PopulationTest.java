package io.github.seapopym4j.benchmark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ModelOutput;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import io.github.seapopym4j.model.RunResult;
import io.github.seapopym4j.model.TestForcings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PopulationTest {

  private static ForcingSet forcings;
  private static NoTransportModel model;
  private ExecutorService one;
  private ExecutorService two;

  /** Mean biomass of cell (1, 2) over the last 30 steps. */
  private static final ToDoubleFunction<ModelOutput> SCORE = run -> {
    double sum = 0;
    for (int t = 120; t < 150; t++) {
      sum += run.biomass(0, t, 1, 2);
    }
    return sum / 30;
  };

  @BeforeAll
  static void prepare() {
    forcings = TestForcings.grid(150, 2, 3);
    model = NoTransportModel.prepare(forcings, ModelConfig.defaults());
  }

  @AfterAll
  static void close() {
    model.close();
    forcings.close();
  }

  @BeforeEach
  void pools() {
    one = Executors.newFixedThreadPool(1);
    two = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stop() {
    one.shutdownNow();
    two.shutdownNow();
  }

  /** 25 individuals that differ in every parameter. */
  private static List<List<FunctionalGroup>> individuals() {
    List<List<FunctionalGroup>> out = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      out.add(List.of(TestForcings.epipelagic().withEnergyTransfert(0.05 + 0.01 * i)
          .withTr0(1 + 2.5 * i).withGammaTr(-0.02 - 0.005 * i)
          .withLambdaTemperature0(0.005 + 0.001 * i).withGammaLambdaTemperature(0.01 + 0.004 * i)));
    }
    return out;
  }

  @Test
  void resultsAreBitIdenticalForOneAndTwoThreadsAndAnyBatch() {
    List<List<FunctionalGroup>> population = individuals();
    double[] a = Population.evaluate(model, population, SCORE, one, 1);
    double[] b = Population.evaluate(model, population, SCORE, two, 1);
    double[] c = Population.evaluate(model, population, SCORE, two, 4);
    double[] d = Population.evaluate(model, population, SCORE, one, 25);
    assertEquals(25, a.length);
    assertArrayEquals(bits(a), bits(b), "1 vs 2 threads");
    assertArrayEquals(bits(a), bits(c), "batch 1 vs 4");
    assertArrayEquals(bits(a), bits(d), "batch 1 vs 25");
  }

  @Test
  void individualIsResultLandsAtIndexI() {
    List<List<FunctionalGroup>> population = individuals();
    double[] scores = Population.evaluate(model, population, SCORE, two, 3);
    for (int i : new int[] {0, 11, 24}) {
      try (ModelRun run = model.start(population.get(i))) {
        assertEquals(SCORE.applyAsDouble(run), scores[i], 0.0, "individual " + i);
      }
    }
    assertTrue(scores[0] != scores[24], "different parameters give different scores");
  }

  /**
   * Applies {@code result} to each individual's open run (e.g. {@link ModelRun#detach} to keep the
   * outputs): {@code result} of individual i at index i.
   */
  @SuppressWarnings("unchecked")
  private static <R> List<R> map(NoTransportModel model, List<List<FunctionalGroup>> individuals,
      Function<? super ModelRun, ? extends R> result, ExecutorService executor, int batch) {
    Object[] out = new Object[individuals.size()];
    Population.run(model, individuals, executor, batch, (i, run) -> out[i] = result.apply(run));
    return (List<R>) Arrays.asList(out);
  }

  @Test
  void mapKeepsWhatTheCallerAsksFor() {
    List<RunResult> kept = map(model, individuals().subList(0, 3), ModelRun::detach, two, 2);
    assertEquals(3, kept.size());
    assertEquals(0.06, kept.get(1).groups().get(0).energyTransfert(), 1e-15);
  }

  @Test
  void aFailingScoreEndsTheEvaluationWithTheLowestIndexsException() {
    List<List<FunctionalGroup>> population = individuals();
    ToDoubleFunction<ModelOutput> failing = run -> {
      double e = run.groups().get(0).energyTransfert();
      if (e > 0.155) {
        throw new IllegalStateException("cannot score E=" + e);
      }
      return e;
    };
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Population.evaluate(model, population, failing, two, 1));
    assertTrue(e.getMessage().startsWith("cannot score E=0.16"), e.getMessage());
    long free = model.context().idleBlockBytes();
    assertTrue(free > 0, "runs of the failed evaluation were closed");
  }

  @Test
  void badBatchSizeIsRejected() {
    assertEquals("individuals per task must be ≥ 1, but was 0", assertThrows(
        IllegalArgumentException.class,
        () -> Population.evaluate(model, individuals(), SCORE, one, 0)).getMessage());
    assertEquals(0, Population.evaluate(model, List.of(), SCORE, one).length);
  }

  private static long[] bits(double[] values) {
    long[] out = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Double.doubleToRawLongBits(values[i]);
    }
    return out;
  }
}
