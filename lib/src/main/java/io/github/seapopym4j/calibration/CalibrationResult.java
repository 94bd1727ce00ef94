package io.github.seapopym4j.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.seapopym4j.internal.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a calibration produced.
 *
 * @param generations the generations run by this session (a resumed run starts above 0)
 * @param logbook every individual of every generation, including those before a resume
 * @param memory memory after each generation, including those before a resume
 * @param stopReason why it stopped
 * @param totals evaluations, cache hits and failures of every generation, those run before a resume
 *     included (from the checkpoint)
 * @param seed the seed
 */
public record CalibrationResult(List<Generation> generations, Logbook logbook, MemorySeries memory,
    StopReason stopReason, EvaluationReport totals, long seed) {

  public CalibrationResult {
    generations = List.copyOf(generations);
    Objects.requireNonNull(logbook, "logbook");
    Objects.requireNonNull(memory, "memory");
    Objects.requireNonNull(stopReason, "stopReason");
    Objects.requireNonNull(totals, "totals");
  }

  /** The best parameter vector over the whole logbook (the earliest on ties). */
  public double[] bestParameters() {
    return logbook.parameters(logbook.bestRow());
  }

  /** The best fitness over the whole logbook. */
  public double bestFitness() {
    return logbook.fitness(logbook.bestRow());
  }

  /** The generation in which the best individual first appeared. */
  public long bestGeneration() {
    return logbook.generation(logbook.bestRow());
  }

  /** A one-object JSON summary: best fitness and parameters, stop reason, counts, cache hit rate. */
  public String toJson() {
    return toJson(Map.of());
  }

  /**
   * {@link #toJson()} preceded by {@code context} entries (strings are quoted, numbers and booleans
   * written as they are), e.g. the optimiser settings and the metric.
   */
  public String toJson(Map<String, ?> context) {
    return toJson(context, Map.of());
  }

  /**
   * {@link #toJson(Map)} followed by {@code sections}, JSON objects in the map's iteration order
   * (e.g. "identifiability", "ensemble").
   */
  public String toJson(Map<String, ?> context, Map<String, ? extends JsonNode> sections) {
    ObjectNode o = Json.object();
    new TreeMap<String, Object>(context).forEach((k, v) -> Json.value(o, k, v));
    o.put("stop_reason", stopReason.name().toLowerCase(Locale.ROOT)).put("seed", seed)
        .put("generations", logbook.generations());
    Json.number(o, "best_fitness", bestFitness()).put("best_generation", bestGeneration());
    ObjectNode best = o.putObject("best_parameters");
    double[] x = bestParameters();
    for (int i = 0; i < x.length; i++) {
      Json.number(best, logbook.names().get(i), x[i]);
    }
    o.put("evaluations", totals.evaluated()).put("cache_hits", totals.cacheHits());
    Json.number(o, "cache_hit_rate", totals.cacheHitRate()).put("failures", totals.failures().size());
    long peak = memory.samples().stream().mapToLong(s -> s.residentBytes()).max().orElse(-1);
    o.put("peak_resident_bytes", peak);
    sections.forEach(o::set);
    return Json.block(o);
  }

  @Override
  public String toString() {
    return String.format("CalibrationResult[%s after %d generations, best %s at generation %d, "
        + "%s]", stopReason, logbook.generations(), bestFitness(), bestGeneration(), totals);
  }
}
