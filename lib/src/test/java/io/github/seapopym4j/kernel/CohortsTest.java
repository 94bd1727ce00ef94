package io.github.seapopym4j.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CohortsTest {

  @Test
  void countIsTheCeilingOfTr0OverDt() {
    assertEquals(11, Cohorts.count(10.38, 1));
    assertEquals(2, Cohorts.count(10.38, 7));
    assertEquals(20, Cohorts.count(20.0, 1));
    assertEquals(1, Cohorts.count(0.5, 1));
  }

  @Test
  void agesAreWholeStepsFromOneStep() {
    assertArrayEquals(new double[] {7, 14}, Cohorts.ages(10.38, 7), 0.0);
  }

  @Test
  void thresholdsFollowTheRecruitmentAgeLaw() {
    double[] tmin = Cohorts.minTemperature(10.38, -0.11, 1);
    assertEquals(11, tmin.length);
    assertEquals(Math.log(1 / 10.38) / -0.11, tmin[0], 0.0);
    for (int k = 1; k < tmin.length; k++) {
      assertTrue(tmin[k] < tmin[k - 1], "thresholds decrease with age");
    }
    assertTrue(tmin[10] <= 0, "the last cohort is recruited at any temperature ≥ 0");
    assertEquals(0.0, Cohorts.minTemperature(20.0, -0.07, 1)[19], 0.0, "n·dt = τr0 gives 0 °C");
  }
}
