package io.github.seapopym4j.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

  @TempDir
  static Path dir;
  static BaselineReport report;

  @BeforeAll
  static void run() {
    CalibrationWorkload w = CalibrationWorkload.synthetic(dir, 1);
    report = Baseline.builder(w).population(6).generations(3).repeats(2).build().run();
    System.out.print(report.summary());
    System.out.println(report.table().print());
    System.out.println(report.memoryTable().print());
    System.out.println(report.json());
  }

  @Test
  void bothWorkflowsGiveBitIdenticalFitness() {
    assertTrue(report.identicalResults());
  }

  @Test
  void sharedInitialisationIsAtLeastFiveTimesFaster() {
    // The target; measured here about two orders of magnitude above it.
    assertTrue(report.init().ratioMin() >= 5, report.init().toString());
  }

  @Test
  void naiveMemoryGrowsOverGenerationsAndSharedDoesNot() {
    BaselineOutcome n = report.naive().get(report.naive().size() - 1);
    BaselineOutcome s = report.seapopym4j().get(report.seapopym4j().size() - 1);
    assertEquals(n.memory().size(), s.memory().size());
    assertTrue(n.growthOverGenerationsBytes() > 10_000_000, report.summary());
    assertTrue(s.growthOverGenerationsBytes() < n.growthOverGenerationsBytes() / 10,
        report.summary());
  }
}
