package io.github.seapopym4j.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Access to the SeapoPym v0.1 reference outputs copied into the test resources
 * ({@code reference/cases}, {@code reference/grid-A}; see their README files).
 */
final class Reference {

  private Reference() {}

  /** The path of a resource under {@code reference/}. */
  static Path path(String name) {
    URL url = Reference.class.getResource("/reference/" + name);
    if (url == null) {
      throw new IllegalStateException("missing test resource reference/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Opens a resource, gunzipping {@code .gz} files. */
  static BufferedReader open(String name) {
    InputStream in = Reference.class.getResourceAsStream("/reference/" + name);
    if (in == null) {
      throw new IllegalStateException("missing test resource reference/" + name);
    }
    try {
      if (name.endsWith(".gz")) {
        in = new GZIPInputStream(in, 1 << 16);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  /** All rows of a CSV, header first, split on commas. */
  static List<String[]> rows(String name) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = open(name)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty()) {
          rows.add(line.split(",", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** A wide CSV as named columns; the first column (dates or labels) is kept as text under its name. */
  static Map<String, double[]> columns(String name, List<String> firstColumn) {
    List<String[]> rows = rows(name);
    String[] header = rows.get(0);
    Map<String, double[]> out = new LinkedHashMap<>();
    for (int j = 1; j < header.length; j++) {
      double[] col = new double[rows.size() - 1];
      for (int i = 1; i < rows.size(); i++) {
        col[i - 1] = parse(rows.get(i)[j]);
      }
      out.put(header[j], col);
    }
    for (int i = 1; i < rows.size(); i++) {
      firstColumn.add(rows.get(i)[0]);
    }
    return out;
  }

  static double parse(String s) {
    if (s.isEmpty() || s.equalsIgnoreCase("nan")) {
      return Double.NaN;
    }
    return Double.parseDouble(s);
  }
}
