package io.github.seapopym4j.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class LocalPopulationEvaluatorTest {

  private static double[][] column(double... v) {
    double[][] p = new double[v.length][];
    for (int i = 0; i < v.length; i++) {
      p[i] = new double[] {v[i], 1};
    }
    return p;
  }

  @Test
  void resultsAreAddressedByIndexWhateverTheThreadCount() {
    double[][] pop = new double[200][];
    double[] expected = new double[200];
    for (int i = 0; i < pop.length; i++) {
      pop[i] = new double[] {i, 0.5};
      expected[i] = 3.0 * i + 0.5;
    }
    Objective f = x -> 3 * x[0] + x[1];
    for (int threads : new int[] {1, 2, 4}) {
      try (PopulationEvaluator ev =
          LocalPopulationEvaluator.builder(f).threads(threads).cache(false).build()) {
        assertArrayEquals(expected, ev.evaluate(pop), "threads " + threads);
      }
    }
  }

  @Test
  void failedOrNonFiniteIndividualsGetThePenaltyAndTheGenerationGoesOn() {
    Objective f = x -> {
      if (x[0] == 2) {
        throw new IllegalStateException("model blew up");
      }
      return x[0] == 4 ? Double.NaN : x[0] == 5 ? Double.POSITIVE_INFINITY : x[0];
    };
    try (PopulationEvaluator ev = LocalPopulationEvaluator.builder(f).threads(2).cache(false)
        .build()) {
      double[] r = ev.evaluate(column(1, 2, 3, 4, 5, 6));
      double p = PopulationEvaluator.PENALTY;
      assertArrayEquals(new double[] {1, p, 3, p, p, 6}, r);
      List<EvaluationReport.Failure> fails = ev.lastReport().failures();
      assertEquals(List.of(1, 3, 4), fails.stream().map(EvaluationReport.Failure::index).toList());
      assertEquals("java.lang.IllegalStateException: model blew up", fails.get(0).reason());
      assertEquals("objective value was NaN", fails.get(1).reason());
      assertEquals("objective value was Infinity", fails.get(2).reason());
      assertArrayEquals(new double[] {2, 1}, fails.get(0).parameters());
      assertEquals(6, ev.lastReport().evaluated());
    }
  }

  @Test
  void theObjectiveGetsACopyOfEachVector() {
    Objective mutating = x -> {
      x[0] = -99;
      return 0;
    };
    double[][] pop = column(1, 2);
    try (PopulationEvaluator ev = LocalPopulationEvaluator.builder(mutating).threads(1).build()) {
      ev.evaluate(pop);
    }
    assertArrayEquals(new double[] {1, 1}, pop[0]);
    assertArrayEquals(new double[] {2, 1}, pop[1]);
  }

  @Test
  void aCallersExecutorIsLeftRunningOnClose() {
    ExecutorService ex = Executors.newFixedThreadPool(2);
    try {
      PopulationEvaluator ev = LocalPopulationEvaluator.builder(x -> x[0]).executor(ex, 2)
          .cache(false).build();
      assertArrayEquals(new double[] {1, 2, 3}, ev.evaluate(column(1, 2, 3)));
      ev.close();
      assertFalse(ex.isShutdown());
    } finally {
      ex.shutdownNow();
    }
  }

  @Test
  void threadCountMustBePositive() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> LocalPopulationEvaluator.builder(x -> 0).threads(0));
    assertEquals("threads must be >= 1, but was 0", e.getMessage());
  }

  @Test
  void theCacheIsOnByDefault() {
    try (PopulationEvaluator ev = LocalPopulationEvaluator.builder(x -> 0).threads(1).build()) {
      assertTrue(ev instanceof CachingEvaluator);
    }
  }
}
