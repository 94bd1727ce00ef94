package io.github.seapopym4j.fitness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeWindowTest {

  /** A Thursday. */
  private static final LocalDate D = LocalDate.of(2000, 2, 17);

  @Test
  void dayWindowsAreCentred() {
    assertArrayEquals(new LocalDate[] {D, D}, TimeWindow.none().around(D));
    assertArrayEquals(new LocalDate[] {D.minusDays(3), D.plusDays(3)}, TimeWindow.days(7).around(D));
    assertArrayEquals(new LocalDate[] {D.minusDays(1), D.plusDays(2)}, TimeWindow.days(4).around(D));
  }

  @Test
  void calendarWindowsFollowWeeksAndMonths() {
    assertArrayEquals(new LocalDate[] {LocalDate.of(2000, 2, 14), LocalDate.of(2000, 2, 20)},
        TimeWindow.isoWeek().around(D));
    // 2000 is a leap year.
    assertArrayEquals(new LocalDate[] {LocalDate.of(2000, 2, 1), LocalDate.of(2000, 2, 29)},
        TimeWindow.calendarMonth().around(D));
  }

  @Test
  void parsesCommandLineNames() {
    assertEquals(TimeWindow.days(1), TimeWindow.parse("none"));
    assertEquals(TimeWindow.isoWeek(), TimeWindow.parse("week"));
    assertEquals(TimeWindow.calendarMonth(), TimeWindow.parse("Month"));
    assertEquals(TimeWindow.days(30), TimeWindow.parse("30d"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TimeWindow.parse("fortnight"));
    assertTrue(e.getMessage().contains("'fortnight'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TimeWindow.days(0));
  }
}
