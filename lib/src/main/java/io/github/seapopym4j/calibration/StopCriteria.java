package io.github.seapopym4j.calibration;

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
 */
public record StopCriteria(long generations, double target, int stagnation, double tolerance) {

  public StopCriteria {
    if (generations < 1) {
      throw new IllegalArgumentException("generation budget must be >= 1, but was " + generations);
    }
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
  }

  /** Stop after {@code n} generations only. */
  public static StopCriteria generations(long n) {
    return new StopCriteria(n, Double.NEGATIVE_INFINITY, 0, 0);
  }

  /** A copy that also stops at fitness &lt;= {@code value}. */
  public StopCriteria withTarget(double value) {
    return new StopCriteria(generations, value, stagnation, tolerance);
  }

  /** A copy that also stops after {@code n} generations without an improvement &gt; {@code tol}. */
  public StopCriteria withStagnation(int n, double tol) {
    return new StopCriteria(generations, target, n, tol);
  }

  /**
   * The reason to stop before generation {@code bestSoFar.size()}, if any.
   *
   * @param bestSoFar the best fitness found up to and including each generation so far
   * @param converged whether the optimiser reports convergence
   */
  public Optional<StopReason> check(List<Double> bestSoFar, boolean converged) {
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
    return converged ? Optional.of(StopReason.CONVERGED) : Optional.empty();
  }
}
