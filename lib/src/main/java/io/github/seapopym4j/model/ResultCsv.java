package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.TimeAxis;
import io.github.seapopym4j.internal.AtomicFiles;
import io.github.seapopym4j.internal.Numbers;
import io.github.seapopym4j.internal.csv.CsvFormatException;
import io.github.seapopym4j.internal.csv.CsvReader;
import io.github.seapopym4j.internal.csv.CsvRecord;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Long CSV export in the format of the SeapoPym v0.1 reference files: {@code time,lat,lon,group,value}
 * ({@code time,lat,lon,value} for day length), rows in [group, time, lat, lon] order, group the
 * 0-based group index, ISO dates, numbers as C's {@code %.17g} (17 significant digits, so they read
 * back exactly), NaN as {@code NaN}. Files are written atomically, and {@link #read} reads them
 * back (and the reference files, gzipped or not).
 */
public final class ResultCsv {

  private static final String PER_GROUP = "time,lat,lon,group,value";
  private static final String SHARED = "time,lat,lon,value";

  private ResultCsv() {}

  /** Writes {@code variable} of {@code out} to {@code file}. */
  public static void write(ModelOutput out, OutputVariable variable, Path file) {
    AtomicFiles.write(file, w -> write(out, variable, w));
  }

  /** Writes every {@link OutputVariable} into {@code directory} under its {@link
   * OutputVariable#fileName()}; each file is atomic. */
  public static void writeAll(ModelOutput out, Path directory) {
    writeAll(out, directory, java.util.List.of(OutputVariable.values()));
  }

  /** Writes {@code variables} into {@code directory} under their file names; each file is atomic. */
  public static void writeAll(ModelOutput out, Path directory,
      java.util.List<OutputVariable> variables) {
    for (OutputVariable v : variables) {
      write(out, v, directory.resolve(v.fileName()));
    }
  }

  /** Writes {@code variable} of {@code out} as CSV text to {@code w}. */
  public static void write(ModelOutput out, OutputVariable variable, Writer w) throws IOException {
    TimeAxis time = out.time();
    double[] lat = out.latitude();
    double[] lon = out.longitude();
    String[] latText = text(lat);
    String[] lonText = text(lon);
    int groups = variable.perGroup() ? out.groups().size() : 1;
    w.write((variable.perGroup() ? PER_GROUP : SHARED) + "\n");
    StringBuilder line = new StringBuilder(96);
    for (int g = 0; g < groups; g++) {
      for (int t = 0; t < time.size(); t++) {
        String date = time.date(t).toString();
        for (int y = 0; y < lat.length; y++) {
          for (int x = 0; x < lon.length; x++) {
            line.setLength(0);
            line.append(date).append(',').append(latText[y]).append(',').append(lonText[x]).append(',');
            if (variable.perGroup()) {
              line.append(g).append(',');
            }
            line.append(Numbers.g17(variable.value(out, g, t, y, x))).append('\n');
            w.append(line);
          }
        }
      }
    }
  }

  /**
   * Reads a long CSV written by {@link #write} or a SeapoPym v0.1 reference file ({@code .gz} is
   * gunzipped): header {@code time,lat,lon,group,value} or {@code time,lat,lon,value}, one row per
   * group, date and cell in any order; {@code time} may carry a time of day after the date.
   *
   * @throws IllegalArgumentException as {@code FILE: line N, column 'C': expected X, found Y} for bad
   *     content, a missing or repeated row
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static OutputField read(Path file) {
    return readChecked(file, null);
  }

  /**
   * {@link #read(Path)} of a file of {@code variable}, whose header must be that variable's ({@code
   * time,lat,lon,group,value} or, for day length, {@code time,lat,lon,value}).
   */
  public static OutputField read(Path file, OutputVariable variable) {
    return readChecked(file, variable.perGroup());
  }

  private static OutputField readChecked(Path file, Boolean groupColumn) {
    List<CsvRecord> rows;
    boolean perGroup;
    try (CsvReader r = CsvReader.open(file)) {
      String header = String.join(",", r.header());
      perGroup = header.equals(PER_GROUP);
      if (!perGroup && !header.equals(SHARED) || groupColumn != null && groupColumn != perGroup) {
        String expected = groupColumn == null ? PER_GROUP + "' or '" + SHARED
            : groupColumn ? PER_GROUP : SHARED;
        throw new CsvFormatException(file.toString(), 1, null, "the header '" + expected + "'",
            "'" + header + "'");
      }
      rows = r.rest();
    }
    if (rows.isEmpty()) {
      throw new CsvFormatException(file.toString(), 0, null, "rows after the header", "none");
    }
    Map<String, LocalDate> dates = new HashMap<>();
    TreeSet<LocalDate> times = new TreeSet<>();
    TreeSet<Double> lats = new TreeSet<>();
    TreeSet<Double> lons = new TreeSet<>();
    int[] group = new int[rows.size()];
    int groups = 1;
    for (int i = 0; i < rows.size(); i++) {
      CsvRecord row = rows.get(i).requireSize(perGroup ? 5 : 4);
      times.add(dates.computeIfAbsent(row.get(0), s -> date(row)));
      lats.add(row.number("lat"));
      lons.add(row.number("lon"));
      if (perGroup) {
        group[i] = groupIndex(row);
        groups = Math.max(groups, group[i] + 1);
      }
    }
    TimeAxis axis = TimeAxis.of(List.copyOf(times), file.toString());
    double[] lat = lats.stream().mapToDouble(Double::doubleValue).toArray();
    double[] lon = lons.stream().mapToDouble(Double::doubleValue).toArray();
    int nt = axis.size();
    double[] values = new double[groups * nt * lat.length * lon.length];
    Arrays.fill(values, Double.NaN);
    boolean[] seen = new boolean[values.length];
    for (int i = 0; i < rows.size(); i++) {
      CsvRecord row = rows.get(i);
      int t = axis.indexOf(dates.get(row.get(0)));
      int y = Arrays.binarySearch(lat, row.number("lat"));
      int x = Arrays.binarySearch(lon, row.number("lon"));
      int k = ((group[i] * nt + t) * lat.length + y) * lon.length + x;
      if (seen[k]) {
        throw row.error(null, "one row per group, date and cell", "one that repeats group "
            + group[i] + " at " + row.get(0) + ", lat " + row.get(1) + ", lon " + row.get(2));
      }
      seen[k] = true;
      values[k] = row.get("value").strip().equalsIgnoreCase("nan") ? Double.NaN : row.number("value");
    }
    if (rows.size() != values.length) {
      throw new CsvFormatException(file.toString(), 0, null, String.format("one row per group, "
          + "date and cell (%d groups × %d dates × %d lat × %d lon = %d)", groups, nt, lat.length,
          lon.length, values.length), rows.size() + " rows");
    }
    return new OutputField(file.toString(), axis, lat, lon, groups, perGroup, values);
  }

  private static LocalDate date(CsvRecord row) {
    String text = row.get(0).strip();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw row.error("time", "an ISO date (yyyy-MM-dd)", "'" + text + "'");
    }
  }

  private static int groupIndex(CsvRecord row) {
    String text = row.get("group").strip();
    try {
      int g = Integer.parseInt(text);
      if (g >= 0) {
        return g;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw row.error("group", "a group index ≥ 0", "'" + text + "'");
  }

  private static String[] text(double[] values) {
    return Arrays.stream(values).mapToObj(Numbers::g17).toArray(String[]::new);
  }
}
