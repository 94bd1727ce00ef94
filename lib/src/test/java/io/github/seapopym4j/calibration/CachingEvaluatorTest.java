package io.github.seapopym4j.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingEvaluatorTest {

  private final AtomicInteger calls = new AtomicInteger();

  private PopulationEvaluator evaluator(int capacity) {
    Objective f = x -> {
      calls.incrementAndGet();
      if (x[0] < 0) {
        throw new IllegalArgumentException("negative");
      }
      return 10 * x[0];
    };
    return new CachingEvaluator(
        LocalPopulationEvaluator.builder(f).threads(1).cache(false).build(), capacity);
  }

  @Test
  void aRepeatedVectorIsAnsweredFromTheCache() {
    try (PopulationEvaluator ev = evaluator(100)) {
      double[][] pop = {{1}, {2}, {3}};
      ev.evaluate(pop);
      assertArrayEquals(new double[] {10, 20, 30}, ev.evaluate(pop));
      assertEquals(3, calls.get());
      assertEquals(new EvaluationReport(3, 0, 3, java.util.List.of(), ev.lastReport().wallNanos()),
          ev.lastReport());
      assertEquals(1.0, ev.lastReport().cacheHitRate());
    }
  }

  @Test
  void duplicatesWithinOnePopulationRunOnce() {
    try (PopulationEvaluator ev = evaluator(100)) {
      assertArrayEquals(new double[] {10, 20, 10, 10}, ev.evaluate(new double[][] {{1}, {2}, {1},
          {1}}));
      assertEquals(2, calls.get());
      assertEquals(2, ev.lastReport().evaluated());
      assertEquals(2, ev.lastReport().cacheHits());
    }
  }

  @Test
  void failuresAreNotCachedAndKeepTheirPositions() {
    try (PopulationEvaluator ev = evaluator(100)) {
      double[][] pop = {{1}, {-1}, {-1}};
      double p = PopulationEvaluator.PENALTY;
      assertArrayEquals(new double[] {10, p, p}, ev.evaluate(pop));
      assertEquals(java.util.List.of(1, 2), ev.lastReport().failures().stream()
          .map(EvaluationReport.Failure::index).toList());
      ev.evaluate(pop);
      assertEquals(3, calls.get(), "the failed vector ran again, the good one did not");
    }
  }

  @Test
  void clearingTheCacheForgetsEverything() {
    try (PopulationEvaluator ev = evaluator(100)) {
      ev.evaluate(new double[][] {{1}});
      ev.clearCache();
      ev.evaluate(new double[][] {{1}});
      assertEquals(2, calls.get());
    }
  }

  @Test
  void theLeastRecentlyUsedEntryIsDroppedBeyondCapacity() {
    try (PopulationEvaluator ev = evaluator(2)) {
      ev.evaluate(new double[][] {{1}, {2}});
      ev.evaluate(new double[][] {{1}}); // 1 is now more recent than 2
      ev.evaluate(new double[][] {{3}}); // drops 2
      calls.set(0);
      ev.evaluate(new double[][] {{1}, {3}, {2}});
      assertEquals(1, calls.get(), "only the dropped vector (2) ran again");
    }
  }

  @Test
  void vectorsDifferingInTheLastBitAreDistinct() {
    try (PopulationEvaluator ev = evaluator(100)) {
      ev.evaluate(new double[][] {{1}, {Math.nextUp(1.0)}});
      assertEquals(2, calls.get());
    }
  }
}
