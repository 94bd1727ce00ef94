package io.github.seapopym4j.cli;

import io.github.seapopym4j.fitness.MatchReport;
import io.github.seapopym4j.fitness.ModelGrid;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.internal.AtomicFiles;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LongSummaryStatistics;
import java.util.stream.IntStream;

/**
 * What {@code score} says about the observations it could not score: none scored is an error with
 * the reason (the periods and extents of run and observations); fewer than half a warning with the
 * counts; any left out a one-line summary (counts by reason, first examples) with the full list in
 * {@value #FILE} in the run folder.
 */
final class ScoreCoverage {

  /** The full list of left-out observations, in the run folder. */
  static final String FILE = "skipped-observations.csv";

  private ScoreCoverage() {}

  /**
   * @throws IllegalArgumentException when no observation can be scored
   */
  static void check(MatchReport report, ObservationSet obs, ModelGrid grid, Path runDir,
      PrintWriter err) {
    if (report.matched() == 0) {
      throw new IllegalArgumentException(String.format("%s: no observation can be scored against "
          + "the run in %s: the run covers %s..%s, lat %s, lon %s; the observations cover %s, "
          + "lat %s, lon %s; %s", obs.source(), runDir, report.simulatedFrom(), report.simulatedTo(),
          span(grid.latitude()), span(grid.longitude()), dates(obs), span(column(obs, true)),
          span(column(obs, false)), report.summary()));
    }
    if (report.skipped() > 0) {
      Path file = runDir.resolve(FILE);
      String where;
      try {
        AtomicFiles.write(file, w -> w.write(String.join("\n", report.skippedRows()) + "\n"));
        where = "; all listed in " + file;
      } catch (UncheckedIOException e) {
        where = "; the full list could not be written to " + file + " (" + e.getMessage() + ")";
      }
      SeapopymCli.note(err, report.summary() + where);
    }
    if (report.fewMatched()) {
      SeapopymCli.warn(err, String.format("%s: only %d of %d observations were scored (%d outside "
          + "the simulated period, %d on land cells); the score describes fewer than half of them",
          obs.source(), report.matched(), report.observations(), report.outsidePeriod().size(),
          report.onLand().size()));
    }
  }

  private static double[] column(ObservationSet obs, boolean lat) {
    return IntStream.range(0, obs.size()).mapToDouble(i -> lat ? obs.latitude(i) : obs.longitude(i))
        .toArray();
  }

  private static String dates(ObservationSet obs) {
    LongSummaryStatistics days = IntStream.range(0, obs.size()).mapToLong(obs::epochDay)
        .summaryStatistics();
    return obs.size() == 0 ? "no dates"
        : LocalDate.ofEpochDay(days.getMin()) + ".." + LocalDate.ofEpochDay(days.getMax());
  }

  private static String span(double[] v) {
    return "[" + Arrays.stream(v).min().orElse(Double.NaN) + ", "
        + Arrays.stream(v).max().orElse(Double.NaN) + "]";
  }
}
