package io.github.seapopym4j.calibration;

/**
 * The cost of one parameter vector, lower is better: e.g. run the model and score it against
 * observations ({@link ModelObjective}), or a benchmark function in tests.
 *
 * <p>Implementations must be thread-safe (a {@link LocalPopulationEvaluator} calls them from several
 * threads at once), deterministic for reproducible calibrations, and free everything they allocate
 * before returning. They may throw: the evaluator turns the exception into a penalty.
 */
@FunctionalInterface
public interface Objective {

  /**
   * The cost of {@code x}.
   *
   * @param x a parameter vector (a private copy: the objective may keep or change it)
   */
  double value(double[] x) throws Exception;
}
