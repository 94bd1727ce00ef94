package io.github.seapopym4j.examples.bollinger;

import io.github.seapopym4j.internal.csv.CsvReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads OHLC bars from a CSV file into a {@link PriceSeries} of closes.
 *
 * <p>Format: comma-separated, a header line, then one bar per line in time order. Header names are
 * matched case-insensitively, surrounding spaces and double quotes ignored: a time column ({@code
 * date}, {@code time}, {@code datetime} or {@code timestamp}; its content is not interpreted), {@code
 * open}, {@code high}, {@code low}, {@code close}, optionally {@code volume}; other columns are
 * ignored. Every open, high, low and close must be a finite decimal number; blank lines are skipped.
 * The tick is inferred as the finest decimal place used by any close (at most 9 decimals), or given.
 * Errors name the file, the line (1-based), the column, what was expected and what was found.
 */
public final class PriceCsvReader {

  private static final List<String> TIME_NAMES = List.of("date", "time", "datetime", "timestamp");
  private static final List<String> PRICE_NAMES = List.of("open", "high", "low", "close");

  private PriceCsvReader() {
  }

  /** Reads {@code file}, inferring the tick from the closes. */
  public static PriceSeries read(Path file) {
    return read(file, -1);
  }

  /**
   * Reads {@code file} with a tick of 10^−decimals ({@code decimals} in [0, 9]; −1 infers it). With
   * an explicit tick, every close must be a whole number of ticks.
   */
  public static PriceSeries read(Path file, int decimals) {
    if (decimals < -1 || decimals > 9) {
      throw new IllegalArgumentException("decimals must be -1 (infer) or in [0, 9], but was "
          + decimals);
    }
    List<BigDecimal> closes = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNumber = 0;
      Map<String, Integer> columns = null;
      int fieldCount = 0;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String[] fields = CsvReader.split(line, file.toString(), lineNumber).toArray(new String[0]);
        if (columns == null) {
          columns = header(file, lineNumber, fields);
          fieldCount = fields.length;
          continue;
        }
        if (fields.length != fieldCount) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "%s line %d: expected %d fields (as in the header) but found %d", file, lineNumber,
              fieldCount, fields.length));
        }
        for (String name : PRICE_NAMES) {
          BigDecimal v = number(file, lineNumber, name, fields[columns.get(name)]);
          if (name.equals("close")) {
            closes.add(v);
            lines.add(lineNumber);
          }
        }
      }
      if (columns == null) {
        throw new IllegalArgumentException(file + ": expected a header line and bars, but the file"
            + " is empty");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (closes.size() < 2) {
      throw new IllegalArgumentException(file + ": expected at least 2 bars, but found "
          + closes.size());
    }
    int d = decimals >= 0 ? decimals : inferDecimals(file, closes, lines);
    long[] ticks = new long[closes.size()];
    for (int i = 0; i < ticks.length; i++) {
      BigDecimal scaled = closes.get(i).movePointRight(d);
      try {
        ticks[i] = scaled.longValueExact();
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s line %d column close: expected a whole number of ticks of 1e-%d but found %s", file,
            lines.get(i), d, closes.get(i).toPlainString()), e);
      }
    }
    return new PriceSeries(file.toString(), ticks, d);
  }

  private static Map<String, Integer> header(Path file, int lineNumber, String[] fields) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i++) {
      String name = unquote(fields[i]).toLowerCase(Locale.ROOT);
      if (columns.put(name, i) != null) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s line %d: column '%s' appears twice in the header", file, lineNumber, name));
      }
    }
    if (TIME_NAMES.stream().noneMatch(columns::containsKey)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s line %d: expected a time column named one of %s, but the header has %s", file,
          lineNumber, TIME_NAMES, columns.keySet()));
    }
    for (String name : PRICE_NAMES) {
      if (!columns.containsKey(name)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s line %d: expected a column '%s', but the header has %s", file, lineNumber, name,
            columns.keySet()));
      }
    }
    return columns;
  }

  private static BigDecimal number(Path file, int lineNumber, String column, String field) {
    String text = unquote(field);
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s line %d column %s: expected a decimal number but found '%s'", file, lineNumber, column,
          text), e);
    }
  }

  private static int inferDecimals(Path file, List<BigDecimal> closes, List<Integer> lines) {
    int d = 0;
    for (int i = 0; i < closes.size(); i++) {
      int scale = closes.get(i).stripTrailingZeros().scale();
      if (scale > 9) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s line %d column close: expected at most 9 decimals but found %s; pass the number of"
                + " decimals of the tick explicitly", file, lines.get(i), closes.get(i).toPlainString()));
      }
      d = Math.max(d, scale);
    }
    return d;
  }

  private static String unquote(String s) {
    String t = s.trim();
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
      t = t.substring(1, t.length() - 1).trim();
    }
    return t;
  }
}
