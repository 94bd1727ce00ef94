package io.github.seapopym4j.forcing;

import io.github.seapopym4j.internal.csv.CsvFormatException;
import io.github.seapopym4j.internal.csv.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The rows of a long CSV forcing file ({@code time,lat,lon[,layer],value}) as parsed columns: each key
 * column holds ids into a dictionary of the distinct strings met, the value column holds numbers.
 *
 * <p>One pass over the raw bytes in 1 MiB blocks, splitting by hand: a key field equal to the
 * previous row's is recognised by comparing bytes, a new one is looked up in a hash map, and the value
 * is parsed by {@link AsciiDecimal} without creating a String. Key strings are parsed once per
 * distinct value by {@link LongCsvReader}. Values may be a number, {@code NaN} (any case) or empty
 * (NaN). Lines end with LF or CRLF; blank lines are skipped. A name ending in {@code .gz} is read
 * through gzip.
 */
final class LongCsvRows {

  /**
   * Distinct strings of one key column, with the line where each first appeared: an open-addressing
   * hash table over the raw bytes, so a known key costs a hash and a byte comparison, no allocation.
   */
  static final class Keys {
    final List<String> strings = new ArrayList<>();
    final List<Integer> firstLine = new ArrayList<>();
    private final List<byte[]> bytes = new ArrayList<>();
    private int[] table = filled(64);

    int id(byte[] b, int from, int to, int lineNo) {
      int h = 1;
      for (int i = from; i < to; i++) {
        h = 31 * h + b[i];
      }
      int mask = table.length - 1;
      for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
        int id = table[slot];
        if (id < 0) {
          id = strings.size();
          bytes.add(Arrays.copyOfRange(b, from, to));
          strings.add(new String(b, from, to - from, StandardCharsets.UTF_8));
          firstLine.add(lineNo);
          table[slot] = id;
          if (2 * strings.size() > table.length) {
            rehash();
          }
          return id;
        }
        byte[] k = bytes.get(id);
        if (Arrays.equals(k, 0, k.length, b, from, to)) {
          return id;
        }
      }
    }

    private void rehash() {
      table = filled(table.length * 2);
      int mask = table.length - 1;
      for (int id = 0; id < bytes.size(); id++) {
        byte[] k = bytes.get(id);
        int h = 1;
        for (byte x : k) {
          h = 31 * h + x;
        }
        int slot = mix(h) & mask;
        while (table[slot] >= 0) {
          slot = (slot + 1) & mask;
        }
        table[slot] = id;
      }
    }

    private static int mix(int h) {
      return h ^ (h >>> 16) ^ (h >>> 7);
    }

    private static int[] filled(int n) {
      int[] t = new int[n];
      Arrays.fill(t, -1);
      return t;
    }
  }

  final Path file;
  final String header;
  final int keyColumns;
  final Keys[] keys;
  int[][] ids;
  double[] values;
  int[] lines;
  int size;
  private final String what;

  private LongCsvRows(Path file, String header, int keyColumns, String what) {
    this.file = file;
    this.header = header;
    this.keyColumns = keyColumns;
    this.what = what;
    this.keys = new Keys[keyColumns];
    this.ids = new int[keyColumns][1024];
    for (int k = 0; k < keyColumns; k++) {
      keys[k] = new Keys();
    }
    this.values = new double[1024];
    this.lines = new int[1024];
  }

  /**
   * Reads the whole file after checking its header.
   *
   * @param expectedHeader e.g. {@code "time,lat,lon,layer,value"}
   * @param otherHeader the header of the other kind of forcing file, to hint at swapped files
   * @param what the variable, named in errors ("temperature")
   * @throws UncheckedIOException when the file is missing or unreadable
   * @throws IllegalArgumentException for a wrong header, a row with the wrong number of columns or a
   *     value that is not a number, naming the file and line
   */
  static LongCsvRows read(Path file, String expectedHeader, String otherHeader, String what) {
    if (!Files.isRegularFile(file)) {
      throw new UncheckedIOException(what + " file " + file + " does not exist or is not a file",
          new NoSuchFileException(file.toString()));
    }
    LongCsvRows rows = new LongCsvRows(file, expectedHeader, expectedHeader.split(",").length - 1, what);
    boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw) {
      byte[] buf = new byte[1 << 20];
      int start = 0;
      int end = 0;
      int lineNo = 0;
      boolean eof = false;
      while (!eof || start < end) {
        int nl = -1;
        for (int i = start; i < end; i++) {
          if (buf[i] == '\n') {
            nl = i;
            break;
          }
        }
        if (nl < 0 && !eof) {
          if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
          } else if (end == buf.length) {
            throw tooLong(file, buf, lineNo + 1, what);
          }
          int n = in.read(buf, end, buf.length - end);
          eof = n < 0;
          end += Math.max(n, 0);
          continue;
        }
        int lineEnd = nl < 0 ? end : nl;
        int stop = lineEnd > start && buf[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
        lineNo++;
        if (lineNo == 1) {
          checkHeader(file, new String(buf, start, stop - start, StandardCharsets.UTF_8),
              expectedHeader, otherHeader, what);
        } else if (!isBlank(buf, start, stop)) {
          rows.add(buf, start, stop, lineNo);
        }
        start = nl < 0 ? end : nl + 1;
      }
      if (lineNo == 0) {
        checkHeader(file, null, expectedHeader, otherHeader, what);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what + " file " + file + ": " + e.getMessage(), e);
    }
    if (rows.size == 0) {
      throw new IllegalArgumentException(String.format(
          "%s: %s file has a header but no data rows; expected rows '%s'", file, what, expectedHeader));
    }
    return rows;
  }

  /** A line that fills the whole 1 MiB buffer without a line break. */
  private static CsvFormatException tooLong(Path file, byte[] buf, int lineNo, String what) {
    return new CsvFormatException(file.toString(), lineNo, null, String.format("lines of at most %d "
        + "bytes in a %s file (is it a text CSV file with line breaks?)", buf.length, what),
        "a longer one, starting '" + new String(buf, 0, 200, StandardCharsets.UTF_8) + "'");
  }

  private static void checkHeader(Path file, String header, String expected, String other, String what) {
    if (header == null) {
      throw new IllegalArgumentException(String.format(
          "%s: %s file is empty; expected the header '%s'", file, what, expected));
    }
    String h = CsvReader.stripBom(header).replace(" ", "").trim().toLowerCase(Locale.ROOT);
    if (!h.equals(expected)) {
      String hint = h.equals(other) ? " (it looks like the header of the other forcing file)" : "";
      throw new CsvFormatException(file.toString(), 1, null,
          "the header '" + expected + "' of a " + what + " file", "'" + header + "'" + hint);
    }
  }

  private void add(byte[] b, int from, int to, int lineNo) {
    if (size == values.length) {
      int n = size * 2;
      for (int k = 0; k < keyColumns; k++) {
        ids[k] = Arrays.copyOf(ids[k], n);
      }
      values = Arrays.copyOf(values, n);
      lines = Arrays.copyOf(lines, n);
    }
    int pos = from;
    for (int k = 0; k < keyColumns; k++) {
      int comma = indexOf(b, pos, to);
      if (comma < 0) {
        throw wrongColumns(b, from, to, lineNo);
      }
      ids[k][size] = keys[k].id(b, pos, comma, lineNo);
      pos = comma + 1;
    }
    if (indexOf(b, pos, to) >= 0) {
      throw wrongColumns(b, from, to, lineNo);
    }
    values[size] = parseValue(b, pos, to, lineNo);
    lines[size] = lineNo;
    size++;
  }

  private double parseValue(byte[] b, int from, int to, int lineNo) {
    double v = AsciiDecimal.parse(b, from, to);
    if (!AsciiDecimal.isSlow(v)) {
      return v;
    }
    String s = new String(b, from, to - from, StandardCharsets.UTF_8).trim();
    if (s.isEmpty() || s.equalsIgnoreCase("nan")) {
      return Double.NaN;
    }
    try {
      v = Double.parseDouble(s);
      if (!Double.isInfinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new CsvFormatException(file.toString(), lineNo, "value",
        "a finite number or NaN (" + what + ")", "'" + s + "'");
  }

  private static int indexOf(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == ',') {
        return i;
      }
    }
    return -1;
  }

  private static boolean isBlank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != ' ' && b[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  private IllegalArgumentException wrongColumns(byte[] b, int from, int to, int lineNo) {
    String line = new String(b, from, to - from, StandardCharsets.UTF_8);
    return new CsvFormatException(file.toString(), lineNo, null,
        (keyColumns + 1) + " comma-separated columns '" + header + "'",
        line.split(",", -1).length + ": '" + line + "'"); // the fast path has no quoting
  }
}
