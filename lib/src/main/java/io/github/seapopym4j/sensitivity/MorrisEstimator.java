package io.github.seapopym4j.sensitivity;

import io.github.seapopym4j.internal.Stats;
import java.util.ArrayList;
import java.util.List;

/**
 * Morris elementary effects from the outputs of a {@link MorrisDesign}: for trajectory t and the
 * parameter i that moves at step s, EE = (f(x_s) − f(x_{s−1})) / (±Δ), in unit coordinates (as
 * SALib). μ is their mean over the r trajectories, μ* the mean of their absolute values (Campolongo
 * et al. 2007), σ their standard deviation (n − 1); the 95 % interval of μ* is a percentile
 * bootstrap over trajectories.
 */
public final class MorrisEstimator {

  private MorrisEstimator() {}

  /**
   * The statistics of one output.
   *
   * @param y the output at every point of {@code design}, in point order
   */
  public static MorrisIndices analyze(MorrisDesign design, List<String> parameters, double[] y,
      int resamples, long seed) {
    int k = design.parameters();
    int r = design.trajectories();
    if (parameters.size() != k) {
      throw new IllegalArgumentException("expected " + k + " parameter names, found "
          + parameters.size());
    }
    if (y.length != design.size()) {
      throw new IllegalArgumentException(String.format("expected %d outputs (one per design point), "
          + "found %d", design.size(), y.length));
    }
    double[][] ee = new double[k][r];
    for (int t = 0; t < r; t++) {
      int base = t * (k + 1);
      for (int s = 1; s <= k; s++) {
        ee[design.moved(t, s)][t] = (y[base + s] - y[base + s - 1]) / design.change(t, s);
      }
    }
    double[] star = muStar(ee, Bootstrap.ones(r));
    double[][] bounds = Bootstrap.intervals(r, resamples, seed, k, rows -> muStar(ee, rows));
    List<Double> mu = new ArrayList<>();
    List<Estimate> muStar = new ArrayList<>();
    List<Double> sigma = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      double m = Stats.mean(ee[i]);
      mu.add(m);
      muStar.add(new Estimate(star[i], bounds[0][i], bounds[1][i]));
      sigma.add(Math.sqrt(Stats.sumOfSquares(ee[i], m) / (r - 1)));
    }
    return new MorrisIndices(parameters, mu, muStar, sigma);
  }

  /** μ* with trajectory t counted w[t] times. */
  private static double[] muStar(double[][] ee, int[] w) {
    double[] out = new double[ee.length];
    for (int i = 0; i < ee.length; i++) {
      double s = 0;
      for (int t = 0; t < w.length; t++) {
        s += w[t] * Math.abs(ee[i][t]);
      }
      out[i] = s / w.length;
    }
    return out;
  }
}
