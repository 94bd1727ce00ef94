package io.github.seapopym4j.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ComparisonTest {

  @Test
  void separatedRangesGiveAVerdict() {
    Comparison c = new Comparison("wall_s", new double[] {10, 12, 11}, new double[] {2, 1, 3});
    assertEquals(Comparison.Verdict.LOWER, c.verdict());
    assertEquals("faster", c.verdict("faster", "slower"));
    assertEquals(5.5, c.ratio(), 1e-12);
    assertEquals(10 / 3.0, c.ratioMin(), 1e-12);
    assertEquals(12.0, c.ratioMax(), 1e-12);
    assertEquals(Comparison.Verdict.HIGHER,
        new Comparison("x", new double[] {1, 2}, new double[] {3, 4}).verdict());
  }

  @Test
  void overlappingRangesAreSameWithinNoiseEvenWithDifferentMedians() {
    Comparison c = new Comparison("wall_s", new double[] {1.0, 1.1, 1.3}, new double[] {0.9, 1.05,
        1.2});
    assertEquals(Comparison.Verdict.SAME_WITHIN_NOISE, c.verdict());
    assertTrue(c.ratio() > 1);
  }

  @Test
  void oneRepeatIsInconclusive() {
    Comparison c = new Comparison("wall_s", new double[] {10}, new double[] {1});
    assertEquals(Comparison.Verdict.INCONCLUSIVE, c.verdict());
    assertTrue(c.verdict("faster", "slower").startsWith("inconclusive"));
  }

  @Test
  void emptyOrNonFiniteSamplesAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Comparison("wall_s", new double[0], new double[] {1}));
    assertTrue(e.getMessage().contains("0 baseline"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new Comparison("wall_s", new double[] {Double.NaN}, new double[] {1}));
  }
}
