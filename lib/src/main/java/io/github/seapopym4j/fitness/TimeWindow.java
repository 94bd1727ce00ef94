package io.github.seapopym4j.fitness;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The dates of model output averaged for one observation: the model's mean over the steps dated in
 * the window is compared with the observation (a weekly or monthly mean smooths the model's
 * day-to-day noise that a single net tow cannot resolve).
 *
 * <p>Steps outside the simulated period are left out of the mean; a window with no step dated in it
 * (e.g. a 1-day window on a weekly model) uses the step that contains the observation date.
 */
public sealed interface TimeWindow extends java.io.Serializable {

  /** The first and last date of the window around {@code date}, both inclusive. */
  LocalDate[] around(LocalDate date);

  /** No averaging: the step that contains the observation date. */
  static TimeWindow none() {
    return new Days(1);
  }

  /** {@code n} days centred on the observation: from date − (n−1)/2 (integer division). */
  static TimeWindow days(int n) {
    return new Days(n);
  }

  /** The ISO week (Monday to Sunday) that contains the observation. */
  static TimeWindow isoWeek() {
    return new IsoWeek();
  }

  /** The calendar month that contains the observation. */
  static TimeWindow calendarMonth() {
    return new CalendarMonth();
  }

  /**
   * Parses {@code none}, {@code week}, {@code month} or {@code <n>d} (e.g. {@code 7d}).
   *
   * @throws IllegalArgumentException for any other text
   */
  static TimeWindow parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "none":
        return none();
      case "week":
        return isoWeek();
      case "month":
        return calendarMonth();
      default:
        if (t.matches("[0-9]{1,4}d")) {
          return days(Integer.parseInt(t.substring(0, t.length() - 1)));
        }
        throw new IllegalArgumentException(
            "time window must be none, week, month or <n>d (e.g. 7d), but was '" + text + "'");
    }
  }

  /**
   * A centred window of {@code n} days.
   *
   * @param n the number of days, ≥ 1
   */
  record Days(int n) implements TimeWindow {
    /** Validates the length. */
    public Days {
      if (n < 1) {
        throw new IllegalArgumentException("time window must be ≥ 1 day, but was " + n);
      }
    }

    @Override
    public LocalDate[] around(LocalDate date) {
      LocalDate from = date.minusDays((n - 1) / 2);
      return new LocalDate[] {from, from.plusDays(n - 1)};
    }
  }

  /** Monday to Sunday. */
  record IsoWeek() implements TimeWindow {
    @Override
    public LocalDate[] around(LocalDate date) {
      LocalDate from = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      return new LocalDate[] {from, from.plusDays(6)};
    }
  }

  /** First to last day of the month. */
  record CalendarMonth() implements TimeWindow {
    @Override
    public LocalDate[] around(LocalDate date) {
      return new LocalDate[] {date.withDayOfMonth(1), date.with(TemporalAdjusters.lastDayOfMonth())};
    }
  }
}
