package io.github.seapopym4j.internal.csv;

/**
 * Bad content in a CSV file, with the one message format of the project's readers:
 * {@code FILE: line N, column 'C': expected X, found Y} (the column part only when there is one).
 */
public final class CsvFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;

  /**
   * @param source the file (or other source) name
   * @param line the 1-based line number; ≤ 0 when the problem concerns the whole file
   * @param column the column name, or null
   * @param expected what the reader expected
   * @param found what it found
   */
  public CsvFormatException(String source, long line, String column, String expected, String found) {
    super(message(source, line, column, expected, found));
    this.source = source;
    this.line = line;
  }

  /** The message without constructing an exception (for callers that throw another type). */
  public static String message(String source, long line, String column, String expected,
      String found) {
    StringBuilder b = new StringBuilder(String.valueOf(source));
    if (line > 0) {
      b.append(": line ").append(line);
    }
    if (column != null) {
      b.append(line > 0 ? ", " : ": ").append("column '").append(column).append('\'');
    }
    return b.append(": expected ").append(expected).append(", found ").append(found).toString();
  }

  /** The file (or other source) named in the message. */
  public String source() {
    return source;
  }

  /** The 1-based line number, ≤ 0 for the whole file. */
  public long line() {
    return line;
  }
}
