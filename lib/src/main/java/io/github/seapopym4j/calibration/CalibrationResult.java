package io.github.seapopym4j.calibration;

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
 * @param totals evaluations, cache hits and failures of this session
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
    StringBuilder b = new StringBuilder("{\n");
    new TreeMap<String, Object>(context).forEach((k, v) -> b.append("  ").append(quote(k))
        .append(": ").append(v instanceof Number || v instanceof Boolean ? json(v) : quote(
            String.valueOf(v))).append(",\n"));
    b.append("  \"stop_reason\": \"").append(stopReason.name().toLowerCase(Locale.ROOT)).append("\",\n");
    b.append("  \"seed\": ").append(seed).append(",\n");
    b.append("  \"generations\": ").append(logbook.generations()).append(",\n");
    b.append("  \"best_fitness\": ").append(json(bestFitness())).append(",\n");
    b.append("  \"best_generation\": ").append(bestGeneration()).append(",\n");
    b.append("  \"best_parameters\": {");
    double[] x = bestParameters();
    for (int i = 0; i < x.length; i++) {
      b.append(i == 0 ? "" : ", ").append(quote(logbook.names().get(i))).append(": ")
          .append(json(x[i]));
    }
    b.append("},\n");
    b.append("  \"evaluations\": ").append(totals.evaluated()).append(",\n");
    b.append("  \"cache_hits\": ").append(totals.cacheHits()).append(",\n");
    b.append("  \"cache_hit_rate\": ").append(json(totals.cacheHitRate())).append(",\n");
    b.append("  \"failures\": ").append(totals.failures().size()).append(",\n");
    long peak = memory.samples().stream().mapToLong(s -> s.residentBytes()).max().orElse(-1);
    b.append("  \"peak_resident_bytes\": ").append(peak).append("\n}\n");
    return b.toString();
  }

  private static String json(double v) {
    return Double.isFinite(v) ? Double.toString(v) : "null";
  }

  private static String json(Object v) {
    return v instanceof Double d ? json(d.doubleValue()) : v instanceof Float f ? json(f.doubleValue())
        : String.valueOf(v);
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  @Override
  public String toString() {
    return String.format("CalibrationResult[%s after %d generations, best %s at generation %d, "
        + "%s]", stopReason, logbook.generations(), bestFitness(), bestGeneration(), totals);
  }
}
