package io.github.seapopym4j.cli;

import io.github.seapopym4j.calibration.StopCriteria;
import io.github.seapopym4j.internal.Checks;
import picocli.CommandLine.Option;

/**
 * The stopping options of {@code calibrate} beyond the generation budget, as a picocli mixin: an
 * evaluation budget ({@code --max-evaluations}) and early stopping ({@code --patience}, {@code
 * --tolerance}, {@code --min-generations}). The stop reason goes to summary.json.
 */
final class StoppingOptions {

  @Option(names = "--max-evaluations", paramLabel = "N",
      description = "Stop once N model evaluations are spent (repeated parameter vectors, answered "
          + "by the cache, not counted; the generation crossing N completes). Without "
          + "--generations, the budget is then in evaluations only.")
  Long maxEvaluations;

  @Option(names = "--patience", paramLabel = "N", defaultValue = "0",
      description = "Stop after N generations without a relative improvement of the best score "
          + "larger than --tolerance (default: 0, never).")
  int patience;

  @Option(names = "--tolerance", paramLabel = "F", defaultValue = "1e-6",
      description = "Relative improvement that counts as progress for --patience (default: 1e-6).")
  double tolerance;

  @Option(names = "--min-generations", paramLabel = "N", defaultValue = "0",
      description = "--patience never stops before N generations (default: 0).")
  long minGenerations;

  /** The generation budget when --generations is not given: unlimited with --max-evaluations. */
  long defaultGenerations() {
    return maxEvaluations == null ? 100 : Long.MAX_VALUE;
  }

  /**
   * {@code stop} with these options.
   *
   * @throws IllegalArgumentException naming the option, what it expects and what it found
   */
  StopCriteria apply(StopCriteria stop) {
    if (maxEvaluations != null) {
      Checks.atLeast(maxEvaluations, 1, "--max-evaluations");
    }
    Checks.atLeast(patience, 0, "--patience");
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("--tolerance must be a finite number >= 0, but was "
          + tolerance);
    }
    Checks.atLeast(minGenerations, 0, "--min-generations");
    StopCriteria s = stop.withPatience(patience, tolerance, minGenerations);
    return maxEvaluations == null ? s : s.withMaxEvaluations(maxEvaluations);
  }
}
