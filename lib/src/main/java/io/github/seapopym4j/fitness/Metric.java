package io.github.seapopym4j.fitness;

/**
 * A goodness-of-fit score of predictions against observations: one small function, so a notebook
 * can define a new metric in one cell, e.g. the error of the seasonal amplitude:
 *
 * <pre>{@code
 * Metric amplitude = Metric.nanAware((o, p) -> Math.abs(range(p) - range(o)));
 * }</pre>
 *
 * <p>The arrays are aligned ({@code predicted[k]} is the model's value for {@code observed[k]}, both
 * in g m⁻²), have the same length, and must not be modified. Predictions may hold NaN where the model
 * produced NaN; wrap a metric in {@link #nanAware(Metric)} to see only complete pairs. The built-in
 * metrics are in {@link Metrics} and, by name, in {@link MetricRegistry}.
 */
@FunctionalInterface
public interface Metric {

  /** The score of {@code predicted} against {@code observed}. */
  double score(double[] observed, double[] predicted);

  /**
   * {@code metric} applied to the pairs where neither side is NaN (infinite values are kept).
   * Returns NaN when no pair is left.
   */
  static Metric nanAware(Metric metric) {
    return (o, p) -> {
      double[][] kept = Metrics.completePairs(o, p);
      return kept[0].length == 0 ? Double.NaN : metric.score(kept[0], kept[1]);
    };
  }
}
