package io.github.seapopym4j.fitness;

import static io.github.seapopym4j.internal.Stats.mean;
import static io.github.seapopym4j.internal.Stats.sumOfSquares;

import java.util.Arrays;
import java.util.function.ToDoubleBiFunction;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * The built-in goodness-of-fit metrics, o = observed, p = predicted, over the n complete pairs.
 *
 * <p>Common rules:
 * <ul>
 *   <li>A pair with a NaN on either side is skipped; infinite values are kept (a model that blows up
 *       gets an infinite or NaN score, never a silently good one).
 *   <li>No complete pair → NaN.
 *   <li>Statistics of o (mean, standard deviation, range) are over the complete pairs; standard
 *       deviations are population ones (divisor n, as numpy's default).
 *   <li>A normaliser of zero (a constant observed series for NRMSE-std, NRMSE-range, NSE, KGE, a zero
 *       observed mean for NRMSE-mean and KGE) → NaN: the score is undefined, not infinitely bad.
 *   <li>Correlations of a constant series (or of fewer than 2 pairs) → NaN.
 * </ul>
 */
public final class Metrics {

  private Metrics() {
  }

  /** √(mean (p − o)²), in g m⁻². Lower is better. */
  public static double rmse(double[] o, double[] p) {
    check(o, p);
    double s = 0;
    int n = 0;
    for (int i = 0; i < o.length; i++) {
      if (!Double.isNaN(o[i]) && !Double.isNaN(p[i])) {
        double d = p[i] - o[i];
        s += d * d;
        n++;
      }
    }
    return n == 0 ? Double.NaN : Math.sqrt(s / n);
  }

  /** RMSE / σ(o). Lower is better; NaN when o is constant. */
  public static double nrmseStd(double[] o, double[] p) {
    double[][] k = completePairs(o, p);
    return constant(k[0]) ? Double.NaN : ratio(rmse(k[0], k[1]), std(k[0]));
  }

  /** RMSE / mean(o). Lower is better; NaN when mean(o) = 0. */
  public static double nrmseMean(double[] o, double[] p) {
    double[][] k = completePairs(o, p);
    return ratio(rmse(k[0], k[1]), mean(k[0]));
  }

  /** RMSE / (max(o) − min(o)). Lower is better; NaN when o is constant. */
  public static double nrmseRange(double[] o, double[] p) {
    double[][] k = completePairs(o, p);
    if (k[0].length == 0) {
      return Double.NaN;
    }
    double max = Arrays.stream(k[0]).max().getAsDouble();
    double min = Arrays.stream(k[0]).min().getAsDouble();
    return ratio(rmse(k[0], k[1]), max - min);
  }

  /** mean |p − o|, in g m⁻². Lower is better. */
  public static double mae(double[] o, double[] p) {
    double[][] k = completePairs(o, p);
    double s = 0;
    for (int i = 0; i < k[0].length; i++) {
      s += Math.abs(k[1][i] - k[0][i]);
    }
    return k[0].length == 0 ? Double.NaN : s / k[0].length;
  }

  /** mean (p − o), in g m⁻²: positive when the model overestimates. Best at 0. */
  public static double bias(double[] o, double[] p) {
    double[][] k = completePairs(o, p);
    return k[0].length == 0 ? Double.NaN : mean(k[1]) - mean(k[0]);
  }

  /**
   * √(mean (log10 p − log10 o)²), dimensionless (orders of magnitude). Lower is better. A pair with
   * o ≤ 0 is skipped (no log-scale information: an observed zero is below detection); a pair with
   * o &gt; 0 and p ≤ 0 counts as an infinite error, so the result is +∞ (the model misses a biomass
   * that is there, which on a log scale is infinitely wrong).
   */
  public static double logRmse(double[] o, double[] p) {
    check(o, p);
    double s = 0;
    int n = 0;
    for (int i = 0; i < o.length; i++) {
      if (Double.isNaN(o[i]) || Double.isNaN(p[i]) || !(o[i] > 0)) {
        continue;
      }
      if (!(p[i] > 0)) {
        return Double.POSITIVE_INFINITY;
      }
      double d = Math.log10(p[i]) - Math.log10(o[i]);
      s += d * d;
      n++;
    }
    return n == 0 ? Double.NaN : Math.sqrt(s / n);
  }

  /** Pearson's r (Commons Math). Higher is better, in [−1, 1]. */
  public static double pearson(double[] o, double[] p) {
    return correlation(o, p, new PearsonsCorrelation()::correlation);
  }

  /** Spearman's ρ, ties ranked by their average (Commons Math). Higher is better, in [−1, 1]. */
  public static double spearman(double[] o, double[] p) {
    return correlation(o, p, new SpearmansCorrelation()::correlation);
  }

  /** {@code r} of the complete pairs; NaN for fewer than 2 pairs or a constant side. */
  private static double correlation(double[] o, double[] p,
      ToDoubleBiFunction<double[], double[]> r) {
    double[][] k = completePairs(o, p);
    if (k[0].length < 2 || constant(k[0]) || constant(k[1])) {
      return Double.NaN;
    }
    return r.applyAsDouble(k[0], k[1]);
  }

  /**
   * Nash–Sutcliffe efficiency 1 − Σ(p − o)² / Σ(o − mean o)². Higher is better, at most 1; 0 is
   * no better than predicting the observed mean. NaN when o is constant.
   */
  public static double nse(double[] o, double[] p) {
    double[][] k = completePairs(o, p);
    if (k[0].length == 0 || constant(k[0])) {
      return Double.NaN;
    }
    double m = mean(k[0]);
    double sse = 0;
    double sst = 0;
    for (int i = 0; i < k[0].length; i++) {
      sse += (k[1][i] - k[0][i]) * (k[1][i] - k[0][i]);
      sst += (k[0][i] - m) * (k[0][i] - m);
    }
    return 1 - sse / sst;
  }

  /**
   * Kling–Gupta efficiency (Gupta et al. 2009): 1 − √((r − 1)² + (α − 1)² + (β − 1)²) with r Pearson's
   * correlation, α = σ(p)/σ(o), β = mean(p)/mean(o). Higher is better, at most 1. NaN when o is
   * constant or has zero mean, or when p is constant (r undefined).
   */
  public static double kge(double[] o, double[] p) {
    double[][] k = completePairs(o, p);
    if (k[0].length == 0 || constant(k[0])) {
      return Double.NaN;
    }
    double r = pearson(k[0], k[1]);
    double alpha = ratio(std(k[1]), std(k[0]));
    double beta = ratio(mean(k[1]), mean(k[0]));
    return 1 - Math.sqrt((r - 1) * (r - 1) + (alpha - 1) * (alpha - 1) + (beta - 1) * (beta - 1));
  }

  /** The pairs with no NaN on either side: {observed, predicted}. */
  static double[][] completePairs(double[] o, double[] p) {
    check(o, p);
    int n = 0;
    for (int i = 0; i < o.length; i++) {
      if (!Double.isNaN(o[i]) && !Double.isNaN(p[i])) {
        n++;
      }
    }
    if (n == o.length) {
      return new double[][] {o, p};
    }
    double[] ko = new double[n];
    double[] kp = new double[n];
    for (int i = 0, j = 0; i < o.length; i++) {
      if (!Double.isNaN(o[i]) && !Double.isNaN(p[i])) {
        ko[j] = o[i];
        kp[j++] = p[i];
      }
    }
    return new double[][] {ko, kp};
  }

  private static void check(double[] o, double[] p) {
    if (o.length != p.length) {
      throw new IllegalArgumentException(String.format(
          "observed and predicted must have the same length, but had %d and %d", o.length, p.length));
    }
  }

  private static double ratio(double num, double den) {
    return den == 0 || Double.isNaN(den) ? Double.NaN : num / den;
  }

  /** Population standard deviation (divisor n), two-pass. */
  private static double std(double[] v) {
    return Math.sqrt(sumOfSquares(v, mean(v)) / v.length);
  }

  /** True for a constant series, tested exactly (a computed σ of a constant may be 1e-17, not 0). */
  private static boolean constant(double[] v) {
    for (double x : v) {
      if (x != v[0]) {
        return false;
      }
    }
    return true;
  }
}
