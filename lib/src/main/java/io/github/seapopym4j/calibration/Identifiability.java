package io.github.seapopym4j.calibration;

import io.github.seapopym4j.space.Domain;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * How well the observations constrain each free parameter at the best point of a calibration: the
 * local curvature of the cost (a Hessian by central finite differences in coordinates normalised
 * to the bounds) turned into parameter correlations, and 1-D cost profiles through the best point.
 *
 * <p>Why the curvature: near a minimum the cost is about f* + ½ Δᵀ H Δ, so the parameter sets that
 * fit almost as well form an ellipsoid whose shape is H⁻¹; read as a covariance (the Laplace
 * approximation of a likelihood), H⁻¹ gives correlations, which do not depend on the unknown noise
 * scale nor on each parameter's units. Why finite differences rather than the final CMA-ES
 * covariance: they measure the cost itself, after any optimiser (the GA has no covariance) and
 * however the search ended (a restart or an early stop leaves a covariance that has not adapted).
 * Why normalised coordinates: one step (1 % of each range) suits parameters of any magnitude.
 * Why the square of the cost (when the cost is &gt;= 0): an RMSE-type cost is the square root of a
 * sum of squared residuals, a cone, not a paraboloid, at a zero-residual optimum (a noise-free twin),
 * where its finite-difference Hessian means nothing; f² is quadratic there, and at an optimum
 * f* &gt; 0 its Hessian is 2f*·H, so the correlations are those of f.
 *
 * <p>Flat directions (a ridge such as E/λ0, where only a ratio is constrained) make H nearly
 * singular; its eigenvalues are floored at 1e-12 of the largest, so such a pair gets |r| ≈ 1 instead
 * of a failed inversion. A parameter is <em>poorly constrained</em> when, across its whole range
 * with the others at the best point, the cost rises by less than {@value #FLAT} of the best cost.
 */
public final class Identifiability {

  /** Pairs with |r| at or above this are reported as traded off. */
  public static final double STRONG = 0.9;
  /** Relative cost rise across a range below which a parameter is poorly constrained. */
  public static final double FLAT = 0.01;
  /** The finite-difference step, as a fraction of each range. */
  public static final double STEP = 0.01;
  /** Points of each profile, evenly spaced over the range (the best value is added). */
  public static final int PROFILE_POINTS = 21;

  private Identifiability() {}

  /**
   * The report at {@code best} (fitness {@code bestFitness}) of {@code domain}, evaluating the
   * stencil and profile points in two batches through {@code evaluator}.
   */
  public static IdentifiabilityReport at(Domain domain, double[] best, double bestFitness,
      PopulationEvaluator evaluator) {
    Objects.requireNonNull(evaluator, "evaluator");
    int n = domain.dimension();
    if (best.length != n) {
      throw new IllegalArgumentException(String.format("best point has %d parameters, but the "
          + "domain has %d %s", best.length, n, domain.names()));
    }
    List<String> notes = new ArrayList<>();
    double[][] corr = correlations(domain, best, evaluator, notes);
    List<IdentifiabilityReport.Profile> profiles = profiles(domain, best, bestFitness, evaluator);
    List<String> flat = new ArrayList<>();
    for (IdentifiabilityReport.Profile p : profiles) {
      double rise = p.maxFitness() - bestFitness;
      if (Double.isFinite(rise) && rise <= FLAT * Math.abs(bestFitness)) {
        flat.add(p.parameter());
      }
    }
    return new IdentifiabilityReport(domain.names(), corr, profiles, flat, notes);
  }

  /** The correlation matrix from the floored inverse of the finite-difference Hessian. */
  private static double[][] correlations(Domain domain, double[] best, PopulationEvaluator ev,
      List<String> notes) {
    int n = domain.dimension();
    double h = STEP;
    double[] u = new double[n];
    boolean moved = false;
    for (int i = 0; i < n; i++) {
      double range = domain.upper(i) - domain.lower(i);
      u[i] = range > 0 ? (best[i] - domain.lower(i)) / range : 0.5;
      // The stencil stays inside the box: a best point on a bound is moved in by one step.
      double c = Math.min(1 - h, Math.max(h, u[i]));
      moved |= c != u[i];
      u[i] = c;
    }
    if (moved) {
      notes.add("the best point lies within 1 % of a bound; the curvature is measured one step "
          + "inside it");
    }
    // Points: centre, ±h e_i, and the four corners (±h e_i ±h e_j) of every pair.
    List<double[]> pts = new ArrayList<>();
    pts.add(u.clone());
    for (int i = 0; i < n; i++) {
      pts.add(shift(u, i, h, -1, 0));
      pts.add(shift(u, i, -h, -1, 0));
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        pts.add(shift(u, i, h, j, h));
        pts.add(shift(u, i, h, j, -h));
        pts.add(shift(u, i, -h, j, h));
        pts.add(shift(u, i, -h, j, -h));
      }
    }
    double[][] x = new double[pts.size()][];
    for (int k = 0; k < x.length; k++) {
      x[k] = denormalise(domain, pts.get(k));
    }
    double[] f = ev.evaluate(x);
    boolean nonNegative = true;
    for (double v : f) {
      if (!(v < PopulationEvaluator.PENALTY)) {
        notes.add("some points next to the best failed to evaluate; the correlations are "
            + "unreliable");
        break;
      }
      nonNegative &= v >= 0;
    }
    if (nonNegative) {
      // The curvature of f²: see the class comment.
      for (int i = 0; i < f.length; i++) {
        f[i] *= f[i];
      }
    }
    double[][] hess = new double[n][n];
    int k = 1;
    for (int i = 0; i < n; i++) {
      hess[i][i] = (f[k] - 2 * f[0] + f[k + 1]) / (h * h);
      k += 2;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        hess[i][j] = (f[k] - f[k + 1] - f[k + 2] + f[k + 3]) / (4 * h * h);
        hess[j][i] = hess[i][j];
        k += 4;
      }
    }
    return correlation(hess, notes);
  }

  /** Correlations of H⁻¹ with H's eigenvalues floored at 1e-12 of the largest. */
  static double[][] correlation(double[][] hess, List<String> notes) {
    int n = hess.length;
    EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(hess));
    double[] lambda = eig.getRealEigenvalues();
    double max = 0;
    for (double l : lambda) {
      max = Math.max(max, Math.abs(l));
    }
    double floor = max > 0 ? 1e-12 * max : 1e-300;
    boolean negative = false;
    double[][] inv = new double[n][n];
    RealMatrix v = eig.getV();
    for (int e = 0; e < n; e++) {
      negative |= lambda[e] < -1e-3 * max; // smaller: finite-difference error along a ridge
      double w = 1 / Math.max(lambda[e], floor);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          inv[i][j] += w * v.getEntry(i, e) * v.getEntry(j, e);
        }
      }
    }
    if (negative) {
      notes.add("the cost curves downwards along some direction at the best point (not a local "
          + "minimum at a 1 % step): calibrate longer before trusting the correlations");
    }
    double[][] r = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        r[i][j] = i == j ? 1 : Math.max(-1, Math.min(1, inv[i][j]
            / Math.sqrt(inv[i][i] * inv[j][j])));
      }
    }
    return r;
  }

  /** One profile per parameter: {@link #PROFILE_POINTS} values over its range and the best one. */
  private static List<IdentifiabilityReport.Profile> profiles(Domain domain, double[] best,
      double bestFitness, PopulationEvaluator ev) {
    int n = domain.dimension();
    int m = PROFILE_POINTS;
    double[][] x = new double[n * m][];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < m; k++) {
        double[] p = best.clone();
        p[i] = domain.lower(i) + (domain.upper(i) - domain.lower(i)) * k / (m - 1);
        x[i * m + k] = p;
      }
    }
    double[] f = ev.evaluate(x);
    List<IdentifiabilityReport.Profile> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<double[]> rows = new ArrayList<>();
      for (int k = 0; k < m; k++) {
        rows.add(new double[] {x[i * m + k][i], f[i * m + k]});
      }
      rows.add(new double[] {best[i], bestFitness});
      rows.sort((a, b) -> Double.compare(a[0], b[0]));
      out.add(new IdentifiabilityReport.Profile(domain.names().get(i), rows));
    }
    return out;
  }

  private static double[] shift(double[] u, int i, double di, int j, double dj) {
    double[] p = u.clone();
    p[i] += di;
    if (j >= 0) {
      p[j] += dj;
    }
    return p;
  }

  private static double[] denormalise(Domain domain, double[] u) {
    double[] x = new double[u.length];
    for (int i = 0; i < u.length; i++) {
      x[i] = domain.lower(i) + u[i] * (domain.upper(i) - domain.lower(i));
    }
    return x;
  }
}
