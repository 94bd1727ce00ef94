package io.github.seapopym4j.calibration;

import io.github.seapopym4j.space.Domain;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A running {@link CmaEs}, in normalised coordinates. State for a checkpoint: mean, step size,
 * covariance matrix and the two evolution paths; the eigendecomposition is recomputed from the
 * covariance each generation, so it needs no saving.
 */
final class CmaEsEvolution implements Evolution {

  private final CmaEs cfg;
  private final Domain domain;
  private final long seed;
  private final int n;
  private final int lambda;
  private final int mu;
  private final double[] weights;
  private final double mueff;
  private final double cc;
  private final double cs;
  private final double c1;
  private final double cmu;
  private final double damps;
  private final double chiN;

  private double[] mean;
  private double sigma;
  private double[][] cov;
  private double[] pc;
  private double[] ps;
  private long next;
  private boolean converged;

  CmaEsEvolution(CmaEs cfg, Domain domain, long seed) {
    this.cfg = cfg;
    this.domain = domain;
    this.seed = seed;
    n = domain.dimension();
    lambda = cfg.lambda(n);
    mu = lambda / 2;
    weights = new double[mu];
    double sum = 0;
    for (int i = 0; i < mu; i++) {
      weights[i] = Math.log((lambda + 1) / 2.0) - Math.log(i + 1);
      sum += weights[i];
    }
    double sumSq = 0;
    for (int i = 0; i < mu; i++) {
      weights[i] /= sum;
      sumSq += weights[i] * weights[i];
    }
    mueff = 1 / sumSq;
    cc = (4 + mueff / n) / (n + 4 + 2 * mueff / n);
    cs = (mueff + 2) / (n + mueff + 5);
    c1 = 2 / ((n + 1.3) * (n + 1.3) + mueff);
    cmu = Math.min(1 - c1, 2 * (mueff - 2 + 1 / mueff) / ((n + 2) * (n + 2) + mueff));
    damps = 1 + 2 * Math.max(0, Math.sqrt((mueff - 1) / (n + 1)) - 1) + cs;
    chiN = Math.sqrt(n) * (1 - 1.0 / (4 * n) + 1.0 / (21.0 * n * n));
    mean = new double[n];
    Arrays.fill(mean, 0.5);
    sigma = cfg.sigma0();
    cov = new double[n][n];
    for (int i = 0; i < n; i++) {
      cov[i][i] = 1;
    }
    pc = new double[n];
    ps = new double[n];
  }

  @Override
  public long generation() {
    return next;
  }

  @Override
  public boolean converged() {
    return converged;
  }

  @Override
  public ScoredPopulation next(PopulationEvaluator ev) {
    EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(cov, false));
    RealMatrix b = eig.getV();
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = Math.sqrt(Math.max(eig.getRealEigenvalue(i), 1e-300));
    }
    SplittableRandom rng = Seeds.forGeneration(seed, next);
    double[][] y = new double[lambda][n];
    double[][] real = new double[lambda][];
    for (int k = 0; k < lambda; k++) {
      double[] dz = new double[n];
      for (int i = 0; i < n; i++) {
        dz[i] = d[i] * rng.nextGaussian();
      }
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j < n; j++) {
          s += b.getEntry(i, j) * dz[j];
        }
        y[k][i] = s;
        x[i] = mean[i] + sigma * s;
      }
      real[k] = toDomain(x);
    }
    double[] f = ev.evaluate(real);
    Integer[] order = new Integer[lambda];
    for (int k = 0; k < lambda; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (p, q) -> Double.compare(f[p], f[q])); // stable: ties keep sample order
    update(order, y, b, d);
    next++;
    return new ScoredPopulation(real, f);
  }

  private void update(Integer[] order, double[][] y, RealMatrix b, double[] d) {
    double[] yw = new double[n];
    for (int i = 0; i < mu; i++) {
      for (int j = 0; j < n; j++) {
        yw[j] += weights[i] * y[order[i]][j];
      }
    }
    for (int j = 0; j < n; j++) {
      mean[j] += sigma * yw[j];
    }
    // C^(-1/2) yw = B D^-1 B^T yw
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < n; j++) {
        s += b.getEntry(j, i) * yw[j];
      }
      t[i] = s / d[i];
    }
    double csn = Math.sqrt(cs * (2 - cs) * mueff);
    double psNorm = 0;
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < n; j++) {
        s += b.getEntry(i, j) * t[j];
      }
      ps[i] = (1 - cs) * ps[i] + csn * s;
      psNorm += ps[i] * ps[i];
    }
    psNorm = Math.sqrt(psNorm);
    boolean hsig = psNorm / Math.sqrt(1 - Math.pow(1 - cs, 2.0 * (next + 1))) / chiN
        < 1.4 + 2.0 / (n + 1);
    double ccn = Math.sqrt(cc * (2 - cc) * mueff);
    for (int i = 0; i < n; i++) {
      pc[i] = (1 - cc) * pc[i] + (hsig ? ccn * yw[i] : 0);
    }
    double keep = 1 - c1 - cmu + (hsig ? 0 : c1 * cc * (2 - cc));
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double rankMu = 0;
        for (int k = 0; k < mu; k++) {
          rankMu += weights[k] * y[order[k]][i] * y[order[k]][j];
        }
        double v = keep * cov[i][j] + c1 * pc[i] * pc[j] + cmu * rankMu;
        cov[i][j] = v;
        cov[j][i] = v;
      }
    }
    sigma *= Math.exp((cs / damps) * (psNorm / chiN - 1));
    double maxD = 0;
    for (double v : d) {
      maxD = Math.max(maxD, v);
    }
    converged = !(sigma * maxD >= cfg.tolX()) || !Double.isFinite(sigma);
  }

  /** Maps a normalised point into the domain, mirroring it into [0, 1] first. */
  private double[] toDomain(double[] x) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double u = x[i] % 2;
      u = u < 0 ? u + 2 : u;
      u = u > 1 ? 2 - u : u;
      double lo = domain.lower(i);
      double hi = domain.upper(i);
      out[i] = Math.min(hi, Math.max(lo, lo + u * (hi - lo)));
    }
    return out;
  }

  @Override
  public Map<String, String> state() {
    Map<String, String> s = new HashMap<>();
    s.put("mean", join(mean));
    s.put("sigma", Double.toString(sigma));
    double[] flat = new double[n * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(cov[i], 0, flat, i * n, n);
    }
    s.put("cov", join(flat));
    s.put("pc", join(pc));
    s.put("ps", join(ps));
    s.put("converged", Boolean.toString(converged));
    return s;
  }

  static CmaEsEvolution restore(CmaEs cfg, Domain domain, long seed, long next,
      Map<String, String> state) {
    CmaEsEvolution e = new CmaEsEvolution(cfg, domain, seed);
    int n = domain.dimension();
    e.mean = parse(state, "mean", n);
    e.sigma = parse(state, "sigma", 1)[0];
    double[] flat = parse(state, "cov", n * n);
    for (int i = 0; i < n; i++) {
      e.cov[i] = Arrays.copyOfRange(flat, i * n, (i + 1) * n);
    }
    e.pc = parse(state, "pc", n);
    e.ps = parse(state, "ps", n);
    e.converged = Boolean.parseBoolean(state.getOrDefault("converged", "false"));
    e.next = next;
    return e;
  }

  private static String join(double[] v) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < v.length; i++) {
      b.append(i == 0 ? "" : " ").append(v[i]);
    }
    return b.toString();
  }

  private static double[] parse(Map<String, String> state, String key, int expected) {
    String v = state.get(key);
    String[] parts = v == null ? new String[0] : v.trim().split(" ");
    if (v == null || parts.length != expected) {
      throw new IllegalArgumentException(String.format("CMA-ES checkpoint: expected %d numbers in "
          + "'%s', found %s", expected, key, v == null ? "none" : "'" + v + "'"));
    }
    return Arrays.stream(parts).mapToDouble(Double::parseDouble).toArray();
  }
}
