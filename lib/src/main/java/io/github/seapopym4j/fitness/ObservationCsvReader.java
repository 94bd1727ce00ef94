package io.github.seapopym4j.fitness;

import io.github.seapopym4j.internal.csv.CsvReader;
import io.github.seapopym4j.internal.csv.CsvRecord;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's long observation CSV.
 *
 * <pre>
 * time,lat,lon,value[,period][,group][,unit]
 * 2000-01-15,22.75,-158.0,0.61,day,,
 * 2000-01-15,22.75,-158.0,1.02,night,,
 * 2000-02-01,22.75,-158.0,0.80,,D1N1,g/m2
 * </pre>
 *
 * <ul>
 *   <li>{@code time}: an ISO date {@code yyyy-MM-dd}, or a date-time ({@code yyyy-MM-ddTHH:mm[:ss]}
 *       or with a space) whose date is kept;
 *   <li>{@code lat} [°N], {@code lon} [°E]; {@code value}: finite and ≥ 0, in the row's unit;
 *   <li>{@code period}: {@code day}, {@code night} or empty; {@code group}: a group name or empty. A
 *       row with neither compares with the total biomass of all groups at that cell and date;
 *   <li>{@code unit}: the unit of the row (default: the reader's default unit, g/m2); a concentration
 *       needs an integration depth (see {@link ObservationUnits}).
 * </ul>
 * Any other column, a missing required column, a field that does not parse or a negative value is an
 * error naming the file, the line and the column.
 */
public final class ObservationCsvReader {

  /** Columns every file must have. */
  public static final List<String> REQUIRED = List.of("time", "lat", "lon", "value");
  /** Columns a file may have. */
  public static final List<String> OPTIONAL = List.of("period", "group", "unit");

  private ObservationCsvReader() {
  }

  /** Reads a file whose values are in g m⁻² unless a {@code unit} column says otherwise. */
  public static ObservationSet read(Path file) {
    return read(file, ObservationUnits.MODEL_UNIT, Double.NaN);
  }

  /**
   * Reads a file.
   *
   * @param defaultUnit the unit of rows without a {@code unit} field
   * @param integrationDepthMetres the depth to integrate concentrations over [m], or NaN if none
   * @throws IllegalArgumentException naming the file, line and column for any bad input
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ObservationSet read(Path file, String defaultUnit, double integrationDepthMetres) {
    String name = file.toString();
    ObservationSet.Builder out = ObservationSet.builder(name, "line");
    try (CsvReader r = CsvReader.open(file)) {
      CsvRecord headerLine = r.next();
      if (headerLine == null) {
        throw new IllegalArgumentException(name + ": file is empty, expected a header "
            + String.join(",", REQUIRED));
      }
      Map<String, Integer> col = header(name, headerLine.toArray());
      Map<String, Double> factors = new HashMap<>();
      for (CsvRecord row = r.next(); row != null; row = r.next()) {
        int lineNo = (int) row.line();
        String[] f = row.toArray();
        String where = name + " line " + lineNo;
        if (f.length != col.size()) {
          throw new IllegalArgumentException(String.format(
              "%s: expected %d fields (as in the header), but found %d", where, col.size(), f.length));
        }
        String unit = col.containsKey("unit") && !f[col.get("unit")].isBlank()
            ? f[col.get("unit")].trim() : defaultUnit;
        double factor = factors.computeIfAbsent(unit, u -> ObservationUnits.toGramsPerSquareMetre(u,
            integrationDepthMetres, where + ", column 'unit'"));
        double value = number(f[col.get("value")], where, "value");
        if (value < 0) {
          throw new IllegalArgumentException(String.format(
              "%s, column 'value': biomass must be ≥ 0, but was %s", where, value));
        }
        Period period = col.containsKey("period") ? Period.parse(f[col.get("period")], where)
            : Period.NONE;
        String group = col.containsKey("group") ? f[col.get("group")] : null;
        out.add(date(f[col.get("time")], where), number(f[col.get("lat")], where, "lat"),
            number(f[col.get("lon")], where, "lon"), value * factor, period, group, lineNo);
      }
    }
    return out.build();
  }

  private static Map<String, Integer> header(String name, String[] fields) {
    Map<String, Integer> col = new HashMap<>();
    for (int i = 0; i < fields.length; i++) {
      String c = fields[i].trim();
      if (!REQUIRED.contains(c) && !OPTIONAL.contains(c)) {
        throw new IllegalArgumentException(String.format("%s: unknown column '%s' in the header; "
            + "expected %s and optionally %s", name, c, REQUIRED, OPTIONAL));
      }
      if (col.put(c, i) != null) {
        throw new IllegalArgumentException(name + ": column '" + c + "' appears twice in the header");
      }
    }
    for (String c : REQUIRED) {
      if (!col.containsKey(c)) {
        throw new IllegalArgumentException(String.format(
            "%s: missing column '%s' in the header; expected %s", name, c, REQUIRED));
      }
    }
    return col;
  }

  /** Parses an ISO date or date-time and keeps the date. */
  static LocalDate date(String text, String where) {
    String t = text.trim();
    try {
      if (t.length() > 10 && (t.charAt(10) == 'T' || t.charAt(10) == ' ')) {
        String time = t.substring(11);
        LocalTime.parse(time.endsWith("Z") ? time.substring(0, time.length() - 1) : time);
        return LocalDate.parse(t.substring(0, 10));
      }
      return LocalDate.parse(t);
    } catch (DateTimeParseException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException(String.format("%s, column 'time': expected an ISO date "
          + "(yyyy-MM-dd, optionally with a time), but found '%s'", where, text));
    }
  }

  static double number(String text, String where, String column) {
    try {
      double v = Double.parseDouble(text.trim());
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(String.format(
          "%s, column '%s': expected a finite number, but found '%s'", where, column, text));
    }
  }
}
