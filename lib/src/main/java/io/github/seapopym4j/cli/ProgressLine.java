package io.github.seapopym4j.cli;

import io.github.seapopym4j.calibration.CalibrationListener;
import io.github.seapopym4j.calibration.CalibrationResult;
import io.github.seapopym4j.calibration.Generation;
import io.github.seapopym4j.calibration.StopCriteria;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A calibration's progress as one line per generation on a writer (stderr): generation, best and
 * mean fitness, evaluations per second, resident memory. A minimal listener: the command line may
 * swap in a progress bar with the same callbacks.
 */
final class ProgressLine implements CalibrationListener {

  private final PrintWriter err;
  private final String prefix;
  private long budget;

  ProgressLine(PrintWriter err, String prefix) {
    this.err = err;
    this.prefix = prefix;
  }

  @Override
  public void started(long firstGeneration, StopCriteria stop) {
    budget = stop.generations();
    if (firstGeneration > 0) {
      err.printf(Locale.ROOT, "%s: resuming at generation %d%n", prefix, firstGeneration);
      err.flush();
    }
  }

  @Override
  public void generation(Generation g) {
    err.printf(Locale.ROOT, "%s: generation %d/%d  best %.6g  best so far %.6g  mean %.6g  "
            + "%.0f eval/s  resident %.0f MB%n", prefix, g.index() + 1, budget, g.best(),
        g.bestSoFar(), g.mean(), g.evaluationsPerSecond(), g.memory().residentBytes() / 1e6);
    err.flush();
  }

  @Override
  public void warning(String message) {
    err.println(prefix + ": warning: " + message);
    err.flush();
  }

  @Override
  public void finished(CalibrationResult result) {
    err.printf(Locale.ROOT, "%s: stopped (%s) after %d generations; best %.6g at generation %d%n",
        prefix, result.stopReason().name().toLowerCase(Locale.ROOT), result.logbook().generations(),
        result.bestFitness(), result.bestGeneration());
    err.flush();
  }
}
