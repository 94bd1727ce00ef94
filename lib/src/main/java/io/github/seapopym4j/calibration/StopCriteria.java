package io.github.seapopym4j.calibration;

import io.github.seapopym4j.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * When a calibration stops (whichever comes first), as predicates over the history of the best
 * fitness per generation, in the spirit of Jenetics' {@code Limits}.
 *
 * @param generations the generation budget: generations 0 .. generations-1 are evaluated (&gt;= 1)
 * @param target stop once the best fitness is &lt;= target ({@link Double#NEGATIVE_INFINITY}: never)
 * @param stagnation stop when the best-so-far fitness has improved by no more than {@code
 *     tolerance} over the last {@code stagnation} generations (0: never)
 * @param tolerance the improvement that counts as progress (&gt;= 0)
 * @param maxEvaluations stop once this many model evaluations are spent (repeated parameter
 *     vectors, which the cache answers, not counted); the generation that crosses it completes
 *     ({@link Long#MAX_VALUE}: never)
 * @param patience stop after this many generations whose best-so-far fitness improved, relative to
 *     its magnitude, by no more than {@code relativeTolerance} (0: never)
 * @param relativeTolerance the relative improvement that counts as progress for {@code patience}
 * @param minGenerations {@code patience} never stops before this many generations
 */
public record StopCriteria(long generations, double target, int stagnation, double tolerance,
    long maxEvaluations, int patience, double relativeTolerance, long minGenerations) {

  public StopCriteria {
    Checks.atLeast(generations, 1, "generation budget");
    if (Double.isNaN(target)) {
      throw new IllegalArgumentException("target fitness must not be NaN");
    }
    if (stagnation < 0) {
      throw new IllegalArgumentException("stagnation generations must be >= 0, but was "
          + stagnation);
    }
    if (!(tolerance >= 0)) {
      throw new IllegalArgumentException("stagnation tolerance must be >= 0, but was " + tolerance);
    }
    if (maxEvaluations < 1) {
      throw new IllegalArgumentException("evaluation budget must be >= 1, but was "
          + maxEvaluations);
    }
    if (patience < 0) {
      throw new IllegalArgumentException("patience must be >= 0 generations, but was " + patience);
    }
    if (!(relativeTolerance >= 0)) {
      throw new IllegalArgumentException("relative tolerance must be >= 0, but was "
          + relativeTolerance);
    }
    if (minGenerations < 0) {
      throw new IllegalArgumentException("minimum generations must be >= 0, but was "
          + minGenerations);
    }
  }

  /** Stop after {@code n} generations only. */
  public static StopCriteria generations(long n) {
    return new StopCriteria(n, Double.NEGATIVE_INFINITY, 0, 0, Long.MAX_VALUE, 0, 0, 0);
  }

  /** Stop once {@code n} model evaluations are spent (and never on a generation count). */
  public static StopCriteria evaluations(long n) {
    return generations(Long.MAX_VALUE).withMaxEvaluations(n);
  }

  /** A copy that also stops once {@code n} model evaluations are spent. */
  public StopCriteria withMaxEvaluations(long n) {
    return new StopCriteria(generations, target, stagnation, tolerance, n, patience,
        relativeTolerance, minGenerations);
  }

  /**
   * A copy that also stops after {@code n} generations without a relative improvement of the best
   * fitness larger than {@code relTol}, but not before generation {@code minGenerations}.
   */
  public StopCriteria withPatience(int n, double relTol, long minGenerations) {
    return new StopCriteria(generations, target, stagnation, tolerance, maxEvaluations, n, relTol,
        minGenerations);
  }

  /** A copy that also stops at fitness &lt;= {@code value}. */
  public StopCriteria withTarget(double value) {
    return new StopCriteria(generations, value, stagnation, tolerance, maxEvaluations, patience,
        relativeTolerance, minGenerations);
  }

  /** A copy that also stops after {@code n} generations without an improvement &gt; {@code tol}. */
  public StopCriteria withStagnation(int n, double tol) {
    return new StopCriteria(generations, target, n, tol, maxEvaluations, patience,
        relativeTolerance, minGenerations);
  }

  /**
   * The reason to stop before generation {@code bestSoFar.size()}, if any.
   *
   * @param bestSoFar the best fitness found up to and including each generation so far
   * @param converged whether the optimiser reports convergence
   */
  public Optional<StopReason> check(List<Double> bestSoFar, boolean converged) {
    return check(bestSoFar, 0, converged);
  }

  /**
   * The reason to stop before generation {@code bestSoFar.size()}, if any.
   *
   * @param bestSoFar the best fitness found up to and including each generation so far
   * @param evaluations the model evaluations spent so far
   * @param converged whether the optimiser reports convergence
   */
  public Optional<StopReason> check(List<Double> bestSoFar, long evaluations, boolean converged) {
    int g = bestSoFar.size();
    if (g >= generations) {
      return Optional.of(StopReason.GENERATIONS);
    }
    if (g > 0 && bestSoFar.get(g - 1) <= target) {
      return Optional.of(StopReason.TARGET);
    }
    if (stagnation > 0 && g > stagnation
        && bestSoFar.get(g - 1 - stagnation) - bestSoFar.get(g - 1) <= tolerance) {
      return Optional.of(StopReason.STAGNATION);
    }
    if (evaluations >= maxEvaluations) {
      return Optional.of(StopReason.EVALUATIONS);
    }
    if (patience > 0 && g > patience && g >= minGenerations) {
      double before = bestSoFar.get(g - 1 - patience);
      double now = bestSoFar.get(g - 1);
      if (before - now <= relativeTolerance * Math.abs(before)) {
        return Optional.of(StopReason.PATIENCE);
      }
    }
    return converged ? Optional.of(StopReason.CONVERGED) : Optional.empty();
  }
}
