package io.github.seapopym4j.cli;

import io.github.seapopym4j.calibration.CalibrationResult;
import io.github.seapopym4j.calibration.EvaluationReport;
import io.github.seapopym4j.calibration.PopulationEvaluator;
import java.nio.file.Path;

/** What a calibration's failed evaluations mean for its exit status. */
final class CalibrationFailures {

  private CalibrationFailures() {}

  /**
   * Fails when no evaluation of the calibration gave a finite score (every individual got the
   * penalty): its "best" parameters would be arbitrary.
   *
   * @throws IllegalStateException naming the count, the first failure and where the logbook is
   */
  static void requireSomeSuccess(CalibrationResult result, Path out) {
    if (result.bestFitness() < PopulationEvaluator.PENALTY) {
      return;
    }
    EvaluationReport t = result.totals();
    String first = t.failures().isEmpty() ? "none recorded" : t.failures().get(0).reason();
    throw new IllegalStateException(String.format("no evaluation succeeded: all %d individuals "
        + "evaluated failed and got the penalty (first failure: %s); the logbook is in %s, no %s "
        + "was written", t.individuals(), first, out, CalibrateCommand.BEST));
  }
}
