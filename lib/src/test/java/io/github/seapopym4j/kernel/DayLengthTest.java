package io.github.seapopym4j.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DayLengthTest {

  // 1e-12: the equator's 12 h comes out of acos(0) and a few roundings.
  @Test
  void equatorHasTwelveHoursEveryDay() {
    for (int doy = 1; doy <= 366; doy++) {
      assertEquals(12.0, DayLength.hours(0.0, doy, 0.0), 1e-12, "day " + doy);
    }
  }

  @Test
  void polarDayAndPolarNightAreClipped() {
    assertEquals(24.0, DayLength.hours(80.0, 172, 0.0));
    assertEquals(0.0, DayLength.hours(80.0, 355, 0.0));
    assertEquals(1.0, DayLength.fraction(-80.0, 355, 0.0));
  }

  // 1e-12: the two hemispheres' arguments are exact negatives; acos(−a) = π − acos(a) up to rounding.
  @Test
  void hemispheresAreComplementary() {
    for (int doy : new int[] {1, 80, 172, 266, 355}) {
      double sum = DayLength.hours(35.0, doy, 0.0) + DayLength.hours(-35.0, doy, 0.0);
      assertEquals(24.0, sum, 1e-12, "day " + doy);
    }
  }

  @Test
  void summerDaysAreLongerInTheNorthAndTwilightAnglesLengthenThem() {
    assertTrue(DayLength.hours(45, 172, 0) > 15 && DayLength.hours(45, 172, 0) < 16);
    assertTrue(DayLength.hours(45, 355, 0) < 9);
    assertTrue(DayLength.hours(45, 172, 6) > DayLength.hours(45, 172, 0), "civil twilight counts as day");
  }

  @Test
  void fieldRepeatsTheFractionPerCell() {
    double[] f = DayLength.field(new int[] {1, 200}, new double[] {10, 10, -30}, 0);
    assertArrayEquals(new double[] {
        DayLength.fraction(10, 1, 0), DayLength.fraction(10, 1, 0), DayLength.fraction(-30, 1, 0),
        DayLength.fraction(10, 200, 0), DayLength.fraction(10, 200, 0), DayLength.fraction(-30, 200, 0)},
        f, 0.0);
  }
}
