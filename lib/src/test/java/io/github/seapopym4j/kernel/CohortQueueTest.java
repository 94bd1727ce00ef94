package io.github.seapopym4j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The queue against the cohort array of {@link Production} (the reference kernel, O(cohorts) per
 * step): bit for bit, since both must add the same values in the same order.
 */
class CohortQueueTest {

  /** Steps the queue and the reference kernel side by side and compares every R bit for bit. */
  private static void assertSameAsCohortArray(double[] tmin, double[] production, double[] tm,
      int lanes) {
    CohortQueue queue = new CohortQueue(tmin, lanes);
    double[][] cohorts = new double[lanes][tmin.length];
    for (int t = 0; t < tm.length; t++) {
      for (int lane = 0; lane < lanes; lane++) {
        double p = production[t] * (lane + 1);
        double expected = Production.step(cohorts[lane], tmin, p, tm[t]);
        double actual = queue.step(lane, p, tm[t]);
        String where = "step " + t + ", lane " + lane + ": R " + actual + " ≠ " + expected;
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), where);
      }
    }
  }

  @Test
  void matchesTheCohortArrayOnRandomSeriesBitForBit() {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 300; trial++) {
      double tr0 = 0.2 + random.nextDouble() * 40;
      double gammaTr = -0.01 - random.nextDouble() * 0.3;
      int dt = random.nextInt(3) == 0 ? 7 : 1;
      double[] tmin = Cohorts.minTemperature(tr0, gammaTr, dt);
      int steps = 200;
      double[] p = new double[steps];
      double[] tm = new double[steps];
      double level = random.nextDouble() * 30;
      for (int t = 0; t < steps; t++) {
        p[t] = random.nextInt(10) == 0 ? 0.0 : random.nextDouble();
        level += (random.nextDouble() - 0.5) * (trial % 3 == 0 ? 30 : 2);
        tm[t] = Math.max(0, level);
      }
      assertSameAsCohortArray(tmin, p, tm, 1 + trial % 3);
    }
  }

  @Test
  void matchesTheCohortArrayWhenTheLastCohortIsNotRecruited() {
    // NaN and sub-zero temperatures recruit nothing, so the last cohort accumulates
    double[] tmin = {10, 5, -1};
    double[] p = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    double[] tm = {Double.NaN, -5, -5, 0, 12, -3, Double.NaN, -2, 6, 11};
    assertSameAsCohortArray(tmin, p, tm, 2);
    assertSameAsCohortArray(new double[] {50, 50, 50}, p, tm, 1);
  }

  @Test
  void oneAndTwoCohortsMatchTheCohortArray() {
    double[] p = {1, 2, 3, 4, 5, 6};
    double[] tm = {0, 60, -1, 60, Double.NaN, 0};
    assertSameAsCohortArray(new double[] {50}, p, tm, 1);
    assertSameAsCohortArray(new double[] {0}, p, tm, 1);
    assertSameAsCohortArray(new double[] {50, -1}, p, tm, 2);
  }

  /** A lane stepped in runs of 7 through a cursor, another one step at a time, side by side. */
  @Test
  void laneCursorsMatchTheCohortArrayBitForBit() {
    double[] tmin = Cohorts.minTemperature(10.38, -0.11, 1);
    SplittableRandom random = new SplittableRandom(11);
    CohortQueue queue = new CohortQueue(tmin, 2);
    double[][] cohorts = new double[2][tmin.length];
    for (int run = 0; run < 10; run++) {
      CohortQueue.Lane cursor = queue.lane(1);
      for (int s = 0; s < 7; s++) {
        double p = random.nextDouble();
        double tm = 18 + 8 * random.nextDouble();
        double expected = Production.step(cohorts[1], tmin, p, tm);
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(cursor.step(p, tm)),
            "cursor, run " + run + " step " + s);
        double other = Production.step(cohorts[0], tmin, p, tm + 1);
        assertEquals(Double.doubleToRawLongBits(other), Double.doubleToRawLongBits(queue.step(0, p, tm + 1)));
      }
      cursor.save();
    }
  }

  @Test
  void firstRecruitedIsExactWhateverTheHint() {
    double[] tmin = {10, 5, 5, -1};
    for (int hint : new int[] {-3, 0, 2, 4, 99}) {
      assertEquals(0, CohortQueue.firstRecruited(tmin, 10, hint));
      assertEquals(1, CohortQueue.firstRecruited(tmin, 9.99, hint));
      assertEquals(1, CohortQueue.firstRecruited(tmin, 5, hint));
      assertEquals(3, CohortQueue.firstRecruited(tmin, 0, hint));
      assertEquals(4, CohortQueue.firstRecruited(tmin, -2, hint));
      assertEquals(4, CohortQueue.firstRecruited(tmin, Double.NaN, hint));
    }
  }

  @Test
  void resetEmptiesEveryLane() {
    CohortQueue queue = new CohortQueue(new double[] {10, 5, -1}, 2);
    queue.step(0, 1.0, 0.0);
    queue.step(1, 1.0, 0.0);
    queue.reset();
    assertEquals(0.0, queue.step(0, 0.0, 20.0), "nothing waits after a reset");
    assertEquals(0.0, queue.step(1, 0.0, 20.0));
  }

  @Test
  void increasingThresholdsAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CohortQueue(new double[] {5, 6}, 1));
    assertEquals("recruitment thresholds [degC] must not increase with age, but Tmin_1 = 6.0 > Tmin_0 = 5.0",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new CohortQueue(new double[0], 1));
    assertThrows(IllegalArgumentException.class, () -> new CohortQueue(new double[] {1}, 0));
  }
}
