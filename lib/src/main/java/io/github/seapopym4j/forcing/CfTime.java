package io.github.seapopym4j.forcing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's one CF time decoder: {@code units = "days since 2000-01-01 00:00:00"} (or hours,
 * minutes, seconds, milliseconds, microseconds, nanoseconds; an optional UTC zone {@code Z}, {@code
 * UTC}, {@code GMT}, {@code +00:00}), decoded into dates ({@link #decode}, the observation readers) or
 * a uniform {@link TimeAxis} ({@link #axis}, the forcing readers).
 *
 * <p>Calendars {@code standard}, {@code gregorian} and {@code proleptic_gregorian} (the default) are
 * accepted and treated as proleptic Gregorian; others ({@code noleap}, {@code 360_day}, ...) are
 * refused. Each value's date is the calendar date of its instant, rounded to the nearest second (a
 * time of day such as 12:00 is dropped; integer coordinates in sub-second units are exact).
 */
public final class CfTime {

  private static final Pattern UNITS = Pattern.compile("\\s*(\\w+)\\s+since\\s+(.+?)\\s*");
  private static final Pattern REFERENCE = Pattern.compile(
      "(-?\\d{1,4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.\\d+)?)?)?"
          + "\\s*(?:Z|UTC|GMT|[+-]00(?::?00)?)?");
  private static final Set<String> CALENDARS = Set.of("standard", "gregorian", "proleptic_gregorian");
  private static final double DAY = 86_400.0;
  /** Tolerance on step equality, in seconds (well below any real step; covers ns rounding). */
  private static final double EPS_SECONDS = 1e-3;

  private final LocalDateTime reference;
  private final double unitSeconds;

  private CfTime(LocalDateTime reference, double unitSeconds) {
    this.reference = reference;
    this.unitSeconds = unitSeconds;
  }

  /**
   * Parses the {@code units} and checks the {@code calendar} attribute (null: none).
   *
   * @param where the file and variable, named in errors
   */
  static CfTime of(String where, String units, String calendar) {
    if (units == null) {
      throw new IllegalArgumentException(where + ": time coordinate has no 'units' attribute; "
          + "expected e.g. 'days since 2000-01-01'");
    }
    if (calendar != null && !calendar.isBlank()
        && !CALENDARS.contains(calendar.trim().toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(String.format(
          "%s: calendar '%s' is not supported; expected one of %s", where, calendar, CALENDARS));
    }
    Matcher m = UNITS.matcher(units);
    if (!m.matches()) {
      throw new IllegalArgumentException(String.format(
          "%s: time units must be '<unit> since <date>', e.g. 'days since 2000-01-01', but were '%s'",
          where, units));
    }
    return new CfTime(reference(where, m.group(2), units), unitSeconds(where, m.group(1), units));
  }

  /**
   * The date of each value (in any order; a fraction of a day keeps the date it falls on).
   *
   * @param values the raw time values
   * @param units the {@code units} attribute
   * @param calendar the {@code calendar} attribute, or null
   * @param where the file and variable, named in errors
   */
  public static LocalDate[] decode(double[] values, String units, String calendar, String where) {
    CfTime time = of(where, units, calendar);
    LocalDate[] out = new LocalDate[values.length];
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(String.format(
            "%s: time value %d is %s; expected a finite number", where, i, values[i]));
      }
      out[i] = time.date(values, i);
    }
    return out;
  }

  /**
   * A uniform axis: steps must be positive, equal, and a whole number of days.
   *
   * @param values the coordinate values (any numeric array jhdf returns, as doubles or longs)
   * @param where "file variable 'T'", named in errors
   */
  static TimeAxis axis(String where, Object values, String units, String calendar) {
    CfTime time = of(where, units, calendar);
    double unitSeconds = time.unitSeconds;
    int n = java.lang.reflect.Array.getLength(values);
    if (n == 0) {
      throw new IllegalArgumentException(where + ": time coordinate is empty, expected ≥ 1 value");
    }
    double step = 0;
    for (int i = 1; i < n; i++) {
      double d = difference(values, i) * unitSeconds;
      if (!(d > 0)) {
        throw new IllegalArgumentException(String.format(
            "%s: time coordinate is not sorted: expected increasing values, but value %d (%s) "
                + "does not follow value %d (%s)", where, i, time.date(values, i),
            i - 1, time.date(values, i - 1)));
      }
      if (i == 1) {
        step = d;
      } else if (Math.abs(d - step) > EPS_SECONDS) {
        throw new IllegalArgumentException(String.format(
            "%s: time axis is not uniform: expected a step of %s days everywhere, but found %s days "
                + "between %s and %s", where, step / DAY, d / DAY,
            time.date(values, i - 1), time.date(values, i)));
      }
    }
    long days = Math.round(step / DAY);
    if (n > 1 && (days < 1 || Math.abs(step - days * DAY) > EPS_SECONDS)) {
      throw new IllegalArgumentException(String.format(
          "%s: time step must be a whole number of days ≥ 1, but was %s days", where, step / DAY));
    }
    return new TimeAxis(time.date(values, 0), n == 1 ? 1 : (int) days, n);
  }

  private static double unitSeconds(String where, String unit, String units) {
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "days", "day", "d" -> DAY;
      case "hours", "hour", "hrs", "hr", "h" -> 3600.0;
      case "minutes", "minute", "mins", "min" -> 60.0;
      case "seconds", "second", "secs", "sec", "s" -> 1.0;
      case "milliseconds", "millisecond", "ms" -> 1e-3;
      case "microseconds", "microsecond", "us" -> 1e-6;
      case "nanoseconds", "nanosecond", "ns" -> 1e-9;
      default -> throw new IllegalArgumentException(String.format(
          "%s: time unit '%s' (of units '%s') is not supported; expected days, hours, minutes, "
              + "seconds, milliseconds, microseconds or nanoseconds", where, unit, units));
    };
  }

  private static LocalDateTime reference(String where, String text, String units) {
    Matcher m = REFERENCE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(String.format(
          "%s: cannot read the reference date of time units '%s'; expected e.g. "
              + "'days since 2000-01-01 00:00:00' (UTC)", where, units));
    }
    return LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
        m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
  }

  /** values[i] − values[i−1] in the file's unit, exact for integer coordinates. */
  private static double difference(Object values, int i) {
    if (values instanceof long[] l) {
      return (double) (l[i] - l[i - 1]);
    }
    if (values instanceof int[] a) {
      return (double) a[i] - a[i - 1];
    }
    return value(values, i) - value(values, i - 1);
  }

  private static double value(Object values, int i) {
    return ((Number) java.lang.reflect.Array.get(values, i)).doubleValue();
  }

  /** The date of values[i], its instant rounded to the nearest second. */
  private LocalDate date(Object values, int i) {
    long seconds;
    if (values instanceof long[] l && unitSeconds < 1) {
      long perSecond = Math.round(1 / unitSeconds);
      seconds = Math.floorDiv(l[i], perSecond)
          + (2 * Math.floorMod(l[i], perSecond) >= perSecond ? 1 : 0);
    } else {
      seconds = Math.round(value(values, i) * unitSeconds);
    }
    return reference.plusSeconds(seconds).toLocalDate();
  }
}
