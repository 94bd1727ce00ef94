package io.github.seapopym4j.forcing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CfTimeTest {

  private static final String WHERE = "f.nc variable 'T'";

  private static String error(Object values, String units, String calendar) {
    return assertThrows(IllegalArgumentException.class,
        () -> CfTime.axis(WHERE, values, units, calendar)).getMessage();
  }

  @Test
  void daysSinceAReferenceDateGiveADailyAxis() {
    TimeAxis t = CfTime.axis(WHERE, new long[] {0, 1, 2}, "days since 2000-01-01 00:00:00",
        "proleptic_gregorian");
    assertEquals(new TimeAxis(LocalDate.of(2000, 1, 1), 1, 3), t);
  }

  @Test
  void otherUnitsAndReferenceFormatsAreDecoded() {
    TimeAxis expected = new TimeAxis(LocalDate.of(2000, 3, 1), 7, 3);
    // 2000-03-01 is day 60 of the leap year 2000.
    assertEquals(expected, CfTime.axis(WHERE, new double[] {60, 67, 74}, "days since 2000-1-1", null));
    assertEquals(expected, CfTime.axis(WHERE, new int[] {1440, 1608, 1776},
        "hours since 2000-01-01T00:00:00Z", "standard"));
    long ns = 946_684_800_000_000_000L; // 2000-01-01 in ns since the epoch
    long day = 86_400_000_000_000L;
    assertEquals(expected, CfTime.axis(WHERE, new long[] {ns + 60 * day, ns + 67 * day, ns + 74 * day},
        "nanoseconds since 1970-01-01", "gregorian"));
    assertEquals(expected, CfTime.axis(WHERE, new double[] {60.5, 67.5, 74.5},
        "days since 2000-01-01", null), "a time of day is dropped");
  }

  @Test
  void anUnsortedCoordinateNamesBothDates() {
    String m = error(new long[] {0, 2, 1}, "days since 2000-01-01", null);
    assertTrue(m.contains(WHERE) && m.contains("not sorted") && m.contains("2000-01-02")
        && m.contains("2000-01-03"), m);
  }

  @Test
  void aNonUniformCoordinateNamesTheGap() {
    String m = error(new long[] {0, 1, 3}, "days since 2000-01-01", null);
    assertTrue(m.contains(WHERE) && m.contains("not uniform") && m.contains("2.0 days")
        && m.contains("2000-01-02") && m.contains("2000-01-04"), m);
  }

  @Test
  void aSubDailyStepIsRefused() {
    String m = error(new long[] {0, 6, 12}, "hours since 2000-01-01", null);
    assertTrue(m.contains("whole number of days") && m.contains("0.25"), m);
  }

  @Test
  void unsupportedCalendarsAndUnitsAreRefused() {
    assertTrue(error(new long[] {0}, "days since 2000-01-01", "noleap").contains("'noleap'"));
    assertTrue(error(new long[] {0}, "fortnights since 2000-01-01", null).contains("'fortnights'"));
    assertTrue(error(new long[] {0}, "days", null).contains("'days'"));
    assertTrue(error(new long[] {0}, "days since yesterday", null).contains("reference date"));
    assertTrue(error(new long[] {0}, null, null).contains("no 'units'"));
  }

  // The cases of the observation readers' decoder (fitness.CfTime before the two were merged).

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
  void decodeRefusesUnparseableUnitsAndOtherCalendars() {
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

  @Test
  void decodeRoundsToTheNearestSecondAndIsExactForNanosecondIntegers() {
    assertArrayEquals(new LocalDate[] {LocalDate.of(2000, 1, 2)},
        CfTime.decode(new double[] {86_399.7}, "seconds since 2000-01-01", null, "f"));
    assertEquals(new TimeAxis(LocalDate.of(2000, 1, 2), 1, 2), CfTime.axis(WHERE,
        new long[] {86_399_600_000L, 172_799_600_000L}, "microseconds since 2000-01-01",
        null));
  }
}
