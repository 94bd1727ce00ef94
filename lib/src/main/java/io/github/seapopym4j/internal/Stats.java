package io.github.seapopym4j.internal;

/**
 * Mean and sum of squared deviations by plain sequential sums (not {@code DoubleStream}'s
 * compensated sum), so that every caller gets the same bits as a hand-written loop.
 */
public final class Stats {

  private Stats() {}

  /** Σv / n, NaN when {@code v} is empty. */
  public static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  /** Σ(v − m)². */
  public static double sumOfSquares(double[] v, double m) {
    double s = 0;
    for (double x : v) {
      s += (x - m) * (x - m);
    }
    return s;
  }
}
