package io.github.seapopym4j.fitness;

import io.github.seapopym4j.internal.csv.CsvReader;
import io.github.seapopym4j.internal.csv.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the raw HOT-DOGS mesozooplankton file of Station ALOHA ({@code hot_zooplankton.csv}): one
 * row per size fraction per oblique net tow (0–~175 m), dry weight {@code dwt} in g m⁻².
 *
 * <ul>
 *   <li><b>One observation per tow</b>: the dry weights of a tow's size fractions (rows with the same
 *       {@code cruise} and {@code tow}) are summed. A tow with a missing or negative fraction cannot
 *       give a total: it is skipped and named in {@link ObservationSet#notes()} (the 2022 file has
 *       84 empty and 2 negative fractions), or is an error with {@link Options#strict()}.
 *   <li><b>Day or night from the local tow time</b> (the {@code time} column is HST, UTC−10): a tow
 *       that starts in [{@code dayStart}, {@code dayEnd}) is {@link Period#DAY}, otherwise
 *       {@link Period#NIGHT}. Default [06:00, 18:00): HOT schedules mid-day tows at 10:00–14:00 and
 *       midnight tows at 22:00–02:00, and at 22.75°N sunrise is between 05:50 and 07:10 HST and
 *       sunset between 17:50 and 19:20, so every scheduled tow (and every tow in the 1994–2022 file,
 *       all between 09:00 and 16:59 or 21:00 and 02:59) falls on the right side of either bound.
 *   <li><b>Date</b>: the local (HST) calendar date of the tow start; a tow at 00:30 belongs to the
 *       day that begins at that midnight.
 *   <li><b>Units</b>: taken from {@code <name>_meta.csv} next to the file (variable {@code dwt}) when
 *       present, otherwise g m⁻² as documented by HOT-DOGS; noted either way.
 * </ul>
 */
public final class HotZooplanktonReader {

  /** The columns the reader needs; others ({@code wwt}, {@code carb}…) are ignored. */
  public static final List<String> REQUIRED = List.of("time", "lat", "lon", "cruise", "tow",
      "frac", "dwt");

  /**
   * Reading options.
   *
   * @param dayStart local time (HST) from which a tow counts as a day tow, inclusive
   * @param dayEnd local time (HST) at which day tows end, exclusive; after {@code dayStart}
   * @param strict true to fail on a tow with a missing or negative fraction instead of skipping it
   */
  public record Options(LocalTime dayStart, LocalTime dayEnd, boolean strict) {
    /** Validates the day window. */
    public Options {
      Objects.requireNonNull(dayStart, "dayStart");
      Objects.requireNonNull(dayEnd, "dayEnd");
      if (!dayEnd.isAfter(dayStart)) {
        throw new IllegalArgumentException(
            "HOT day window: dayEnd must be after dayStart, but was " + dayStart + ".." + dayEnd);
      }
    }

    /** [06:00, 18:00) HST, skipping incomplete tows. */
    public static Options defaults() {
      return new Options(LocalTime.of(6, 0), LocalTime.of(18, 0), false);
    }

    public Options withStrict(boolean v) {
      return new Options(dayStart, dayEnd, v);
    }
  }

  private HotZooplanktonReader() {
  }

  /** Reads with {@link Options#defaults()}. */
  public static ObservationSet read(Path file) {
    return read(file, Options.defaults());
  }

  /**
   * Reads the file: one observation per complete tow, numbered by the file line of its first row.
   *
   * @throws IllegalArgumentException naming the file, line and column for bad input
   */
  public static ObservationSet read(Path file, Options options) {
    String name = file.toString();
    Map<String, Tow> tows = new LinkedHashMap<>();
    try (CsvReader r = CsvReader.open(file)) {
      CsvRecord header = r.next();
      if (header == null) {
        throw new IllegalArgumentException(name + ": file is empty, expected a header with " + REQUIRED);
      }
      String[] h = header.toArray();
      Map<String, Integer> col = new HashMap<>();
      for (int i = 0; i < h.length; i++) {
        col.put(h[i].trim(), i);
      }
      for (String c : REQUIRED) {
        if (!col.containsKey(c)) {
          throw new IllegalArgumentException(String.format(
              "%s: missing column '%s'; a HOT zooplankton file has %s", name, c, REQUIRED));
        }
      }
      for (CsvRecord row = r.next(); row != null; row = r.next()) {
        int lineNo = (int) row.line();
        String[] f = row.toArray();
        String where = name + " line " + lineNo;
        if (f.length != h.length) {
          throw new IllegalArgumentException(String.format(
              "%s: expected %d fields (as in the header), but found %d", where, h.length, f.length));
        }
        String key = f[col.get("cruise")].trim() + " tow " + f[col.get("tow")].trim();
        Tow tow = tows.get(key);
        if (tow == null) {
          tow = new Tow(key, lineNo, time(f[col.get("time")], where),
              ObservationCsvReader.number(f[col.get("lat")], where, "lat"),
              ObservationCsvReader.number(f[col.get("lon")], where, "lon"));
          tows.put(key, tow);
        } else if (!tow.time.equals(time(f[col.get("time")], where))) {
          throw new IllegalArgumentException(String.format("%s, column 'time': %s started at %s "
              + "(line %d), but this fraction says %s", where, key, tow.time, tow.line,
              f[col.get("time")]));
        }
        tow.add(f[col.get("dwt")], where, options.strict());
      }
    }
    return build(file, tows, options);
  }

  private static ObservationSet build(Path file, Map<String, Tow> tows, Options options) {
    String name = file.toString();
    double factor = units(file);
    ObservationSet.Builder out = ObservationSet.builder(name, "line");
    List<String> skipped = new ArrayList<>();
    for (Tow t : tows.values()) {
      if (t.problem != null) {
        skipped.add(t.key + " (line " + t.line + ": " + t.problem + ")");
        continue;
      }
      LocalTime clock = t.time.toLocalTime();
      Period p = !clock.isBefore(options.dayStart()) && clock.isBefore(options.dayEnd())
          ? Period.DAY : Period.NIGHT;
      out.add(t.time.toLocalDate(), t.lat, t.lon, t.sum * factor, p, null, t.line);
    }
    out.note(String.format("%s: %d tows read, %d kept (sum of size fractions of dwt); day = local "
        + "(HST) tow time in [%s, %s)", name, tows.size(), out.size(), options.dayStart(),
        options.dayEnd()));
    if (!skipped.isEmpty()) {
      out.note(skipped.size() + " tows skipped for a missing or negative fraction: "
          + String.join("; ", skipped));
    }
    return out.build();
  }

  /** The factor from the meta file's unit of dwt to g m⁻² (1 when there is no meta file). */
  private static double units(Path file) {
    String base = file.getFileName().toString().replaceFirst("\\.csv$", "");
    Path meta = file.resolveSibling(base + "_meta.csv");
    if (!Files.isRegularFile(meta)) {
      return 1.0;
    }
    try (CsvReader r = CsvReader.of(meta.toString(),
        Files.newBufferedReader(meta, StandardCharsets.ISO_8859_1))) {
      List<CsvRecord> lines = r.rest();
      List<String> h = lines.isEmpty() ? List.of() : lines.get(0).fields();
      int var = h.indexOf("Variable");
      int unit = h.indexOf("Unit");
      for (CsvRecord l : lines.subList(Math.min(1, lines.size()), lines.size())) {
        String[] f = l.toArray();
        if (var >= 0 && unit >= 0 && f.length > Math.max(var, unit) && f[var].equals("dwt")) {
          return ObservationUnits.toGramsPerSquareMetre(f[unit], Double.NaN,
              meta + ", variable 'dwt'");
        }
      }
      throw new IllegalArgumentException(meta + ": no 'Unit' of variable 'dwt'");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + meta, e);
    }
  }

  private static LocalDateTime time(String text, String where) {
    try {
      return LocalDateTime.parse(text.trim().replace(' ', 'T'));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(String.format("%s, column 'time': expected a local "
          + "date-time yyyy-MM-ddTHH:mm:ss, but found '%s'", where, text));
    }
  }

  /** The fractions of one tow seen so far. */
  private static final class Tow {
    final String key;
    final int line;
    final LocalDateTime time;
    final double lat;
    final double lon;
    double sum;
    String problem;

    Tow(String key, int line, LocalDateTime time, double lat, double lon) {
      this.key = key;
      this.line = line;
      this.time = time;
      this.lat = lat;
      this.lon = lon;
    }

    void add(String dwt, String where, boolean strict) {
      String issue;
      if (dwt.isBlank()) {
        issue = "a fraction has no dry weight";
      } else {
        double v = ObservationCsvReader.number(dwt, where, "dwt");
        if (v >= 0) {
          sum += v;
          return;
        }
        issue = "a fraction has a negative dry weight " + v;
      }
      if (strict) {
        throw new IllegalArgumentException(String.format("%s, column 'dwt': %s (%s); expected a dry "
            + "weight ≥ 0 in every size fraction", where, issue, key));
      }
      if (problem == null) {
        problem = issue;
      }
    }
  }
}
