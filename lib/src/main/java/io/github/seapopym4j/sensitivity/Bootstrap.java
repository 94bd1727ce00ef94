package io.github.seapopym4j.sensitivity;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Percentile bootstrap over the N rows of a design: resample r draws N row numbers with replacement
 * from its own {@code SplittableRandom}, split in order from {@code SplittableRandom(seed)}, so the
 * intervals do not depend on how many threads compute the resamples. A resample is handed to the
 * statistic as weights, how many times each row was drawn, so that the statistic sums over the rows
 * in order (cache-friendly) instead of jumping to random rows.
 */
final class Bootstrap {

  /** Confidence level of the intervals. */
  static final double LEVEL = 0.95;

  private Bootstrap() {}

  /**
   * Runs {@code statistic} on {@code resamples} resamples of {@code n} rows and returns, per value
   * of the statistic, the (low, high) percentile bounds of a 95 % interval; NaN bounds when
   * {@code resamples} is 0.
   *
   * @param statistic the statistic of a resample, given the weight (times drawn) of each row;
   *     returns m values
   */
  static double[][] intervals(int n, int resamples, long seed, int m,
      Function<int[], double[]> statistic) {
    double[][] bounds = new double[2][m];
    if (resamples == 0) {
      Arrays.fill(bounds[0], Double.NaN);
      Arrays.fill(bounds[1], Double.NaN);
      return bounds;
    }
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom[] streams = new SplittableRandom[resamples];
    for (int r = 0; r < resamples; r++) {
      streams[r] = root.split();
    }
    double[][] values = new double[resamples][];
    IntStream.range(0, resamples).parallel().forEach(r -> {
      int[] weights = new int[n];
      SplittableRandom rng = streams[r];
      for (int j = 0; j < n; j++) {
        weights[rng.nextInt(n)]++;
      }
      values[r] = statistic.apply(weights);
    });
    double[] column = new double[resamples];
    for (int i = 0; i < m; i++) {
      for (int r = 0; r < resamples; r++) {
        column[r] = values[r][i];
      }
      bounds[0][i] = percentile(column, (1 - LEVEL) / 2);
      bounds[1][i] = percentile(column, (1 + LEVEL) / 2);
    }
    return bounds;
  }

  /** Weight 1 for each of n rows: the statistic of the data itself. */
  static int[] ones(int n) {
    int[] w = new int[n];
    java.util.Arrays.fill(w, 1);
    return w;
  }

  /** The q-quantile with linear interpolation between order statistics (numpy's default); NaN if any is. */
  static double percentile(double[] values, double q) {
    double[] s = values.clone();
    for (double v : s) {
      if (Double.isNaN(v)) {
        return Double.NaN;
      }
    }
    Arrays.sort(s);
    double pos = q * (s.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, s.length - 1);
    return s[lo] + (pos - lo) * (s[hi] - s[lo]);
  }
}
