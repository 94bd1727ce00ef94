package io.github.seapopym4j.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.model.KernelStrategy;
import org.junit.jupiter.api.Test;

class WorkloadBenchmarkTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void warmUpNeedsRepetitionsTimeAndEitherSimulationsOrItsCeiling() {
    assertFalse(WorkloadBenchmark.warm(4, 5, 50_000, 20 * SECOND), "too few repetitions");
    assertFalse(WorkloadBenchmark.warm(5, 5, 50_000, 2 * SECOND), "under 3 s");
    assertFalse(WorkloadBenchmark.warm(5, 5, 10_000, 10 * SECOND), "too few simulations, under 15 s");
    assertTrue(WorkloadBenchmark.warm(5, 5, 30_000, 3 * SECOND));
    assertTrue(WorkloadBenchmark.warm(200, 5, 200, 15 * SECOND), "a slow workload stops at 15 s");
  }

  @Test
  void measuresTheRequestedRepetitionsWithoutWarmUp() {
    try (WorkloadInstance w = Workload.CELL_20Y.prepare(1, KernelStrategy.FUSED, 0, true)) {
      BenchmarkResult r = WorkloadBenchmark.run(w, 0, 2);
      assertEquals(2, r.runs());
      assertEquals(5, r.simsPerRun());
      assertEquals(1, r.batch(), "the population default");
      assertEquals(0.0, r.offHeapBytesPerSim(), 0.0, "result blocks are recycled");
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WorkloadBenchmark.run(null, -1, 0));
    assertEquals("benchmark needs ≥ 0 warm-up and ≥ 1 timed repetitions, but got -1 and 0",
        e.getMessage());
  }
}
