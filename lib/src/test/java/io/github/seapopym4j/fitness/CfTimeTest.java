package io.github.seapopym4j.fitness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CfTimeTest {

  @Test
  void decodesUnitsSinceADateKeepingTheDayOfFractionalTimes() {
    assertArrayEquals(new LocalDate[] {LocalDate.of(1995, 5, 10), LocalDate.of(1994, 2, 17)},
        CfTime.decode(new double[] {0, -447}, "days since 1995-05-10", "proleptic_gregorian", "f"));
    // 2000-02-28T18:00 + 12 h = 2000-02-29 (leap day); + 35.5 h = 2000-03-01T05:30.
    assertArrayEquals(new LocalDate[] {LocalDate.of(2000, 2, 29), LocalDate.of(2000, 3, 1)},
        CfTime.decode(new double[] {12, 35.5}, "hours since 2000-02-28 18:00:00", null, "f"));
    assertArrayEquals(new LocalDate[] {LocalDate.of(1970, 1, 2)},
        CfTime.decode(new double[] {86400}, "seconds since 1970-01-01T00:00:00Z", "standard", "f"));
  }

  @Test
  void unparseableUnitsAndOtherCalendarsAreErrors() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CfTime.decode(new double[] {0}, "months since 2000-01-01", null, "f.nc, variable 'time'"));
    assertTrue(e.getMessage().contains("'months since 2000-01-01'")
        && e.getMessage().contains("variable 'time'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> CfTime.decode(new double[] {0}, "days since 2000-01-01", "360_day", "f"));
    assertTrue(e.getMessage().contains("'360_day'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> CfTime.decode(new double[] {0}, null, null, "f"));
    assertTrue(e.getMessage().contains("no 'units'"), e.getMessage());
  }
}
