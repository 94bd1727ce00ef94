package io.github.seapopym4j.fitness;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line into fields; double quotes protect commas ("" is a literal quote). */
final class CsvFields {

  private CsvFields() {
  }

  static String[] split(String line) {
    if (line.indexOf('"') < 0) {
      return line.split(",", -1);
    }
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString());
    return out.toArray(new String[0]);
  }

  /** Strips a trailing carriage return and a leading byte-order mark. */
  static String clean(String line) {
    String s = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
