package io.github.seapopym4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void aLineUsesColonSpaceAndCommaSpaceLikeTheHandWrittenJsonBeforeIt() {
    ObjectNode o = Json.object().put("workload", "cell-20y").put("threads", 2);
    Json.number(o, "median_ms", "%.4f", 12.5);
    Json.number(o, "rate", "%.4e", 123456.0);
    Json.number(o, "ratio", 0.1);
    Json.number(o, "kge", Double.NaN);
    assertEquals("{\"workload\": \"cell-20y\", \"threads\": 2, \"median_ms\": 12.5000, "
        + "\"rate\": 1.2346e+05, \"ratio\": 0.1, \"kge\": null}", Json.line(o));
  }

  @Test
  void aBlockPutsTopLevelEntriesOnLinesAndNestedObjectsInline() {
    ObjectNode o = Json.object();
    Map.of("metric", "rmse").forEach((k, v) -> Json.value(o, k, v));
    Json.value(o, "population", 16);
    Json.value(o, "elitism", true);
    o.putObject("best").put("a", 1.5).put("b", "x\"y");
    assertEquals("{\n  \"metric\": \"rmse\",\n  \"population\": 16,\n  \"elitism\": true,\n"
        + "  \"best\": {\"a\": 1.5, \"b\": \"x\\\"y\"}\n}\n", Json.block(o));
  }

  @Test
  void whatItWritesParsesBack() {
    ObjectNode o = Json.object().put("n", 3);
    Json.number(o, "x", "%.4g", 1.0 / 3);
    JsonNode back = Json.parse(Json.line(o));
    assertEquals(3, back.get("n").asInt());
    assertEquals(0.3333, back.get("x").asDouble(), 0.0);
  }
}
