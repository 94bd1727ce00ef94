package io.github.seapopym4j.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation budget and patience stop any optimiser, and a killed run resumes to the same stop. */
class EarlyStoppingResumeTest {

  @TempDir
  Path dir;

  static CalibrationResult run(PopulationEvaluator ev, Path out, boolean resume,
      CalibrationListener listener) {
    return Calibration.builder(GeneticAlgorithm.realValued().populationSize(16).build(),
            EnsembleTest.DOMAIN, ev)
        .seed(5).stop(StopCriteria.evaluations(200)).directory(out).resume(resume)
        .listener(listener).build().run();
  }

  @Test
  void aGaStopsOnceTheEvaluationBudgetIsSpentAndResumesToTheSameStop() {
    CalibrationResult straight;
    CalibrationResult resumed;
    try (PopulationEvaluator ev = LocalPopulationEvaluator.builder(EnsembleTest.SHIFTED_SPHERE)
        .threads(2).build()) {
      straight = run(ev, dir.resolve("straight"), false, CalibrationListener.none());
      AtomicInteger n = new AtomicInteger();
      assertThrows(IllegalStateException.class, () -> run(ev, dir.resolve("killed"), false,
          g -> {
            if (n.incrementAndGet() == 4) {
              throw new IllegalStateException("killed");
            }
          }));
      resumed = run(ev, dir.resolve("killed"), true, CalibrationListener.none());
    }
    assertEquals(StopReason.EVALUATIONS, straight.stopReason());
    long spent = new Ensemble.Member(5, dir, straight).evaluations();
    // Elitism repeats 2 vectors per generation (not counted): the budget ends within a generation.
    assertTrue(spent >= 200 && spent < 200 + 16, "spent " + spent);
    assertEquals(straight.logbook().csv(false), resumed.logbook().csv(false));
    assertEquals(StopReason.EVALUATIONS, resumed.stopReason());
  }
}
