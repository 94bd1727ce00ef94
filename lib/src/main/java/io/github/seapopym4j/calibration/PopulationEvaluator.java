package io.github.seapopym4j.calibration;

/**
 * Scores a whole population in one call: the boundary between optimisers (the built-in GA and
 * CMA-ES, or any external one) and the machinery that runs the model (local threads here, Spark in
 * the {@code spark} module).
 *
 * <p>Contract for implementations:
 *
 * <ul>
 *   <li>{@code evaluate(population)[i]} is the fitness (lower is better) of {@code population[i]}:
 *       output is addressed by index, so results do not depend on how work is spread over threads
 *       or machines;
 *   <li>an individual whose evaluation throws or yields NaN or ±∞ gets {@link #PENALTY} and is
 *       listed in {@link #lastReport()}'s failures; the other individuals are still evaluated;
 *   <li>the caller's arrays are never modified;
 *   <li>one {@code evaluate} call at a time (optimisers call it once or a few times per generation).
 * </ul>
 *
 * <pre>{@code
 * try (PopulationEvaluator ev = LocalPopulationEvaluator.builder(objective).threads(4).build()) {
 *   double[] fitness = ev.evaluate(population);
 *   System.out.println(ev.lastReport());
 * }
 * }</pre>
 */
public interface PopulationEvaluator extends AutoCloseable {

  /**
   * The fitness given to an individual whose evaluation failed or was not finite:
   * {@link Double#MAX_VALUE}, finite so that sums, sorts and CSV round trips stay well defined, and
   * worse than any real score. Statistics such as a generation's mean leave penalised individuals
   * out.
   */
  double PENALTY = Double.MAX_VALUE;

  /**
   * The fitness of every individual, lower is better.
   *
   * @param population {@code population[i]} is one parameter vector; all have the same length
   * @return a new array, {@code result[i]} the fitness of {@code population[i]} or {@link #PENALTY}
   */
  double[] evaluate(double[][] population);

  /** What the latest {@link #evaluate} call did (failures, cache hits, time). */
  EvaluationReport lastReport();

  /** Drops cached results, if any (called by the memory monitor's cleanup). */
  default void clearCache() {}

  /** Releases threads and memory this evaluator owns. */
  @Override
  void close();
}
