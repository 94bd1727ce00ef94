package io.github.seapopym4j.cli;

import io.github.seapopym4j.calibration.CalibrationListener;
import io.github.seapopym4j.calibration.CalibrationResult;
import io.github.seapopym4j.calibration.Generation;
import io.github.seapopym4j.calibration.StopCriteria;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A calibration's progress on the command line: a {@link ProgressBar} over the generation budget
 * whose status is the last generation's best-so-far and mean fitness, evaluations per second and
 * resident memory ({@code calibrate [######----] 20% 20/100 1.9/s ETA 0:42  best 0.123 mean 0.456
 * 1,800 ev/s 240 MB}); warnings on lines of their own; one closing line with the stop reason.
 */
final class CalibrationProgress implements CalibrationListener {

  private final PrintWriter err;
  private final BiFunction<String, Long, ProgressBar> bars;
  private ProgressBar bar;
  private boolean inEvaluations;

  /** Progress on {@code err}, drawn for a terminal when standard error is one. */
  CalibrationProgress(PrintWriter err) {
    this(err, (label, total) -> ProgressBar.start(label, total, err));
  }

  /** Progress on {@code err} through bars made by {@code bars} (label, total) (tests). */
  CalibrationProgress(PrintWriter err, BiFunction<String, Long, ProgressBar> bars) {
    this.err = Objects.requireNonNull(err, "err");
    this.bars = Objects.requireNonNull(bars, "bars");
  }

  @Override
  public void started(long firstGeneration, StopCriteria stop) {
    if (firstGeneration > 0) {
      err.printf(Locale.ROOT, "seapopym: resuming at generation %d%n", firstGeneration);
      err.flush();
    }
    // Without a generation budget (--max-evaluations alone) the bar counts evaluations.
    inEvaluations = stop.generations() == Long.MAX_VALUE && stop.maxEvaluations() < Long.MAX_VALUE;
    bar = inEvaluations ? bars.apply("calibrate (evaluations)", stop.maxEvaluations())
        : bars.apply("calibrate", Math.max(0, stop.generations() - firstGeneration));
  }

  @Override
  public void generation(Generation g) {
    bar.status(status(g));
    bar.step(inEvaluations ? g.evaluation().evaluated() : 1);
  }

  /** {@code best 0.123 mean 0.456 1,800 ev/s 240 MB} (no memory figure where none is reported). */
  static String status(Generation g) {
    String s = String.format(Locale.ROOT, "best %.4g mean %.4g %,.0f ev/s", g.bestSoFar(), g.mean(),
        g.evaluationsPerSecond());
    long rss = g.memory().residentBytes();
    return rss < 0 ? s : s + String.format(Locale.ROOT, " %.0f MB", rss / 1e6);
  }

  @Override
  public void warning(String message) {
    String line = "seapopym: warning: " + message;
    if (bar == null) {
      err.println(line);
      err.flush();
    } else {
      bar.message(line);
    }
  }

  @Override
  public void finished(CalibrationResult result) {
    if (bar != null) {
      bar.close();
    }
    err.printf(Locale.ROOT, "seapopym: stopped (%s) after %d generations; best %.6g at generation "
            + "%d%n", result.stopReason().name().toLowerCase(Locale.ROOT),
        result.logbook().generations(), result.bestFitness(), result.bestGeneration());
    err.flush();
  }
}
