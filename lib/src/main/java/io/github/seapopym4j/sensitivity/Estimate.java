package io.github.seapopym4j.sensitivity;

/**
 * A sensitivity index with its bootstrap confidence interval.
 *
 * @param value the estimate from all the data
 * @param low the lower bound of the interval (2.5th percentile of the bootstrap estimates for a
 *     95 % interval); NaN without bootstrap
 * @param high the upper bound (97.5th percentile); NaN without bootstrap
 */
public record Estimate(double value, double low, double high) {

  /** Whether {@code x} lies in [low, high]. */
  public boolean covers(double x) {
    return x >= low && x <= high;
  }
}
