package io.github.seapopym4j.fitness;

import io.github.seapopym4j.model.ModelOutput;
import java.util.List;

/**
 * Scores one model run: what a calibration calls for every individual. {@link ObservedModel#fitness}
 * scores one observation set; {@link #weightedSum} combines several.
 */
@FunctionalInterface
public interface FitnessFunction {

  /** The score of {@code output} (read only, not closed). */
  double score(ModelOutput output);

  /**
   * Σ weights[i] · parts[i](output): several observation sets (stations, day and night…) combined
   * into one score. The parts must share a direction (e.g. all losses, see
   * {@link MetricRegistry.Entry#loss()}). A NaN part makes the sum NaN.
   *
   * @throws IllegalArgumentException if the lengths differ, a weight is negative or not finite, or
   *     there is no part
   */
  static FitnessFunction weightedSum(List<? extends FitnessFunction> parts, double[] weights) {
    if (parts.isEmpty() || parts.size() != weights.length) {
      throw new IllegalArgumentException(String.format("weighted sum needs one weight per part and "
          + "≥ 1 part, but had %d parts and %d weights", parts.size(), weights.length));
    }
    for (int i = 0; i < weights.length; i++) {
      if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
        throw new IllegalArgumentException(
            "weight " + i + " must be finite and ≥ 0, but was " + weights[i]);
      }
    }
    List<FitnessFunction> ps = List.copyOf(parts);
    double[] w = weights.clone();
    return output -> {
      double s = 0;
      for (int i = 0; i < w.length; i++) {
        s += w[i] * ps.get(i).score(output);
      }
      return s;
    };
  }
}
