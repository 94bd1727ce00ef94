package io.github.seapopym4j.internal.csv;

import java.util.List;
import java.util.Map;

/**
 * One record of a CSV file: its fields, the file and 1-based line where it starts, and (when the
 * file has a header) the column names, so fields read by name and errors name the column.
 */
public final class CsvRecord {

  private final String source;
  private final long line;
  private final List<String> fields;
  private final Map<String, Integer> columns;

  CsvRecord(String source, long line, List<String> fields, Map<String, Integer> columns) {
    this.source = source;
    this.line = line;
    this.fields = List.copyOf(fields);
    this.columns = columns;
  }

  /** The file (or other source) name. */
  public String source() {
    return source;
  }

  /** The 1-based line on which the record starts. */
  public long line() {
    return line;
  }

  /** The fields, unquoted. */
  public List<String> fields() {
    return fields;
  }

  /** The fields as an array (a copy). */
  public String[] toArray() {
    return fields.toArray(new String[0]);
  }

  public int size() {
    return fields.size();
  }

  public String get(int i) {
    return fields.get(i);
  }

  /** The field of {@code column} (a header name). */
  public String get(String column) {
    Integer i = columns.get(column);
    if (i == null) {
      throw new IllegalArgumentException(CsvFormatException.message(source, 0, null,
          "a column '" + column + "' in the header", columns.keySet().toString()));
    }
    return i < fields.size() ? fields.get(i) : "";
  }

  /** The field of {@code column} as a number ({@code NaN}, {@code Infinity} accepted). */
  public double number(String column) {
    String text = get(column).strip();
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw error(column, "a number", "'" + text + "'");
    }
  }

  /** The field of {@code column} as an integer. */
  public int integer(String column) {
    String text = get(column).strip();
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw error(column, "an integer", "'" + text + "'");
    }
  }

  /** Fails unless the record has {@code expected} fields. */
  public CsvRecord requireSize(int expected) {
    if (fields.size() != expected) {
      throw error(null, expected + " fields", Integer.toString(fields.size()));
    }
    return this;
  }

  /** An error at this record: {@code FILE: line N, column 'C': expected X, found Y}. */
  public CsvFormatException error(String column, String expected, String found) {
    return new CsvFormatException(source, line, column, expected, found);
  }

  @Override
  public String toString() {
    return source + ":" + line + " " + fields;
  }
}
