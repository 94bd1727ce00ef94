package io.github.seapopym4j.cli;

import io.github.seapopym4j.fitness.MatchConfig;
import picocli.CommandLine.Option;

/**
 * How observations are matched to model cells, as a picocli mixin shared by the commands that score
 * ({@code score}, {@code calibrate}, {@code sweep model}).
 */
final class MatchOptions {

  @Option(names = "--cell-tolerance", paramLabel = "DEG",
      description = "Farthest an observation may lie from the nearest model cell centre, degrees "
          + "(default: half the grid spacing).")
  Double cellTolerance;

  /** {@code config} with these settings. */
  MatchConfig apply(MatchConfig config) {
    if (cellTolerance == null) {
      return config;
    }
    if (!(cellTolerance >= 0) || cellTolerance.isInfinite()) {
      throw new IllegalArgumentException("--cell-tolerance: expected degrees ≥ 0, but found "
          + cellTolerance);
    }
    return config.withCellTolerance(cellTolerance);
  }
}
