package io.github.seapopym4j.forcing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a CF time coordinate ({@code units = "days since 2000-01-01 00:00:00"}, or hours, minutes,
 * seconds, milliseconds, microseconds, nanoseconds) into a uniform {@link TimeAxis}.
 *
 * <p>Calendars {@code standard}, {@code gregorian} and {@code proleptic_gregorian} (the default) are
 * accepted and treated as proleptic Gregorian; others ({@code noleap}, {@code 360_day}, ...) are
 * refused. Steps must be positive, equal, and a whole number of days; each step's date is the calendar
 * date of its instant (a time of day such as 12:00 is dropped).
 */
final class NetcdfTime {

  private static final Pattern UNITS = Pattern.compile("\\s*(\\w+)\\s+since\\s+(.+?)\\s*");
  private static final Pattern REFERENCE = Pattern.compile(
      "(-?\\d{1,4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.\\d+)?)?)?"
          + "\\s*(?:Z|UTC|GMT|[+-]00(?::?00)?)?");
  private static final Set<String> CALENDARS = Set.of("standard", "gregorian", "proleptic_gregorian");
  private static final double DAY = 86_400.0;
  /** Tolerance on step equality, in seconds (well below any real step; covers ns rounding). */
  private static final double EPS_SECONDS = 1e-3;

  private NetcdfTime() {}

  /**
   * @param values the coordinate values (any numeric array jhdf returns, as doubles or longs)
   * @param where "file variable 'T'", named in errors
   */
  static TimeAxis axis(String where, Object values, String units, String calendar) {
    if (units == null) {
      throw new IllegalArgumentException(where + ": time coordinate has no 'units' attribute; "
          + "expected e.g. 'days since 2000-01-01'");
    }
    if (calendar != null && !CALENDARS.contains(calendar.trim().toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(String.format(
          "%s: calendar '%s' is not supported; expected one of %s", where, calendar, CALENDARS));
    }
    Matcher m = UNITS.matcher(units);
    if (!m.matches()) {
      throw new IllegalArgumentException(String.format(
          "%s: time units must be '<unit> since <date>', e.g. 'days since 2000-01-01', but were '%s'",
          where, units));
    }
    double unitSeconds = unitSeconds(where, m.group(1));
    LocalDateTime reference = reference(where, m.group(2), units);
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
                + "does not follow value %d (%s)", where, i, date(reference, values, i, unitSeconds),
            i - 1, date(reference, values, i - 1, unitSeconds)));
      }
      if (i == 1) {
        step = d;
      } else if (Math.abs(d - step) > EPS_SECONDS) {
        throw new IllegalArgumentException(String.format(
            "%s: time axis is not uniform: expected a step of %s days everywhere, but found %s days "
                + "between %s and %s", where, step / DAY, d / DAY,
            date(reference, values, i - 1, unitSeconds), date(reference, values, i, unitSeconds)));
      }
    }
    long days = Math.round(step / DAY);
    if (n > 1 && (days < 1 || Math.abs(step - days * DAY) > EPS_SECONDS)) {
      throw new IllegalArgumentException(String.format(
          "%s: time step must be a whole number of days ≥ 1, but was %s days", where, step / DAY));
    }
    return new TimeAxis(date(reference, values, 0, unitSeconds), n == 1 ? 1 : (int) days, n);
  }

  private static double unitSeconds(String where, String unit) {
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "days", "day", "d" -> DAY;
      case "hours", "hour", "hrs", "hr", "h" -> 3600.0;
      case "minutes", "minute", "mins", "min" -> 60.0;
      case "seconds", "second", "secs", "sec", "s" -> 1.0;
      case "milliseconds", "millisecond", "ms" -> 1e-3;
      case "microseconds", "microsecond", "us" -> 1e-6;
      case "nanoseconds", "nanosecond", "ns" -> 1e-9;
      default -> throw new IllegalArgumentException(String.format(
          "%s: time unit '%s' is not supported; expected days, hours, minutes, seconds, "
              + "milliseconds, microseconds or nanoseconds", where, unit));
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

  private static LocalDate date(LocalDateTime reference, Object values, int i, double unitSeconds) {
    double seconds;
    if (values instanceof long[] l && unitSeconds < 1) {
      long perSecond = Math.round(1 / unitSeconds);
      seconds = Math.floorDiv(l[i], perSecond) + (double) Math.floorMod(l[i], perSecond) / perSecond;
    } else {
      seconds = value(values, i) * unitSeconds;
    }
    long whole = (long) Math.floor(seconds);
    return reference.plusSeconds(whole).toLocalDate();
  }
}
