package io.github.seapopym4j.fitness;

/**
 * Observed and predicted biomass [g m⁻²], aligned: {@code predicted[k]} is the model's value for
 * {@code observed[k]}. Predictions may be NaN or infinite if the model produced such values; every
 * built-in {@link Metric} skips pairs with a NaN.
 *
 * @param observed observed values [g m⁻²]
 * @param predicted the model's values at the same dates and cells [g m⁻²]
 * @param report what was matched and what was left out
 */
public record MatchedPairs(double[] observed, double[] predicted, MatchReport report) {

  /** Checks the alignment. */
  public MatchedPairs {
    if (observed.length != predicted.length) {
      throw new IllegalArgumentException(String.format(
          "observed and predicted must have the same length, but had %d and %d", observed.length,
          predicted.length));
    }
  }

  /** The number of matched observations. */
  public int size() {
    return observed.length;
  }

  /** {@code metric} applied to the pairs. */
  public double score(Metric metric) {
    return metric.score(observed, predicted);
  }
}
