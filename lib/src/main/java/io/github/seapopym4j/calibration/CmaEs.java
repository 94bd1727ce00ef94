package io.github.seapopym4j.calibration;

import io.github.seapopym4j.space.Domain;
import java.util.Locale;
import java.util.Map;

/**
 * CMA-ES (Hansen's covariance matrix adaptation evolution strategy), as an ask/tell loop so that each
 * generation's λ points go to the {@link PopulationEvaluator} in one batch. It follows "The CMA
 * Evolution Strategy: A Tutorial" (Hansen 2016, default strategy parameters, rank-one and rank-μ
 * updates, cumulative step-size adaptation), with Commons Math's {@code EigenDecomposition} for the
 * covariance matrix.
 *
 * <p>Why not Commons Math's {@code CMAESOptimizer}: it calls the objective one point at a time
 * inside its own loop, so a generation cannot be evaluated as a parallel batch, and its internal
 * state (and random generator) cannot be saved for an exact resume.
 *
 * <p>The search runs in normalised coordinates (the box mapped to [0, 1]ⁿ), from the box centre with
 * step size σ0 = 0.3 by default. Bounds are handled by mirroring: a sample is reflected into [0, 1]
 * (x mod 2, then 2 − x above 1) before it is evaluated, and the unreflected sample drives the update,
 * so the algorithm sees a continuous, mirrored landscape. The logbook records the evaluated (reflected)
 * points, in the parameters' own units.
 */
public final class CmaEs implements Optimizer {

  private final int lambda;
  private final double sigma0;
  private final double tolX;

  private CmaEs(int lambda, double sigma0, double tolX) {
    this.lambda = lambda;
    this.sigma0 = sigma0;
    this.tolX = tolX;
  }

  /**
   * CMA-ES with default population size 4 + ⌊3 ln n⌋ and σ0 = 0.3 (a third of the normalised box).
   */
  public static CmaEs withDefaults() {
    return new CmaEs(0, 0.3, 1e-12);
  }

  /** A copy with λ = {@code n} points per generation (&gt;= 2; 0 restores the default). */
  public CmaEs populationSize(int n) {
    if (n != 0 && n < 2) {
      throw new IllegalArgumentException("CMA-ES population size must be >= 2 (or 0 for the "
          + "default), but was " + n);
    }
    return new CmaEs(n, sigma0, tolX);
  }

  /** A copy with initial step size {@code sigma} in normalised units, in (0, 1]. */
  public CmaEs sigma0(double sigma) {
    if (!(sigma > 0 && sigma <= 1)) {
      throw new IllegalArgumentException("CMA-ES sigma0 must be in (0, 1] (normalised box units), "
          + "but was " + sigma);
    }
    return new CmaEs(lambda, sigma, tolX);
  }

  /**
   * A copy that reports convergence once every axis of the search distribution is below {@code
   * tol} (normalised units, default 1e-12).
   */
  public CmaEs tolX(double tol) {
    if (!(tol > 0)) {
      throw new IllegalArgumentException("CMA-ES tolX must be > 0, but was " + tol);
    }
    return new CmaEs(lambda, sigma0, tol);
  }

  /** λ for a problem of {@code dimension} parameters. */
  public int lambda(int dimension) {
    return lambda > 0 ? lambda : 4 + (int) Math.floor(3 * Math.log(dimension));
  }

  double sigma0() {
    return sigma0;
  }

  double tolX() {
    return tolX;
  }

  @Override
  public String name() {
    return "cmaes";
  }

  @Override
  public String settings() {
    return String.format(Locale.ROOT, "lambda=%s sigma0=%s tolx=%s",
        lambda == 0 ? "default" : Integer.toString(lambda), sigma0, tolX);
  }

  @Override
  public Evolution start(Domain domain, long seed) {
    return new CmaEsEvolution(this, domain, seed);
  }

  @Override
  public Evolution resume(Domain domain, long seed, long nextGeneration, Map<String, String> state) {
    return CmaEsEvolution.restore(this, domain, seed, nextGeneration, state);
  }

  @Override
  public String toString() {
    return "CmaEs[" + settings() + "]";
  }
}
