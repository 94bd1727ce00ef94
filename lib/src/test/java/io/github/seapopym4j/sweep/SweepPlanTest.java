package io.github.seapopym4j.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SweepPlanTest {

  private static final Axis WINDOW = Axis.integers("window", 10, 250, 121);
  private static final Axis K = Axis.linear("k", 0.5, 3.5, 121);
  private static final Axis EXIT = Axis.linear("exit", -1, 2, 121);

  @Test
  void gridCountIsTheProductOfAxisSizesAndMemoryIsEightBytesPerMetric() {
    SweepPlan plan = SweepPlan.grid(WINDOW, K, EXIT);
    assertEquals(1_771_561L, plan.combinations());
    assertEquals(1_771_561L * 5 * 8, plan.resultBytes(5));
  }

  @Test
  void gridDecodesCombinationsRowMajorWithTheLastAxisFastest() {
    Axis a = Axis.of("a", 0, 1, 2);
    Axis b = Axis.of("b", 10, 20, 30, 40);
    Axis c = Axis.of("c", 100, 200, 300, 400, 500);
    SweepPlan plan = SweepPlan.grid(a, b, c);
    int i = 0;
    for (int ia = 0; ia < 3; ia++) {
      for (int ib = 0; ib < 4; ib++) {
        for (int ic = 0; ic < 5; ic++, i++) {
          assertEquals(ia, plan.value(0, i));
          assertEquals(10 * (ib + 1), plan.value(1, i));
          assertEquals(100 * (ic + 1), plan.value(2, i));
          assertEquals(ib, plan.gridIndex(1, i));
          assertEquals(ic, plan.gridIndex(2, i));
        }
      }
    }
    assertEquals(60, i);
    assertEquals(60, plan.combinations());
  }

  @Test
  void hugeGridSaturatesInsteadOfOverflowing() {
    Axis big = Axis.integers("a", 0, 99_999, 100_000); // 1e20 combinations
    SweepPlan plan = SweepPlan.grid(big, big.withName("b"), big.withName("c"), big.withName("d"));
    assertEquals(Long.MAX_VALUE, plan.combinations());
    assertThrows(IllegalArgumentException.class, () -> SweepLimits.DEFAULT.check(plan, 1));
  }

  @Test
  void sobolStartsWithTheKnownDirectionNumbersAndIsDeterministic() {
    // Joe & Kuo / Bratley-Fox: dimension 1 runs 0, 1/2, 3/4, 1/4; dimension 2 runs 0, 1/2, 1/4, 3/4.
    SweepPlan plan = SweepPlan.sobol(4, Axis.linear("a", 0, 1, 2), Axis.linear("b", 0, 1, 2));
    assertEquals(Arrays.toString(new double[] {0, 0.5, 0.75, 0.25}), Arrays.toString(column(plan, 0)));
    assertEquals(Arrays.toString(new double[] {0, 0.5, 0.25, 0.75}), Arrays.toString(column(plan, 1)));
    SweepPlan again = SweepPlan.sobol(4, Axis.linear("a", 0, 1, 2), Axis.linear("b", 0, 1, 2));
    assertEquals(Arrays.toString(column(plan, 1)), Arrays.toString(column(again, 1)));
  }

  @Test
  void sobolOfPowerOfTwoSizeFillsEveryStratumOfEachAxisOnce() {
    int n = 256;
    SweepPlan plan = SweepPlan.sobol(n, Axis.linear("a", 0, 1, 2), Axis.linear("b", 0, 1, 2),
        Axis.linear("c", 0, 1, 2));
    for (int a = 0; a < 3; a++) {
      assertOneSamplePerStratum(column(plan, a), 0, 1, n);
    }
  }

  @Test
  void latinHypercubePutsOnePointInEachStratumOfEachAxis() {
    int n = 500;
    SweepPlan plan = SweepPlan.latinHypercube(n, 11, Axis.linear("a", 2, 4, 2),
        Axis.linear("b", -1, 1, 2));
    assertOneSamplePerStratum(column(plan, 0), 2, 4, n);
    assertOneSamplePerStratum(column(plan, 1), -1, 1, n);
    assertEquals(n, plan.combinations());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> plan.gridIndex(0, 0));
    assertEquals("a latin-hypercube n=500 seed=11 plan has no grid indices", e.getMessage());
  }

  @Test
  void latinHypercubeDependsOnlyOnTheSeed() {
    Axis a = Axis.linear("a", 0, 1, 2);
    double[] first = column(SweepPlan.latinHypercube(50, 3, a), 0);
    assertEquals(Arrays.toString(first), Arrays.toString(column(SweepPlan.latinHypercube(50, 3, a), 0)));
    assertNotEquals(Arrays.toString(first),
        Arrays.toString(column(SweepPlan.latinHypercube(50, 4, a), 0)));
  }

  @Test
  void sampledIntegerAxisStaysIntegralAndInRange() {
    SweepPlan plan = SweepPlan.latinHypercube(300, 5, Axis.integers("window", 10, 20, 2));
    boolean[] seen = new boolean[11];
    for (double v : column(plan, 0)) {
      assertEquals(Math.rint(v), v);
      assertTrue(v >= 10 && v <= 20, "value " + v);
      seen[(int) v - 10] = true;
    }
    for (boolean s : seen) {
      assertTrue(s, "every integer of [10, 20] should appear in 300 draws");
    }
  }

  @Test
  void combinationCeilingErrorSaysWhatToChange() {
    SweepPlan plan = SweepPlan.grid(WINDOW, K, EXIT);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SweepLimits.DEFAULT.withMaxCombinations(1_000_000).check(plan, 5));
    assertEquals("sweep has 1,771,561 combinations, above the ceiling of 1,000,000; raise "
        + "maxCombinations or coarsen an axis (window 121 × k 121 × exit 121)", e.getMessage());
    SweepPlan sample = SweepPlan.sobol(5000, K);
    e = assertThrows(IllegalArgumentException.class,
        () -> SweepLimits.DEFAULT.withMaxCombinations(1000).check(sample, 5));
    assertEquals("sweep has 5,000 combinations, above the ceiling of 1,000; raise maxCombinations"
        + " or lower the sample size (5000)", e.getMessage());
  }

  @Test
  void memoryCeilingErrorGivesTheEstimate() {
    SweepPlan plan = SweepPlan.grid(WINDOW, K, EXIT);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SweepLimits.DEFAULT.withMaxResultBytes(50_000_000).check(plan, 5));
    assertEquals("sweep results need 70.9 MB (1,771,561 combinations × 5 metrics × 8 B), above the "
        + "ceiling of 50.0 MB; raise maxResultBytes, drop metrics or coarsen an axis (window 121 × k"
        + " 121 × exit 121)", e.getMessage());
  }

  @Test
  void axisNamesMustBeDistinct() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SweepPlan.grid(K, K));
    assertEquals("axis names must be distinct, but 'k' appears twice", e.getMessage());
    assertFalse(SweepPlan.grid(K).axisNames().isEmpty());
  }

  private static double[] column(SweepPlan plan, int axis) {
    double[] v = new double[(int) plan.combinations()];
    for (int i = 0; i < v.length; i++) {
      v[i] = plan.value(axis, i);
    }
    return v;
  }

  private static void assertOneSamplePerStratum(double[] v, double lo, double hi, int n) {
    int[] count = new int[n];
    for (double x : v) {
      assertTrue(x >= lo && x <= hi, "value " + x + " outside [" + lo + ", " + hi + "]");
      count[Math.min(n - 1, (int) Math.floor((x - lo) / (hi - lo) * n))]++;
    }
    for (int s = 0; s < n; s++) {
      assertEquals(1, count[s], "stratum " + s);
    }
  }
}
