package io.github.seapopym4j.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.space.Domain;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PolynomialMutationTest {

  private static final Domain UNIT = Domain.cube(1, 0, 1);

  @Test
  void perturbationFromTheCentreFollowsThePolynomialDistribution() {
    // From x = 0.5 in [0, 1] with eta = 20, DEAP's formula gives delta = (2u)^(1/21) - 1 for
    // u < 0.5 (the bound term 0.5^21 ~ 5e-7 is negligible), so P(delta <= q) = (1 + q)^21 / 2 for
    // q in [-1, 0]: an independent closed form to compare the empirical distribution with.
    PolynomialMutation m = new PolynomialMutation(1, 1, 20, UNIT);
    SplittableRandom r = new SplittableRandom(11);
    int n = 40_000;
    double[] q = {-0.1, -0.05, -0.02, 0};
    int[] below = new int[q.length];
    for (int k = 0; k < n; k++) {
      double[] x = {0.5};
      m.mutate(x, r);
      for (int j = 0; j < q.length; j++) {
        if (x[0] - 0.5 <= q[j]) {
          below[j]++;
        }
      }
    }
    for (int j = 0; j < q.length; j++) {
      double expected = Math.pow(1 + q[j], 21) / 2;
      // Tolerance: 5 binomial standard errors, sqrt(p(1-p)/n) <= 0.0025.
      assertEquals(expected, below[j] / (double) n, 5 * Math.sqrt(expected * (1 - expected) / n)
          + 1e-6, "P(delta <= " + q[j] + ")");
    }
  }

  @Test
  void mutatedGenesStayWithinTheBounds() {
    Domain d = new Domain(java.util.List.of("a", "b"), new double[] {-1, 100},
        new double[] {1, 101});
    PolynomialMutation m = new PolynomialMutation(1, 1, 2, d); // small eta: wide jumps
    SplittableRandom r = new SplittableRandom(3);
    for (int k = 0; k < 10_000; k++) {
      double[] x = {k % 2 == 0 ? -1 : 1, k % 3 == 0 ? 100 : 101};
      m.mutate(x, r);
      assertTrue(d.contains(x), java.util.Arrays.toString(x));
    }
  }

  @Test
  void geneProbabilityZeroChangesNothing() {
    PolynomialMutation m = new PolynomialMutation(1, 0, 20, Domain.cube(3, 0, 1));
    double[] x = {0.1, 0.5, 0.9};
    assertFalse(m.mutate(x, new SplittableRandom(1)));
    assertArrayEquals(new double[] {0.1, 0.5, 0.9}, x);
  }

  @Test
  void geneProbabilityIsTheShareOfChangedGenes() {
    PolynomialMutation m = new PolynomialMutation(1, 0.2, 20, Domain.cube(10, 0, 1));
    SplittableRandom r = new SplittableRandom(5);
    int changed = 0;
    int n = 5_000;
    for (int k = 0; k < n; k++) {
      double[] x = new double[10];
      java.util.Arrays.fill(x, 0.5);
      m.mutate(x, r);
      for (double v : x) {
        changed += v != 0.5 ? 1 : 0;
      }
    }
    // Tolerance: 5 binomial standard errors of a proportion over 50,000 genes (0.0018 each).
    assertEquals(0.2, changed / (10.0 * n), 0.009);
  }
}
