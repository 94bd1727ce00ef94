package io.github.seapopym4j.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.space.Domain;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairCrossoverTest {

  @Test
  void twoPointSwapsOneContiguousSegmentNotStartingAtTheFirstGene() {
    PairCrossover c = new PairCrossover(GeneticAlgorithm.Crossover.TWO_POINT, 1, 20,
        Domain.cube(6, 0, 10));
    SplittableRandom r = new SplittableRandom(2);
    int[] swappedCount = new int[6];
    for (int k = 0; k < 2000; k++) {
      double[] a = {0, 1, 2, 3, 4, 5};
      double[] b = {10, 11, 12, 13, 14, 15};
      c.cross(a, b, r);
      int first = -1;
      int last = -1;
      for (int i = 0; i < 6; i++) {
        boolean swapped = a[i] == 10 + i;
        assertEquals(swapped ? i : 10 + i, b[i], 0, "gene " + i + " is kept or swapped as a pair");
        assertEquals(swapped ? 10 + i : i, a[i], 0);
        if (swapped) {
          swappedCount[i]++;
          first = first < 0 ? i : first;
          last = i;
        }
      }
      for (int i = Math.max(first, 0); first >= 0 && i <= last; i++) {
        assertEquals(10 + i, a[i], 0, "segment is contiguous");
      }
    }
    assertEquals(0, swappedCount[0], "DEAP's cut points are >= 1");
    for (int i = 1; i < 6; i++) {
      assertTrue(swappedCount[i] > 0, "gene " + i + " is sometimes swapped");
    }
  }

  @Test
  void twoPointOnOneParameterIsANoOp() {
    PairCrossover c = new PairCrossover(GeneticAlgorithm.Crossover.TWO_POINT, 1, 20,
        Domain.cube(1, 0, 1));
    double[] a = {0.2};
    double[] b = {0.7};
    c.cross(a, b, new SplittableRandom(1));
    assertArrayEquals(new double[] {0.2}, a);
    assertArrayEquals(new double[] {0.7}, b);
  }

  @Test
  void simulatedBinaryChildrenStayWithinBoundsAndSpreadAroundTheParents() {
    Domain d = Domain.cube(1, 0, 1);
    PairCrossover c = new PairCrossover(GeneticAlgorithm.Crossover.SIMULATED_BINARY, 1, 20, d);
    SplittableRandom r = new SplittableRandom(4);
    double sum = 0;
    int crossed = 0;
    for (int k = 0; k < 10_000; k++) {
      double[] a = {0.4};
      double[] b = {0.6};
      c.cross(a, b, r);
      assertTrue(d.contains(a) && d.contains(b));
      if (a[0] != 0.4 && a[0] != 0.6) {
        crossed++;
        sum += a[0] + b[0];
      }
    }
    // Half the genes cross (DEAP's per-gene 0.5); far from the bounds SBX keeps the pair's mean.
    assertEquals(0.5, crossed / 10_000.0, 0.025); // 5 binomial standard errors
    assertEquals(1.0, sum / crossed, 1e-3); // bound effects: beta ~ 21 gives alpha - 2 ~ 1e-28
  }

  @Test
  void identicalParentsAreLeftAsTheyAre() {
    PairCrossover c = new PairCrossover(GeneticAlgorithm.Crossover.SIMULATED_BINARY, 1, 20,
        Domain.cube(2, 0, 1));
    double[] a = {0.3, 0.3};
    double[] b = {0.3, 0.3};
    c.cross(a, b, new SplittableRandom(9));
    assertArrayEquals(new double[] {0.3, 0.3}, a);
    assertArrayEquals(new double[] {0.3, 0.3}, b);
  }
}
