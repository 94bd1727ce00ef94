package io.github.seapopym4j.calibration;

import io.github.seapopym4j.space.Domain;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * CMA-ES (Hansen's covariance matrix adaptation evolution strategy) as pycma runs it by default:
 * the parameters of "The CMA Evolution Strategy: A Tutorial" (Hansen 2016, {@link CmaParameters}),
 * active CMA, population 4 + ⌊3 ln n⌋, pycma's termination criteria ({@link CmaTermination}) and,
 * optionally, restarts with increasing population (IPOP, or BIPOP). It is an ask/tell loop, so that
 * each generation's λ points go to the {@link PopulationEvaluator} in one batch, with Commons Math's
 * {@code EigenDecomposition} for the covariance matrix.
 *
 * <p>Why not Commons Math's {@code CMAESOptimizer}: it calls the objective one point at a time
 * inside its own loop, so a generation cannot be evaluated as a parallel batch, and its internal
 * state (and random generator) cannot be saved for an exact resume.
 *
 * <p>The search runs in normalised coordinates (the box mapped to [0, 1]ⁿ), from the box centre (or
 * a random point: {@link #randomStart}) with step size σ0 = 0.3 by default. The box is enforced by
 * pycma's bound transformation ({@link BoundTransform}): the algorithm searches an unconstrained
 * genotype and evaluates a smooth, periodic mapping of it into the box, so an optimum on a bound is
 * reached as fast as one inside. The logbook records the evaluated points, in the parameters' own
 * units. {@link #unbounded()} drops the box (it then only says where start points are drawn), for
 * test functions ({@link #minimize}).
 *
 * @param lambda points per generation of the first run, &gt;= 2, or 0 for the default ({@link
 *     #lambda(int)})
 * @param sigma0 the initial step size in normalised units, in (0, 1]
 * @param tolX the {@code tolx} termination threshold (normalised units), &gt; 0
 * @param restartStrategy how runs restart
 * @param restarts the most restarts, 0 with {@link RestartStrategy#NONE} and &gt;= 1 otherwise
 * @param bounded whether the domain bounds the search (else it only says where runs start)
 * @param startsAtRandom whether the first run starts at a uniform random point of the box
 */
public record CmaEs(int lambda, double sigma0, double tolX, RestartStrategy restartStrategy,
    int restarts, boolean bounded, boolean startsAtRandom) implements Optimizer {

  /** How runs restart once {@link CmaTermination} ends one. */
  public enum RestartStrategy {
    /** One run only. */
    NONE,
    /** Each restart doubles the population (Auger and Hansen 2005). */
    IPOP,
    /** IPOP interleaved with small-population runs (Hansen 2009). */
    BIPOP;

    /** The name on the command line and in settings: none, ipop, bipop. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The strategy named {@code id} (none, ipop, bipop). */
    public static RestartStrategy byId(String id) {
      for (RestartStrategy s : values()) {
        if (s.id().equals(id)) {
          return s;
        }
      }
      throw new IllegalArgumentException("restart strategy must be none, ipop or bipop, but was '"
          + id + "'");
    }
  }

  /** Restarts pycma's users usually allow ({@code fmin(..., restarts=9)}). */
  public static final int DEFAULT_RESTARTS = 9;

  /** Checks every setting; the copying methods below build through it. */
  public CmaEs {
    if (lambda != 0 && lambda < 2) {
      throw new IllegalArgumentException("CMA-ES population size must be >= 2 (or 0 for the "
          + "default), but was " + lambda);
    }
    if (!(sigma0 > 0 && sigma0 <= 1)) {
      throw new IllegalArgumentException("CMA-ES sigma0 must be in (0, 1] (normalised box units), "
          + "but was " + sigma0);
    }
    if (!(tolX > 0)) {
      throw new IllegalArgumentException("CMA-ES tolX must be > 0, but was " + tolX);
    }
    Objects.requireNonNull(restartStrategy, "restartStrategy");
    if (restarts < 0 || (restartStrategy == RestartStrategy.NONE) != (restarts == 0)) {
      throw new IllegalArgumentException(String.format("CMA-ES restarts must be >= 1 with ipop or "
          + "bipop and 0 with none, but were %d with %s", restarts, restartStrategy.id()));
    }
  }

  /**
   * CMA-ES with default population size 4 + ⌊3 ln n⌋, σ0 = 0.3 (a third of the normalised box), no
   * restarts, bounded, from the box centre.
   */
  public static CmaEs withDefaults() {
    return new CmaEs(0, 0.3, 1e-12, RestartStrategy.NONE, 0, true, false);
  }

  /** A copy with λ = {@code n} points per generation (&gt;= 2; 0 restores the default). */
  public CmaEs populationSize(int n) {
    return new CmaEs(n, sigma0, tolX, restartStrategy, restarts, bounded, startsAtRandom);
  }

  /** A copy with initial step size {@code sigma} in normalised units, in (0, 1]. */
  public CmaEs sigma0(double sigma) {
    return new CmaEs(lambda, sigma, tolX, restartStrategy, restarts, bounded, startsAtRandom);
  }

  /**
   * A copy whose runs end ({@code tolx}) once every σ√C_ii and σ p_c,i is below {@code tol}
   * (normalised units, default 1e-12).
   */
  public CmaEs tolX(double tol) {
    return new CmaEs(lambda, sigma0, tol, restartStrategy, restarts, bounded, startsAtRandom);
  }

  /**
   * A copy that restarts up to {@code count} times with {@code strategy} (for BIPOP, {@code count}
   * counts the large-population runs); {@link RestartStrategy#NONE} needs count 0.
   */
  public CmaEs restarts(RestartStrategy strategy, int count) {
    return new CmaEs(lambda, sigma0, tolX, strategy, count, bounded, startsAtRandom);
  }

  /** A copy that treats the domain only as the region of start points, not as bounds. */
  public CmaEs unbounded() {
    return new CmaEs(lambda, sigma0, tolX, restartStrategy, restarts, false, startsAtRandom);
  }

  /** A copy whose first run starts at a uniform random point of the box (restarts always do). */
  public CmaEs randomStart() {
    return new CmaEs(lambda, sigma0, tolX, restartStrategy, restarts, bounded, true);
  }

  /** λ of the first run for a problem of {@code dimension} parameters. */
  public int lambda(int dimension) {
    return lambda > 0 ? lambda : 4 + (int) Math.floor(3 * Math.log(dimension));
  }

  /**
   * Minimises {@code f} outside a calibration, one point at a time on the calling thread, until
   * {@code f ≤ target}, {@code maxEvaluations} are spent (checked before each generation) or no
   * restart is left; the same evolution as {@link #start}.
   *
   * @param box the bounds, or with {@link #unbounded()} the region of start points
   */
  public Minimum minimize(Objective f, Domain box, long seed, long maxEvaluations, double target) {
    return CmaEsMinimizer.minimize(this, f, box, seed, maxEvaluations, target);
  }

  @Override
  public String name() {
    return "cmaes";
  }

  @Override
  public String settings() {
    String s = String.format(Locale.ROOT, "lambda=%s sigma0=%s tolx=%s",
        lambda == 0 ? "default" : Integer.toString(lambda), sigma0, tolX);
    if (restartStrategy != RestartStrategy.NONE) {
      s += " restarts=" + restarts + " restart_strategy=" + restartStrategy.id();
    }
    return s + (bounded ? "" : " bounds=none") + (startsAtRandom ? " start=random" : "");
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
