package io.github.seapopym4j.model;

import io.github.seapopym4j.internal.AtomicFiles;
import io.github.seapopym4j.internal.csv.CsvReader;
import io.github.seapopym4j.internal.csv.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the functional-groups file, a CSV with one group per line and the header
 *
 * <pre>
 * name,energy_transfert,day_layer,night_layer,lambda_temperature_0,gamma_lambda_temperature,tr_0,gamma_tr
 * </pre>
 *
 * (SeapoPym's parameter names; {@code case_functional_groups.csv} of the reference cases). Columns may
 * come in any order; extra columns such as {@code n_cohorts} are ignored. Every problem is reported
 * as an {@link IllegalArgumentException} naming the file, the line, the column, what was expected and
 * what was found.
 */
public final class GroupsCsv {

  /**
   * The required columns, in the order {@link #write} uses: {@code name}, then the {@link
   * GroupParameter} CSV names in declaration order.
   */
  public static final List<String> COLUMNS = columns();

  private GroupsCsv() {}

  private static List<String> columns() {
    List<String> c = new ArrayList<>(List.of("name"));
    c.addAll(GroupParameter.csvNames());
    return List.copyOf(c);
  }

  /** Reads the groups of {@code file}, in file order. */
  public static List<FunctionalGroup> read(Path file) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read groups file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads groups from {@code reader}.
   *
   * @param source the name used in error messages (a file name)
   */
  public static List<FunctionalGroup> read(Reader reader, String source) {
    List<CsvRecord> records;
    try (CsvReader r = CsvReader.of(source, reader)) {
      records = r.rest();
    }
    if (records.isEmpty()) {
      throw new IllegalArgumentException(source + ": expected a header line " + String.join(",", COLUMNS)
          + ", but the file is empty");
    }
    List<String> header = records.get(0).fields();
    long first = records.get(0).line() - 1;
    Map<String, Integer> position = new HashMap<>();
    for (int j = 0; j < header.size(); j++) {
      position.putIfAbsent(header.get(j).trim(), j);
    }
    for (String c : COLUMNS) {
      if (!position.containsKey(c)) {
        throw new IllegalArgumentException(String.format(
            "%s: line %d (header): expected a column '%s', but found columns %s", source, first + 1, c,
            header));
      }
    }
    List<FunctionalGroup> groups = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (CsvRecord record : records.subList(1, records.size())) {
      int line = (int) record.line();
      List<String> fields = record.fields();
      if (fields.size() != header.size()) {
        throw new IllegalArgumentException(String.format(
            "%s: line %d: expected %d fields as in the header, but found %d", source, line,
            header.size(), fields.size()));
      }
      FunctionalGroup g = parse(new Row(source, line, fields, position));
      Integer before = seen.putIfAbsent(g.name(), line);
      if (before != null) {
        throw new IllegalArgumentException(String.format(
            "%s: line %d, column 'name': expected a unique group name, but found '%s' again (first on line %d)",
            source, line, g.name(), before));
      }
      groups.add(g);
    }
    if (groups.isEmpty()) {
      throw new IllegalArgumentException(source + ": expected at least one functional group after the "
          + "header, but found none");
    }
    return List.copyOf(groups);
  }

  private static FunctionalGroup parse(Row row) {
    FunctionalGroup.Builder b = FunctionalGroup.builder(row.text("name"));
    for (GroupParameter p : GroupParameter.values()) {
      b.set(p, p.calibratable() ? row.number(p.csvName()) : row.integer(p.csvName()));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException(row.source + ": line " + row.line + ": " + ex.getMessage(), ex);
    }
  }

  /**
   * Writes {@code groups} to {@code file} atomically, with the header {@link #COLUMNS}; numbers are
   * written so they read back to the same doubles.
   */
  public static void write(Path file, List<FunctionalGroup> groups) {
    StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append('\n');
    for (FunctionalGroup g : groups) {
      sb.append(CsvReader.quote(g.name()));
      for (GroupParameter p : GroupParameter.values()) {
        sb.append(',');
        if (p.calibratable()) {
          sb.append(p.valueOf(g));
        } else {
          sb.append((int) p.valueOf(g));
        }
      }
      sb.append('\n');
    }
    AtomicFiles.write(file, w -> w.write(sb.toString()));
  }

  /** One data line with its position, for error messages. */
  private record Row(String source, int line, List<String> fields, Map<String, Integer> position) {

    String text(String column) {
      String v = fields.get(position.get(column)).trim();
      if (v.isEmpty()) {
        throw error(column, "a non-empty value", v);
      }
      return v;
    }

    double number(String column) {
      String v = text(column);
      try {
        return Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw error(column, "a number", v);
      }
    }

    int integer(String column) {
      String v = text(column);
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        try {
          double d = Double.parseDouble(v);
          if (d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) {
            return (int) d;
          }
        } catch (NumberFormatException ignored) {
          // reported below
        }
        throw error(column, "an integer layer label", v);
      }
    }

    IllegalArgumentException error(String column, String expected, String found) {
      return new IllegalArgumentException(String.format(
          "%s: line %d, column '%s': expected %s, but found '%s'", source, line, column, expected, found));
    }
  }
}
