package io.github.seapopym4j.sensitivity;

import io.github.seapopym4j.internal.Stats;
import io.github.seapopym4j.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sobol indices from the outputs of a {@link SaltelliDesign}, with SALib's conventions
 * ({@code SALib.analyze.sobol}):
 *
 * <ul>
 *   <li>the outputs are first centred on their mean over every point of the design (SALib
 *       standardises; the scale cancels in the ratios, the centring does not);</li>
 *   <li>V = population variance of the outputs at the A and B points together (2N values);</li>
 *   <li>S1_i = mean_j f(B_j)·(f(AB_i,j) − f(A_j)) / V (Saltelli et al. 2010, table 2 (b));</li>
 *   <li>ST_i = ½·mean_j (f(A_j) − f(AB_i,j))² / V (Jansen 1999);</li>
 *   <li>S2_ab = mean_j (f(BA_a,j)·f(AB_b,j) − f(A_j)·f(B_j)) / V − S1_a − S1_b (Saltelli 2002, as
 *       SALib computes it);</li>
 *   <li>confidence intervals: 95 % percentile bootstrap over the N rows ({@link Bootstrap}); every
 *       index of a resample uses the same rows. SALib reports instead a normal interval
 *       z·sd of the bootstrap estimates.</li>
 * </ul>
 */
public final class SobolEstimator {

  private SobolEstimator() {}

  /**
   * The indices of one output.
   *
   * @param y the output at every point of {@code design}, in point order
   * @param resamples bootstrap resamples (0: no intervals)
   * @param seed seed of the resampling
   */
  public static SobolIndices analyze(SaltelliDesign design, List<String> parameters, double[] y,
      int resamples, long seed) {
    return analyze(design, parameters, y, design.rows(), resamples, seed);
  }

  /**
   * The indices from the first {@code rows} rows of the design only (a power of two ≤ N: the first
   * 2^m points of the shifted Sobol sequence are themselves a balanced design), for convergence
   * plots at no extra simulation. The outputs are centred on the mean of the whole design.
   */
  public static SobolIndices analyze(SaltelliDesign design, List<String> parameters, double[] y,
      int rows, int resamples, long seed) {
    Objects.requireNonNull(design, "design");
    if (parameters.size() != design.parameters()) {
      throw new IllegalArgumentException("expected " + design.parameters() + " parameter names, "
          + "found " + parameters.size());
    }
    if (y.length != design.size()) {
      throw new IllegalArgumentException(String.format("expected %d outputs (one per design point), "
          + "found %d", design.size(), y.length));
    }
    Checks.atLeast(resamples, 0, "bootstrap resamples");
    if (rows < 2 || rows > design.rows() || Integer.bitCount(rows) != 1) {
      throw new IllegalArgumentException(String.format("rows must be a power of two in [2, %d], "
          + "but was %d", design.rows(), rows));
    }
    Columns c = new Columns(design, y);
    int n = rows;
    double[] point = c.indices(Bootstrap.ones(n));
    double[][] bounds = Bootstrap.intervals(n, resamples, seed, point.length, c::indices);
    int k = design.parameters();
    List<Estimate> s1 = new ArrayList<>();
    List<Estimate> st = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      s1.add(new Estimate(point[i], bounds[0][i], bounds[1][i]));
      st.add(new Estimate(point[k + i], bounds[0][k + i], bounds[1][k + i]));
    }
    List<List<Estimate>> s2 = new ArrayList<>();
    if (design.secondOrder()) {
      for (int a = 0; a < k; a++) {
        List<Estimate> row = new ArrayList<>();
        for (int b = 0; b < k; b++) {
          int at = 2 * k + a * k + b;
          row.add(a < b ? new Estimate(point[at], bounds[0][at], bounds[1][at])
              : new Estimate(Double.NaN, Double.NaN, Double.NaN));
        }
        s2.add(row);
      }
    }
    return new SobolIndices(parameters, s1, st, s2, point[point.length - 1]);
  }

  /** The centred outputs split by matrix: f(A), f(B), f(AB_i), f(BA_i), each indexed by row. */
  private static final class Columns {
    final int k;
    final boolean second;
    final double[] fa;
    final double[] fb;
    final double[][] fab;
    final double[][] fba;

    Columns(SaltelliDesign d, double[] y) {
      k = d.parameters();
      second = d.secondOrder();
      int n = d.rows();
      int step = d.step();
      double mean = Stats.mean(y);
      fa = new double[n];
      fb = new double[n];
      fab = new double[k][n];
      fba = second ? new double[k][n] : null;
      for (int j = 0; j < n; j++) {
        int base = j * step;
        fa[j] = y[base + d.offsetA()] - mean;
        fb[j] = y[base + d.offsetB()] - mean;
        for (int i = 0; i < k; i++) {
          fab[i][j] = y[base + d.offsetAB(i)] - mean;
          if (second) {
            fba[i][j] = y[base + d.offsetBA(i)] - mean;
          }
        }
      }
    }

    /**
     * S1 (k values), ST (k), [S2 as a k × k row-major table], then V, over the first w.length rows,
     * row j counted w[j] times.
     */
    double[] indices(int[] w) {
      int rows = w.length;
      long n = 0;
      double sum = 0;
      double ab = 0;
      for (int r = 0; r < rows; r++) {
        n += w[r];
        sum += w[r] * (fa[r] + fb[r]);
        ab += w[r] * fa[r] * fb[r];
      }
      double[] out = new double[2 * k + (second ? k * k : 0) + 1];
      double m = sum / (2.0 * n);
      double sumSq = 0;
      for (int r = 0; r < rows; r++) {
        double da = fa[r] - m;
        double db = fb[r] - m;
        sumSq += w[r] * (da * da + db * db);
      }
      double v = sumSq / (2.0 * n);
      for (int i = 0; i < k; i++) {
        double[] x = fab[i];
        double s1 = 0;
        double st = 0;
        for (int r = 0; r < rows; r++) {
          double d = x[r] - fa[r];
          s1 += w[r] * fb[r] * d;
          st += w[r] * d * d;
        }
        out[i] = s1 / n / v;
        out[k + i] = 0.5 * st / n / v;
      }
      if (second) {
        for (int a = 0; a < k; a++) {
          for (int b = a + 1; b < k; b++) {
            double s = 0;
            for (int r = 0; r < rows; r++) {
              s += w[r] * fba[a][r] * fab[b][r];
            }
            out[2 * k + a * k + b] = (s - ab) / n / v - out[a] - out[b];
          }
        }
      }
      out[out.length - 1] = v;
      return out;
    }
  }
}
