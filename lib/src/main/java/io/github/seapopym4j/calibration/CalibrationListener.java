package io.github.seapopym4j.calibration;

/**
 * Receives a calibration's progress: a progress bar, a notebook cell, a log. Called on the thread
 * that runs the calibration, after the generation's logbook and checkpoint are written. A listener
 * that throws aborts the calibration (the checkpoint allows a resume).
 */
public interface CalibrationListener {

  /** The calibration begins at {@code firstGeneration} (above 0 when resumed). */
  default void started(long firstGeneration, StopCriteria stop) {}

  /** A generation is done: {@code g} has the best and mean fitness, evaluations/s and memory. */
  void generation(Generation g);

  /** Something the user should know (memory ceiling reached, evaluation failures). */
  default void warning(String message) {}

  /** The calibration stopped. */
  default void finished(CalibrationResult result) {}

  /** A listener that ignores everything. */
  static CalibrationListener none() {
    return g -> {};
  }
}
