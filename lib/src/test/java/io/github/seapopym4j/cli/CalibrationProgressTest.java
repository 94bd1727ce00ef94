package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.calibration.EvaluationReport;
import io.github.seapopym4j.calibration.Generation;
import io.github.seapopym4j.calibration.ScoredPopulation;
import io.github.seapopym4j.calibration.StopCriteria;
import io.github.seapopym4j.profile.MemorySnapshot;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CalibrationProgressTest {

  private final StringWriter text = new StringWriter();
  private final PrintWriter err = new PrintWriter(text);
  private final AtomicLong nanos = new AtomicLong();
  private final CalibrationProgress progress = new CalibrationProgress(err,
      (label, total) -> new ProgressBar(label, total, err, false, nanos::get));

  /** Generation {@code index}: fitness 0.5 and 1.5, 2000 evaluations in {@code seconds}. */
  private static Generation generation(long index, double seconds, long resident) {
    EvaluationReport report = new EvaluationReport(2000, 2000, 0, List.of(), 0);
    return new Generation(index, new ScoredPopulation(new double[][] {{1}, {2}},
        new double[] {0.5, 1.5}), 1, (long) (seconds * 1e9), report,
        new MemorySnapshot(1, 2, resident), 0.25);
  }

  @Test
  void statusHoldsBestSoFarMeanRateAndResidentMemory() {
    assertEquals("best 0.2500 mean 1.000 1,600 ev/s 240 MB",
        CalibrationProgress.status(generation(0, 1.25, 240_000_000)));
    assertEquals("best 0.2500 mean 1.000 1,600 ev/s",
        CalibrationProgress.status(generation(0, 1.25, -1)), "no resident figure where none is known");
  }

  @Test
  void aBarCountsTheGenerationsLeftOfTheBudget() {
    progress.started(0, StopCriteria.generations(10));
    for (int g = 0; g < 10; g++) {
      nanos.addAndGet(500_000_000L);
      progress.generation(generation(g, 0.5, 100_000_000));
    }
    List<String> lines = text.toString().lines().toList();
    assertEquals(10, lines.size(), text.toString());
    assertEquals("calibrate: 1/10 (10%) 2.00/s ETA 0:05  best 0.2500 mean 1.000 4,000 ev/s 100 MB",
        lines.get(0));
  }

  @Test
  void aResumedRunSaysWhereItResumesAndCountsOnlyWhatIsLeft() {
    progress.started(3, StopCriteria.generations(5));
    nanos.addAndGet(1_000_000_000L);
    progress.generation(generation(3, 1, 1));
    assertTrue(text.toString().startsWith("seapopym: resuming at generation 3\n"
        + "calibrate: 1/2 (50%)"), text.toString());
  }

  @Test
  void warningsGetALineOfTheirOwn() {
    progress.warning("before the bar");
    progress.started(0, StopCriteria.generations(4));
    progress.warning("generation 0: 1 individuals failed");
    assertEquals("seapopym: warning: before the bar\n"
        + "seapopym: warning: generation 0: 1 individuals failed\n", text.toString());
  }
}
