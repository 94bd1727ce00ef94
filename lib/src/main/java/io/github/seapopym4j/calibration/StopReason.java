package io.github.seapopym4j.calibration;

/** Why a calibration stopped. */
public enum StopReason {
  /** The generation budget is spent. */
  GENERATIONS,
  /** The best fitness reached the target. */
  TARGET,
  /** The best fitness stopped improving (absolute tolerance, {@code --stagnation}). */
  STAGNATION,
  /** The model-evaluation budget is spent. */
  EVALUATIONS,
  /**
   * The best fitness did not improve by more than the relative tolerance for the patience's
   * number of generations ({@code --patience}).
   */
  PATIENCE,
  /**
   * The optimiser reports it cannot progress (a CMA-ES run met a termination criterion and no
   * restart is left).
   */
  CONVERGED,
  /** Memory stayed above the ceiling after a cleanup; the checkpoint allows a resume. */
  MEMORY
}
