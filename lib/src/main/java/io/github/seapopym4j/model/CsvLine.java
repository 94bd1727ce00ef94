package io.github.seapopym4j.model;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line (commas, optional double quotes with {@code ""} escapes). */
final class CsvLine {

  private CsvLine() {}

  static List<String> split(String line, String source, int lineNumber) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"' && field.toString().isBlank()) {
        quoted = true;
        field.setLength(0);
      } else if (ch == ',') {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException(String.format(
          "%s: line %d: expected a closing double quote, but the line ended", source, lineNumber));
    }
    out.add(field.toString());
    return out;
  }

  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.strip().equals(s)) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
