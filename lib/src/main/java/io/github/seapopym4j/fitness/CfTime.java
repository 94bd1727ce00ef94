package io.github.seapopym4j.fitness;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes CF time coordinates ({@code "days since 1994-02-17 00:00:00"}) to dates.
 *
 * <p>Units: {@code days}, {@code hours}, {@code minutes} or {@code seconds since} a date with an
 * optional time and an optional UTC zone ({@code Z}, {@code UTC}, {@code +00:00}). Calendars:
 * {@code standard}, {@code gregorian} or {@code proleptic_gregorian} (treated alike: these files
 * hold no date before 1582) or none; any other calendar (noleap, 360_day…) is an error. A time with
 * a fraction of a day keeps the date it falls on.
 */
final class CfTime {

  private static final Pattern UNITS = Pattern.compile(
      "\\s*(days?|hours?|minutes?|seconds?)\\s+since\\s+(\\d{1,4})-(\\d{1,2})-(\\d{1,2})"
          + "(?:[ T](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.\\d*)?)?)?\\s*(Z|UTC|[+]00:?00)?\\s*");

  private CfTime() {
  }

  /**
   * The date of each value.
   *
   * @param values the raw time values
   * @param units the {@code units} attribute
   * @param calendar the {@code calendar} attribute, or null
   * @param where the file and variable, named in error messages
   */
  static LocalDate[] decode(double[] values, String units, String calendar, String where) {
    if (units == null) {
      throw new IllegalArgumentException(where + ": time variable has no 'units' attribute; "
          + "expected e.g. 'days since 1970-01-01'");
    }
    if (calendar != null && !calendar.isBlank()) {
      String c = calendar.trim().toLowerCase(Locale.ROOT);
      if (!c.equals("standard") && !c.equals("gregorian") && !c.equals("proleptic_gregorian")) {
        throw new IllegalArgumentException(String.format("%s: calendar '%s' is not supported; "
            + "expected standard, gregorian or proleptic_gregorian", where, calendar));
      }
    }
    Matcher m = UNITS.matcher(units);
    if (!m.matches()) {
      throw new IllegalArgumentException(String.format("%s: cannot parse time units '%s'; expected "
          + "'<days|hours|minutes|seconds> since yyyy-MM-dd[ HH:mm:ss]'", where, units));
    }
    double secondsPerUnit = switch (m.group(1).toLowerCase(Locale.ROOT).replaceAll("s$", "")) {
      case "day" -> 86400.0;
      case "hour" -> 3600.0;
      case "minute" -> 60.0;
      default -> 1.0;
    };
    LocalDateTime base = LocalDateTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
        Integer.parseInt(m.group(4)), m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
        m.group(7) == null ? 0 : Integer.parseInt(m.group(7)));
    LocalDate[] out = new LocalDate[values.length];
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(String.format(
            "%s: time value %d is %s; expected a finite number", where, i, values[i]));
      }
      out[i] = base.plusSeconds(Math.round(values[i] * secondsPerUnit)).toLocalDate();
    }
    return out;
  }
}
