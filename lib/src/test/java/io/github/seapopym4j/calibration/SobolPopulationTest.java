package io.github.seapopym4j.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.space.Domain;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SobolPopulationTest {

  private static final Domain D = new Domain(List.of("a", "b", "c"), new double[] {0, -3, 100},
      new double[] {0.5, -1, 300});

  @Test
  void everyCoordinateHitsEachOfNEqualBinsExactlyOnce() {
    // The first 2^k Sobol points project onto {i / 2^k} in each coordinate; a shift modulo 1 moves
    // each point within the torus but keeps one point per bin of width 1 / 2^k.
    int n = 64;
    double[][] x = SobolPopulation.points(D, n, new SplittableRandom(5));
    for (int j = 0; j < 3; j++) {
      int[] bins = new int[n];
      for (double[] p : x) {
        double u = (p[j] - D.lower(j)) / (D.upper(j) - D.lower(j));
        bins[Math.min(n - 1, (int) Math.floor(u * n + 1e-9))]++;
      }
      int[] ones = new int[n];
      Arrays.fill(ones, 1);
      assertArrayEquals(ones, bins, "coordinate " + j);
    }
  }

  @Test
  void pointsLieWithinTheBounds() {
    for (double[] p : SobolPopulation.points(D, 256, new SplittableRandom(1))) {
      assertTrue(D.contains(p), Arrays.toString(p));
    }
  }

  @Test
  void theShiftDependsOnTheSeedOnly() {
    double[][] a = SobolPopulation.points(D, 8, new SplittableRandom(1));
    double[][] b = SobolPopulation.points(D, 8, new SplittableRandom(1));
    double[][] c = SobolPopulation.points(D, 8, new SplittableRandom(2));
    assertTrue(Arrays.deepEquals(a, b));
    assertFalse(Arrays.deepEquals(a, c));
    assertEquals(8, a.length);
  }
}
