package io.github.seapopym4j.calibration;

import java.util.Map;

/**
 * The running state of one optimisation, advanced one generation at a time. Created by {@link
 * Optimizer#start} or {@link Optimizer#resume}; driven by {@link Calibration}.
 *
 * <p>Reproducibility contract: generation {@code g}'s randomness is derived from (seed, g) only, so
 * the state after generation {@code g - 1} ({@link #state()}) and the seed are enough to continue
 * exactly as an uninterrupted run would.
 */
public interface Evolution {

  /** The index of the generation {@link #next} will produce (0 for a fresh start). */
  long generation();

  /** Proposes generation {@link #generation()}, scores it through {@code evaluator}, and moves on. */
  ScoredPopulation next(PopulationEvaluator evaluator);

  /**
   * The exact state after the latest generation, as text (numbers in {@link Double#toString}
   * form, which round-trips), for a checkpoint.
   */
  Map<String, String> state();

  /** Whether the optimiser cannot make further progress (e.g. CMA-ES step size collapsed). */
  default boolean converged() {
    return false;
  }
}
