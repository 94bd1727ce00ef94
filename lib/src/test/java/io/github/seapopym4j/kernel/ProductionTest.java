package io.github.seapopym4j.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProductionTest {

  private static final double[] TMIN = {10, 5, -1};

  @Test
  void coldWaterLetsProductionAgeUntilTheLastCohort() {
    double[] c = new double[3];
    assertEquals(0.0, Production.step(c, TMIN, 1.0, 0.0));
    assertArrayEquals(new double[] {0, 1, 0}, c, 0.0);
    assertEquals(0.0, Production.step(c, TMIN, 2.0, 0.0));
    assertArrayEquals(new double[] {0, 2, 1}, c, 0.0);
    // the last cohort (threshold −1 °C) is always recruited at Tm ≥ 0
    assertEquals(1.0, Production.step(c, TMIN, 4.0, 0.0));
    assertArrayEquals(new double[] {0, 4, 2}, c, 0.0);
  }

  @Test
  void warmWaterRecruitsEveryCohortAboveItsThreshold() {
    double[] c = {0, 4, 2};
    assertEquals(8 + 4 + 2, Production.step(c, TMIN, 8.0, 12.0));
    assertArrayEquals(new double[] {0, 0, 0}, c, 0.0);
    assertEquals(0.0, Production.step(c, TMIN, 3.0, 6.0), "cohort 0 needs 10 °C");
    assertEquals(3.0, Production.step(c, TMIN, 5.0, 6.0), "cohort 1 needs 5 °C");
  }

  @Test
  void lastCohortCollectsWhatWouldAgePastIt() {
    double[] never = {50, 50, 50};
    double[] c = new double[3];
    for (int t = 0; t < 5; t++) {
      assertEquals(0.0, Production.step(c, never, 1.0, 0.0));
    }
    assertArrayEquals(new double[] {0, 1, 4}, c, 0.0);
  }

  @Test
  void singleCohortKeepsItsContent() {
    double[] c = new double[1];
    Production.step(c, new double[] {50}, 1.0, 0.0);
    Production.step(c, new double[] {50}, 1.0, 0.0);
    assertArrayEquals(new double[] {2}, c, 0.0);
  }
}
