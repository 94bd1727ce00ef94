package io.github.seapopym4j.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one or more {@link PopulationEvaluator#evaluate} calls did.
 *
 * @param individuals parameter vectors asked for
 * @param evaluated objective evaluations actually run (cache hits and duplicates excluded)
 * @param cacheHits vectors answered from the fitness cache (including repeats within the call)
 * @param failures individuals given {@link PopulationEvaluator#PENALTY}
 * @param wallNanos wall-clock time spent in the calls [ns]
 */
public record EvaluationReport(int individuals, int evaluated, int cacheHits,
    List<Failure> failures, long wallNanos) {

  public EvaluationReport {
    if (individuals < 0 || evaluated < 0 || cacheHits < 0 || wallNanos < 0) {
      throw new IllegalArgumentException(String.format("report counts must be >= 0, but were "
          + "individuals=%d, evaluated=%d, cacheHits=%d, wallNanos=%d", individuals, evaluated,
          cacheHits, wallNanos));
    }
    failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
  }

  /** An individual that failed. */
  public record Failure(int index, double[] parameters, String reason) {
    /**
     * @param index the individual's position in the {@code evaluate} call that reported it
     * @param parameters its parameter vector (copied)
     * @param reason the exception or the non-finite value, in words
     */
    public Failure {
      parameters = parameters.clone();
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public double[] parameters() {
      return parameters.clone();
    }

    @Override
    public String toString() {
      return "Failure[#" + index + " " + java.util.Arrays.toString(parameters) + ": " + reason + "]";
    }
  }

  /** Nothing evaluated. */
  public static EvaluationReport empty() {
    return new EvaluationReport(0, 0, 0, List.of(), 0);
  }

  /** The sum of this report and {@code other} (failure indices keep their own call's numbering). */
  public EvaluationReport plus(EvaluationReport other) {
    List<Failure> f = new ArrayList<>(failures);
    f.addAll(other.failures);
    return new EvaluationReport(individuals + other.individuals, evaluated + other.evaluated,
        cacheHits + other.cacheHits, f, wallNanos + other.wallNanos);
  }

  /** Cache hits per individual asked for, in [0, 1]; 0 when nothing was asked. */
  public double cacheHitRate() {
    return individuals == 0 ? 0 : (double) cacheHits / individuals;
  }

  /** Objective evaluations per second of wall-clock time; 0 when no time was spent. */
  public double evaluationsPerSecond() {
    return wallNanos == 0 ? 0 : evaluated / (wallNanos / 1e9);
  }

  @Override
  public String toString() {
    return String.format("EvaluationReport[%d individuals, %d evaluated, %d cache hits (%.1f%%), "
        + "%d failures, %.1f ms]", individuals, evaluated, cacheHits, 100 * cacheHitRate(),
        failures.size(), wallNanos / 1e6);
  }
}
