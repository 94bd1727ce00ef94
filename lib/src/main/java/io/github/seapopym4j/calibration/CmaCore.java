package io.github.seapopym4j.calibration;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * One CMA-ES run with a fixed population size, unconstrained, as "The CMA Evolution Strategy: A
 * Tutorial" (Hansen 2016) states it: weighted recombination, cumulative step-size adaptation, the
 * rank-one update with the h_σ stall, and the active rank-μ update (negative weights, rescaled by
 * n/‖C^−1/2 y‖²). The eigendecomposition C = B D² Bᵀ is recomputed after every update (cheap for
 * the few parameters of a calibration, and it keeps a resumed run exact). {@link CmaEsEvolution}
 * adds bounds and restarts.
 *
 * <p>State for a checkpoint ({@link #save}): mean, σ, σ0, C, p_c, p_σ, the iteration and the
 * termination histories.
 */
final class CmaCore {

  final CmaParameters p;
  final double sigma0;
  double[] mean;
  double sigma;
  double[][] cov;
  double[] pc;
  double[] ps;
  /** Iterations of this run so far. */
  long iteration;
  final CmaTermination termination;
  // derived from cov: C = B diag(d)² Bᵀ
  private double[][] b;
  private double[] d;
  // the latest sample, kept between sample() and update()
  private double[][] y;
  private double[] zNormSq;

  CmaCore(CmaParameters p, double[] mean, double sigma0) {
    this.p = p;
    this.sigma0 = sigma0;
    this.mean = mean.clone();
    this.sigma = sigma0;
    int n = p.n;
    cov = new double[n][n];
    for (int i = 0; i < n; i++) {
      cov[i][i] = 1;
    }
    pc = new double[n];
    ps = new double[n];
    termination = new CmaTermination(p);
    decompose();
  }

  /** λ new points m + σ B D z, z ~ N(0, I), drawn from {@code rng} (row k: point k). */
  double[][] sample(SplittableRandom rng) {
    int n = p.n;
    y = new double[p.lambda][n];
    zNormSq = new double[p.lambda];
    double[][] x = new double[p.lambda][n];
    double[] dz = new double[n];
    for (int k = 0; k < p.lambda; k++) {
      for (int i = 0; i < n; i++) {
        double z = rng.nextGaussian();
        zNormSq[k] += z * z;
        dz[i] = d[i] * z;
      }
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j < n; j++) {
          s += b[i][j] * dz[j];
        }
        y[k][i] = s;
        x[k][i] = mean[i] + sigma * s;
      }
    }
    return x;
  }

  /** Updates the distribution from the fitness of the latest {@link #sample} (lower is better). */
  void update(double[] fitness) {
    int n = p.n;
    Integer[] order = new Integer[p.lambda];
    for (int k = 0; k < p.lambda; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, c) -> Double.compare(fitness[a], fitness[c])); // stable
    double[] yw = new double[n];
    for (int i = 0; i < p.mu; i++) {
      for (int j = 0; j < n; j++) {
        yw[j] += p.weights[i] * y[order[i]][j];
      }
    }
    for (int j = 0; j < n; j++) {
      mean[j] += sigma * yw[j];
    }
    double[] invSqrtCyw = times(b, divide(transposeTimes(b, yw), d)); // C^−1/2 ⟨y⟩_w
    double csn = Math.sqrt(p.cs * (2 - p.cs) * p.mueff);
    double psNorm = 0;
    for (int i = 0; i < n; i++) {
      ps[i] = (1 - p.cs) * ps[i] + csn * invSqrtCyw[i];
      psNorm += ps[i] * ps[i];
    }
    psNorm = Math.sqrt(psNorm);
    boolean hsig = psNorm / Math.sqrt(1 - Math.pow(1 - p.cs, 2.0 * (iteration + 1)))
        < (1.4 + 2.0 / (n + 1)) * p.chiN;
    double ccn = Math.sqrt(p.cc * (2 - p.cc) * p.mueff);
    for (int i = 0; i < n; i++) {
      pc[i] = (1 - p.cc) * pc[i] + (hsig ? ccn * yw[i] : 0);
    }
    double[] w = new double[p.lambda]; // w°: negative weights scaled by n / ‖C^−1/2 y‖²
    for (int k = 0; k < p.lambda; k++) {
      double wk = p.weights[k];
      w[k] = wk >= 0 ? wk : wk * n / Math.max(zNormSq[order[k]], 1e-300);
    }
    double deltaH = hsig ? 0 : p.cc * (2 - p.cc);
    double keep = 1 + p.c1 * deltaH - p.c1 - p.cmu * p.weightSum();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double rankMu = 0;
        for (int k = 0; k < p.lambda; k++) {
          rankMu += w[k] * y[order[k]][i] * y[order[k]][j];
        }
        double v = keep * cov[i][j] + p.c1 * pc[i] * pc[j] + p.cmu * rankMu;
        cov[i][j] = v;
        cov[j][i] = v;
      }
    }
    sigma *= Math.exp(Math.min(1, (p.cs / p.damps) * (psNorm / p.chiN - 1)));
    iteration++;
    decompose();
    double[] sorted = fitness.clone();
    Arrays.sort(sorted);
    termination.record(sorted, iteration);
  }

  /** Why this run should end (a pycma termination name), or null to go on. */
  String stop(double tolX) {
    return termination.check(this, tolX);
  }

  double[] axisLengths() {
    return d.clone();
  }

  double[] axis(int i) {
    double[] v = new double[p.n];
    for (int j = 0; j < p.n; j++) {
      v[j] = b[j][i];
    }
    return v;
  }

  private void decompose() {
    EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(cov, true));
    RealMatrix v = eig.getV();
    b = v.getData();
    d = new double[p.n];
    for (int i = 0; i < p.n; i++) {
      d[i] = Math.sqrt(Math.max(eig.getRealEigenvalue(i), 1e-300));
    }
  }

  private static double[] transposeTimes(double[][] m, double[] v) {
    double[] r = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      for (int j = 0; j < v.length; j++) {
        r[i] += m[j][i] * v[j];
      }
    }
    return r;
  }

  private static double[] times(double[][] m, double[] v) {
    double[] r = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      for (int j = 0; j < v.length; j++) {
        r[i] += m[i][j] * v[j];
      }
    }
    return r;
  }

  private static double[] divide(double[] v, double[] by) {
    double[] r = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      r[i] = v[i] / by[i];
    }
    return r;
  }

  /** Writes this run's state into {@code s}. */
  void save(Map<String, String> s) {
    s.put("mean", CmaState.join(mean));
    s.put("sigma", Double.toString(sigma));
    s.put("sigma0", Double.toString(sigma0));
    double[] flat = new double[p.n * p.n];
    for (int i = 0; i < p.n; i++) {
      System.arraycopy(cov[i], 0, flat, i * p.n, p.n);
    }
    s.put("cov", CmaState.join(flat));
    s.put("pc", CmaState.join(pc));
    s.put("ps", CmaState.join(ps));
    s.put("iteration", Long.toString(iteration));
    termination.save(s);
  }

  /** The run saved by {@link #save}, with population size {@code p.lambda}. */
  static CmaCore restore(CmaParameters p, Map<String, String> s) {
    int n = p.n;
    CmaCore c = new CmaCore(p, CmaState.numbers(s, "mean", n), CmaState.number(s, "sigma0"));
    c.sigma = CmaState.number(s, "sigma");
    double[] flat = CmaState.numbers(s, "cov", n * n);
    for (int i = 0; i < n; i++) {
      c.cov[i] = Arrays.copyOfRange(flat, i * n, (i + 1) * n);
    }
    c.pc = CmaState.numbers(s, "pc", n);
    c.ps = CmaState.numbers(s, "ps", n);
    c.iteration = (long) CmaState.number(s, "iteration");
    c.termination.restore(s);
    c.decompose();
    return c;
  }
}
