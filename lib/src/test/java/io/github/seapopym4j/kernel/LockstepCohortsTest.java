package io.github.seapopym4j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The lockstep planes against the cohort array of {@link Production} (the reference kernel), lane by
 * lane and bit for bit, on blocks of lanes with mixed, uniform and non-finite temperatures and
 * production.
 */
class LockstepCohortsTest {

  /**
   * Steps the planes and one reference cohort array per lane side by side; {@code production} and
   * {@code tm} are [step][lane].
   */
  private static void assertSameAsCohortArray(double[] tmin, double[][] production, double[][] tm,
      int lanes, int width) {
    LockstepCohorts planes = new LockstepCohorts(tmin, lanes);
    planes.reset(width);
    double[][] cohorts = new double[width][tmin.length];
    double[] out = new double[lanes];
    for (int t = 0; t < tm.length; t++) {
      planes.step(production[t], tm[t], out);
      for (int j = 0; j < width; j++) {
        double expected = Production.step(cohorts[j], tmin, production[t][j], tm[t][j]);
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(out[j]),
            "step " + t + ", lane " + j + " of " + width + ": R " + out[j] + " ≠ " + expected);
      }
    }
  }

  /** Random series: temperatures around a drifting level, spread over the lanes by {@code spread}. */
  private static void randomTrial(SplittableRandom random, double[] tmin, int steps, int width,
      double spread, double oddValues) {
    double[][] p = new double[steps][width];
    double[][] tm = new double[steps][width];
    double level = random.nextDouble() * 30;
    for (int t = 0; t < steps; t++) {
      level += (random.nextDouble() - 0.5) * 4;
      for (int j = 0; j < width; j++) {
        p[t][j] = random.nextInt(10) == 0 ? 0.0 : random.nextDouble() * (j + 1);
        tm[t][j] = Math.max(0, level + (random.nextDouble() - 0.5) * spread);
        if (random.nextDouble() < oddValues) {
          double[] odd = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0,
              -1.5, Double.MAX_VALUE, Double.MIN_VALUE};
          if (random.nextBoolean()) {
            p[t][j] = odd[random.nextInt(odd.length)];
          } else {
            tm[t][j] = odd[random.nextInt(odd.length)];
          }
        }
      }
    }
    assertSameAsCohortArray(tmin, p, tm, width + random.nextInt(3), width);
  }

  @Test
  void matchesTheCohortArrayOnRandomBlocksBitForBit() {
    SplittableRandom random = new SplittableRandom(17);
    for (int trial = 0; trial < 300; trial++) {
      double tr0 = 0.2 + random.nextDouble() * 40;
      double gammaTr = -0.01 - random.nextDouble() * 0.3;
      int dt = random.nextInt(3) == 0 ? 7 : 1;
      double[] tmin = Cohorts.minTemperature(tr0, gammaTr, dt);
      double spread = new double[] {0, 0.5, 3, 20}[trial % 4];
      randomTrial(random, tmin, 150, 1 + random.nextInt(40), spread, 0);
    }
  }

  @Test
  void nonFiniteValuesGiveTheCohortArraysResults() {
    // NaN or infinite production waits in a plane, NaN temperatures recruit nothing, MAX_VALUE overflows
    SplittableRandom random = new SplittableRandom(23);
    for (int trial = 0; trial < 200; trial++) {
      double[] tmin = Cohorts.minTemperature(0.5 + random.nextDouble() * 15, -0.1, 1);
      randomTrial(random, tmin, 120, 1 + random.nextInt(12), 6, trial % 2 == 0 ? 0.01 : 0.1);
    }
  }

  @Test
  void oneTwoAndUnrecruitedLastCohortsMatchTheCohortArray() {
    double[][] p = {{1, 2}, {3, 4}, {5, 6}, {7, 8}, {9, 10}, {11, 12}, {13, 14}, {15, 16}};
    double[][] tm = {{0, 60}, {60, 60}, {-1, -1}, {60, -1}, {Double.NaN, 0}, {0, 0}, {-5, 12},
        {6, 11}};
    for (double[] tmin : new double[][] {{50}, {0}, {50, -1}, {10, 5, -1}, {50, 50, 50}}) {
      assertSameAsCohortArray(tmin, p, tm, 2, 2);
      assertSameAsCohortArray(tmin, p, tm, 3, 1);
    }
  }

  @Test
  void resetEmptiesEveryLaneAndSetsTheWidth() {
    LockstepCohorts planes = new LockstepCohorts(new double[] {10, 5, -1}, 3);
    double[] out = new double[3];
    planes.step(new double[] {1, 1, 1}, new double[] {0, 0, 0}, out);
    planes.reset(2);
    out[2] = 42;
    planes.step(new double[] {0, 0, 0}, new double[] {20, 20, 20}, out);
    assertEquals(0.0, out[0], "nothing waits after a reset");
    assertEquals(42, out[2], "lanes beyond the width are not written");
    assertEquals(0, planes.depth());
  }

  @Test
  void invalidThresholdsAndWidthsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new LockstepCohorts(new double[] {5, 6}, 1));
    assertThrows(IllegalArgumentException.class, () -> new LockstepCohorts(new double[0], 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new LockstepCohorts(new double[] {5, Double.NaN}, 1));
    assertEquals("recruitment thresholds [degC] must not be NaN, but Tmin_1 is", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new LockstepCohorts(new double[] {1}, 2)
        .reset(3));
    assertEquals("the lanes stepped must be 1 to 2, but were 3", e.getMessage());
  }
}
