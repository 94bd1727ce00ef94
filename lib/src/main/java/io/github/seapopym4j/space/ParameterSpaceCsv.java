package io.github.seapopym4j.space;

import io.github.seapopym4j.model.GroupParameter;
import io.github.seapopym4j.space.ParamSpec.Fixed;
import io.github.seapopym4j.space.ParamSpec.Free;
import io.github.seapopym4j.internal.AtomicFiles;
import io.github.seapopym4j.internal.csv.CsvReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes a parameter-space file: a CSV with header {@code group,parameter,value,min,max}
 * and one row per group parameter (names as in the groups file). A row with {@code value} fixes the
 * parameter; a row with {@code min} and {@code max} frees it within those closed bounds.
 *
 * <pre>
 * group,parameter,value,min,max
 * D1N1,energy_transfert,,0,0.5
 * D1N1,day_layer,1,,
 * ...
 * </pre>
 *
 * <p>Every error names the file, the line (1-based, the header is line 1), the column, what was
 * expected and what was found.
 */
public final class ParameterSpaceCsv {

  /** The required header. */
  public static final String HEADER = "group,parameter,value,min,max";

  private ParameterSpaceCsv() {}

  /** Reads {@code file}; any group name is accepted. */
  public static ParameterSpace read(Path file) {
    return read(file, null);
  }

  /**
   * Reads {@code file}, accepting only the groups named in {@code knownGroups} (null: any).
   *
   * @throws IllegalArgumentException for malformed content, naming file, line, column, expected
   *     and found
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ParameterSpace read(Path file, Collection<String> knownGroups) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read parameter space file " + file, e);
    }
    if (lines.isEmpty() || !CsvReader.stripBom(lines.get(0)).trim().equals(HEADER)) {
      throw new IllegalArgumentException(String.format("%s line 1: expected header '%s', found '%s'",
          file, HEADER, lines.isEmpty() ? "" : lines.get(0)));
    }
    Map<String, EnumMap<GroupParameter, ParamSpec>> groups = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      Row r = new Row(file, i + 1,
          CsvReader.split(lines.get(i), file.toString(), i + 1).toArray(new String[0]));
      String group = r.text(0, "group");
      GroupParameter p = GroupParameter.byCsvName(r.text(1, "parameter")).orElseThrow(() -> r.error(
          "parameter", "one of " + GroupParameter.csvNames(), "'" + r.cells[1].trim() + "'"));
      if (knownGroups != null && !knownGroups.contains(group)) {
        throw r.error("group", "one of " + knownGroups, "'" + group + "'");
      }
      EnumMap<GroupParameter, ParamSpec> specs = groups.computeIfAbsent(group,
          g -> new EnumMap<>(GroupParameter.class));
      if (specs.containsKey(p)) {
        throw r.error("parameter", "one row per parameter of group '" + group + "'",
            "a second row for " + p.csvName());
      }
      specs.put(p, r.spec(group, p));
    }
    if (groups.isEmpty()) {
      throw new IllegalArgumentException(file + ": expected at least one row after the header, "
          + "found none");
    }
    List<GroupSpace> out = new ArrayList<>();
    for (Map.Entry<String, EnumMap<GroupParameter, ParamSpec>> e : groups.entrySet()) {
      List<String> missing = GroupParameter.csvNamesMissingFrom(e.getValue().keySet());
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(String.format(
            "%s: group '%s' has no row for %s; expected one row per parameter %s", file, e.getKey(),
            missing, GroupParameter.csvNames()));
      }
      out.add(new GroupSpace(e.getKey(), e.getValue()));
    }
    if (out.stream().allMatch(g -> g.specs().values().stream().allMatch(s -> s instanceof Fixed))) {
      throw new IllegalArgumentException(file + ": expected at least one free parameter (a row with "
          + "min and max), found only fixed values");
    }
    return ParameterSpace.of(out);
  }

  /** Writes {@code space} to {@code file} in the format {@link #read} reads. */
  public static void write(ParameterSpace space, Path file) {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (GroupSpace g : space.groups()) {
      for (GroupParameter p : GroupParameter.values()) {
        b.append(g.name()).append(',').append(p.csvName()).append(',');
        ParamSpec s = g.specs().get(p);
        if (s instanceof Fixed f) {
          b.append(p.calibratable() ? Double.toString(f.value()) : Long.toString((long) f.value()))
              .append(",,");
        } else if (s instanceof Free f) {
          b.append(',').append(f.min()).append(',').append(f.max());
        }
        b.append('\n');
      }
    }
    AtomicFiles.write(file, w -> w.write(b.toString()));
  }

  /** One data row, with its location for error messages. */
  private static final class Row {
    private static final String[] COLUMNS = HEADER.split(",");
    private final Path file;
    private final int line;
    private final String[] cells;

    Row(Path file, int line, String[] cells) {
      this.file = file;
      this.line = line;
      this.cells = cells;
      if (cells.length != COLUMNS.length) {
        throw new IllegalArgumentException(String.format(
            "%s line %d: expected %d columns (%s), found %d", file, line, COLUMNS.length, HEADER,
            cells.length));
      }
    }

    IllegalArgumentException error(String column, String expected, String found) {
      return new IllegalArgumentException(String.format("%s line %d, column '%s': expected %s, found %s",
          file, line, column, expected, found));
    }

    String text(int col, String column) {
      String s = cells[col].trim();
      if (s.isEmpty()) {
        throw error(column, "a non-empty " + column + " name", "an empty cell");
      }
      return s;
    }

    /** The number in column {@code col}, or NaN when the cell is empty. */
    double number(int col) {
      String s = cells[col].trim();
      if (s.isEmpty()) {
        return Double.NaN;
      }
      try {
        double v = Double.parseDouble(s);
        if (Double.isFinite(v)) {
          return v;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw error(COLUMNS[col], "a finite number", "'" + s + "'");
    }

    ParamSpec spec(String group, GroupParameter p) {
      double value = number(2);
      double min = number(3);
      double max = number(4);
      boolean hasValue = !Double.isNaN(value);
      boolean hasMin = !Double.isNaN(min);
      boolean hasMax = !Double.isNaN(max);
      String found = String.format("value=%s, min=%s, max=%s", cells[2].trim(), cells[3].trim(),
          cells[4].trim());
      if (!p.calibratable() && !hasValue) {
        throw error("value", p.csvName() + " fixed (layers are integer labels: a value and no "
            + "bounds)", found);
      }
      if (hasValue && (hasMin || hasMax)) {
        throw error(hasMin ? "min" : "max", "either a value (fixed) or min and max (free), not both",
            found);
      }
      if (!hasValue && !(hasMin && hasMax)) {
        throw error(hasMin ? "max" : hasMax ? "min" : "value",
            "either a value (fixed) or min and max (free)", found);
      }
      if (hasValue) {
        if (!p.allows(value)) {
          throw error("value", p.csvName() + " [" + p.unit() + "] " + p.allowedRange(),
              cells[2].trim());
        }
        return new Fixed(value);
      }
      if (min >= max) {
        throw error("max", "a value greater than min (" + cells[3].trim() + ")", cells[4].trim());
      }
      if (!p.allows(min)) {
        throw error("min", p.csvName() + " [" + p.unit() + "] " + p.allowedRange(), cells[3].trim());
      }
      if (!p.allows(max)) {
        throw error("max", p.csvName() + " [" + p.unit() + "] " + p.allowedRange(), cells[4].trim());
      }
      return Free.of(new ParameterName(group, p).toString(), min, max, p.unit());
    }
  }
}
