package io.github.seapopym4j.internal.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The project's one CSV tokenizer (RFC 4180): comma-separated fields; a field that starts with a
 * double quote (after optional blanks) is quoted, may hold commas, line breaks and {@code ""} for a
 * literal quote; {@code \n}, {@code \r\n} and {@code \r} end records; a leading byte-order mark is
 * dropped; blank lines are skipped. Every record knows its file and 1-based line, and errors read
 * {@code FILE: line N, column 'C': expected X, found Y} ({@link CsvFormatException}).
 *
 * <p>Not thread-safe; close it (or use {@link #readAll(Path)}). The forcing reader {@code
 * forcing.LongCsvReader} keeps its own tuned fast path and shares only the error format.
 */
public final class CsvReader implements Closeable {

  /** The Unicode byte-order mark, as it appears at the start of a decoded text. */
  public static final char BOM = '\uFEFF';
  /**
   * The most characters one record may hold (1 Mi): a longer one (a file with no line breaks, a
   * binary file) is an error rather than a buffer that grows with the file.
   */
  public static final int MAX_RECORD_CHARS = 1 << 20;

  private final String source;
  private final Reader in;
  private char[] buf = new char[8192];
  private int pos;
  private int len;
  private long line = 1;
  private boolean started;
  private Map<String, Integer> columns = Map.of();
  private String end = "the end of the file";

  private CsvReader(String source, Reader in) {
    this.source = source;
    this.in = in;
  }

  /** Opens {@code file} as UTF-8 text, gunzipped when its name ends in {@code .gz}. */
  public static CsvReader open(Path file) {
    try {
      InputStream s = Files.newInputStream(file);
      if (file.getFileName().toString().endsWith(".gz")) {
        s = new GZIPInputStream(s, 1 << 16);
      }
      return new CsvReader(file.toString(), new InputStreamReader(s, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Reads {@code in}; {@code source} names it in records and errors. */
  public static CsvReader of(String source, Reader in) {
    return new CsvReader(source, in);
  }

  /** Every record of {@code file}, the header (if any) included as the first. */
  public static List<CsvRecord> readAll(Path file) {
    try (CsvReader r = open(file)) {
      return r.rest();
    }
  }

  /**
   * The records of {@code file} after its header, which must be exactly {@code header} (the fields
   * joined by commas).
   *
   * @throws IllegalArgumentException {@code FILE line 1: expected header 'H', found 'F'}
   */
  public static List<CsvRecord> readAll(Path file, String header) {
    List<CsvRecord> records = readAll(file);
    String head = records.isEmpty() ? "" : String.join(",", records.get(0).fields());
    if (!head.equals(header)) {
      throw new IllegalArgumentException(String.format("%s line 1: expected header '%s', found '%s'",
          file, header, head));
    }
    return records.subList(1, records.size());
  }

  /**
   * Splits one line (no line breaks inside; a leading byte-order mark dropped) into unquoted fields;
   * {@code source} and {@code line} name it in errors (an unclosed quote).
   */
  public static List<String> split(String text, String source, long line) {
    try (CsvReader r = new CsvReader(source, Reader.nullReader())) {
      r.buf = stripBom(text).toCharArray();
      r.len = r.buf.length;
      r.line = line;
      r.started = true;
      r.end = "the end of the line";
      List<String> fields = r.record();
      return fields == null ? List.of("") : fields;
    }
  }

  /** {@code text} without a leading byte-order mark. */
  public static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
  }

  /** {@code s} as one CSV field: quoted (with {@code ""}) only if it holds a comma, quote, line
   * break or leading/trailing blanks. */
  public static String quote(String s) {
    boolean plain = s.strip().equals(s);
    for (int i = 0; i < s.length() && plain; i++) {
      char c = s.charAt(i);
      plain = c != ',' && c != '"' && c != '\n' && c != '\r';
    }
    return plain ? s : '"' + s.replace("\"", "\"\"") + '"';
  }

  /** The file (or other source) name. */
  public String source() {
    return source;
  }

  /**
   * Reads the next record as the header: its fields (blanks stripped) name the columns of the
   * following records.
   *
   * @throws CsvFormatException if the file is empty or repeats a column name
   */
  public List<String> header() {
    CsvRecord r = next();
    if (r == null) {
      throw new CsvFormatException(source, 1, null, "a header line", "an empty file");
    }
    Map<String, Integer> m = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < r.size(); i++) {
      String name = r.get(i).strip();
      if (m.putIfAbsent(name, i) != null) {
        throw r.error(name, "distinct column names", "'" + name + "' twice");
      }
      names.add(name);
    }
    columns = Collections.unmodifiableMap(m);
    return List.copyOf(names);
  }

  /** The next non-blank record, or null at the end. */
  public CsvRecord next() {
    while (true) {
      long start = line;
      List<String> fields = record();
      if (fields == null) {
        return null;
      }
      if (fields.size() > 1 || !fields.get(0).isBlank()) {
        return new CsvRecord(source, start, fields, columns);
      }
    }
  }

  /** Every remaining record. */
  public List<CsvRecord> rest() {
    List<CsvRecord> out = new ArrayList<>();
    for (CsvRecord r = next(); r != null; r = next()) {
      out.add(r);
    }
    return out;
  }

  /** The fields of the next physical record, or null at the end of input. */
  private List<String> record() {
    int c = read();
    if (!started) {
      started = true;
      if (c == BOM) {
        c = read();
      }
    }
    if (c < 0) {
      return null;
    }
    long start = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    long chars = 0;
    while (true) {
      if (++chars > MAX_RECORD_CHARS) {
        throw tooLong(start, fields, field);
      }
      if (quoted) {
        if (c < 0) {
          throw new CsvFormatException(source, start, null, "a closing double quote", end);
        } else if (c == '"') {
          int d = read();
          if (d == '"') {
            field.append('"');
          } else {
            quoted = false;
            c = d;
            continue;
          }
        } else {
          if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
          }
          field.append((char) c);
        }
      } else if (c < 0 || c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        if (c >= 0) {
          line++;
        }
        fields.add(field.toString());
        return fields;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '"' && !wasQuoted && field.toString().isBlank()) {
        quoted = true;
        wasQuoted = true;
        field.setLength(0);
      } else {
        field.append((char) c);
      }
      c = read();
    }
  }

  private CsvFormatException tooLong(long start, List<String> fields, StringBuilder field) {
    String begin = fields.isEmpty() ? field.toString() : fields.get(0);
    return new CsvFormatException(source, start, null, String.format("a record of at most %d "
        + "characters (is it a text CSV file with line breaks?)", MAX_RECORD_CHARS),
        "a longer one, starting '" + begin + "'");
  }

  private int read() {
    if (pos == len && !fill()) {
      return -1;
    }
    return buf[pos++];
  }

  private int peek() {
    if (pos == len && !fill()) {
      return -1;
    }
    return buf[pos];
  }

  private boolean fill() {
    try {
      int n = in.read(buf, 0, buf.length);
      if (n <= 0) {
        return false;
      }
      pos = 0;
      len = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + source, e);
    }
  }
}
