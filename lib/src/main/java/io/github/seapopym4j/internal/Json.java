package io.github.seapopym4j.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The project's one JSON layer (Jackson, the version Spark ships): every JSON object the library and
 * its commands write is built as an {@link ObjectNode} here and printed in one of two layouts, both
 * with {@code ": "} and {@code ", "} separators: {@link #line} (one line, the CLI's JSON lines) and
 * {@link #block} (one top-level key per line, nested values inline, e.g. {@code summary.json}).
 * Non-finite numbers are written as {@code null}; a number may keep a printf format so its text stays
 * exactly as before. The shared mapper is thread-safe.
 */
public final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter LINE = MAPPER.writer(new Printer(false));
  private static final ObjectWriter BLOCK = MAPPER.writer(new Printer(true));

  private Json() {}

  /** A new, empty object (keys keep their insertion order). */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Puts {@code v} in {@link Double#toString} form, or {@code null} when not finite. */
  public static ObjectNode number(ObjectNode o, String key, double v) {
    return Double.isFinite(v) ? o.put(key, v) : o.putNull(key);
  }

  /**
   * Puts {@code v} formatted by {@code format} (e.g. {@code "%.4g"}, {@link Locale#ROOT}), or {@code
   * null} when not finite.
   */
  public static ObjectNode number(ObjectNode o, String key, String format, double v) {
    if (!Double.isFinite(v)) {
      return o.putNull(key);
    }
    o.putRawValue(key, new RawValue(String.format(Locale.ROOT, format, v)));
    return o;
  }

  /** Puts a value of a settings map: numbers and booleans as JSON numbers and booleans, the rest as
   * strings; {@code null} as null. */
  public static ObjectNode value(ObjectNode o, String key, Object v) {
    if (v == null) {
      return o.putNull(key);
    } else if (v instanceof Double || v instanceof Float) {
      return number(o, key, ((Number) v).doubleValue());
    } else if (v instanceof Number n) {
      o.putRawValue(key, new RawValue(n.toString()));
      return o;
    } else if (v instanceof Boolean b) {
      return o.put(key, b);
    }
    return o.put(key, String.valueOf(v));
  }

  /** {@code node} on one line: {@code {"a": 1, "b": "x"}}. */
  public static String line(JsonNode node) {
    return write(LINE, node);
  }

  /**
   * {@code node} on one line without spaces: {@code {"a":1,"b":"x"}}, the layout the issues specify
   * for the JSON lines of newer commands ({@code sensitivity}, {@code bench optimizers}).
   */
  public static String compact(JsonNode node) {
    return write(MAPPER.writer(), node);
  }

  /** {@code node} with one top-level entry per line (two-space indent), then a line end. */
  public static String block(JsonNode node) {
    return write(BLOCK, node) + "\n";
  }

  /** Parses a JSON text. */
  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("expected JSON, found '" + text + "': "
          + e.getOriginalMessage(), e);
    }
  }

  /** Reads a JSON file. */
  public static JsonNode read(Path file) {
    try {
      return MAPPER.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": expected JSON, " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String write(ObjectWriter writer, JsonNode node) {
    try {
      return writer.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Stateless layout: {@code ": "} and {@code ", "}; with {@code block}, top-level entries on lines. */
  private record Printer(boolean block) implements PrettyPrinter {

    private boolean topLevel(JsonGenerator g) {
      JsonStreamContext c = g.getOutputContext();
      return block && c.getParent() != null && c.getParent().inRoot();
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
      g.writeRaw(topLevel(g) ? "{\n  " : "{");
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
      g.writeRaw(topLevel(g) ? "\n}" : "}");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(topLevel(g) ? ",\n  " : ", ");
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
      g.writeRaw('[');
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      g.writeRaw(']');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {}

    @Override
    public void beforeObjectEntries(JsonGenerator g) {}
  }
}
