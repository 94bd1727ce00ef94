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
    return b.append(": expected ").append(expected).append(", found ").append(excerpt(found))
        .toString();
  }

  private static final char REPLACEMENT = (char) 0xFFFD;

  /** The most characters of found text a message quotes. */
  public static final int EXCERPT_LENGTH = 100;

  /**
   * {@code text} as a message may quote it: control characters (a binary file's bytes) escaped as
   * backslash-u and four hex digits (newline, return and tab as backslash-n, -r, -t), cut once
   * {@value #EXCERPT_LENGTH} characters are quoted with "… (N characters)" appended, so an error never echoes a whole line or raw bytes.
   */
  public static String excerpt(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder();
    int n = 0;
    for (; n < text.length() && b.length() < EXCERPT_LENGTH; n++) {
      int i = n;
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == REPLACEMENT || Character.getType(c) == Character.FORMAT
              && c != CsvReader.BOM) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    if (text.length() > n) {
      b.append("… (").append(text.length()).append(" characters)");
    }
    return b.toString();
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
