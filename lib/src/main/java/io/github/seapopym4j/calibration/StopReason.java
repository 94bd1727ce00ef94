package io.github.seapopym4j.calibration;

/** Why a calibration stopped. */
public enum StopReason {
  /** The generation budget is spent. */
  GENERATIONS,
  /** The best fitness reached the target. */
  TARGET,
  /** The best fitness stopped improving. */
  STAGNATION,
  /**
   * The optimiser reports it cannot progress (a CMA-ES run met a termination criterion and no
   * restart is left).
   */
  CONVERGED,
  /** Memory stayed above the ceiling after a cleanup; the checkpoint allows a resume. */
  MEMORY
}
