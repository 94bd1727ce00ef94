package io.github.seapopym4j.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StopCriteriaTest {

  @Test
  void theBudgetCountsGenerationsFromZero() {
    StopCriteria s = StopCriteria.generations(3);
    assertEquals(Optional.empty(), s.check(List.of(5.0, 4.0), false));
    assertEquals(Optional.of(StopReason.GENERATIONS), s.check(List.of(5.0, 4.0, 3.0), false));
  }

  @Test
  void theTargetStopsAtTheFirstGenerationReachingIt() {
    StopCriteria s = StopCriteria.generations(100).withTarget(1);
    assertEquals(Optional.empty(), s.check(List.of(5.0, 1.5), false));
    assertEquals(Optional.of(StopReason.TARGET), s.check(List.of(5.0, 1.0), false));
  }

  @Test
  void stagnationComparesWithTheBestSoFarNGenerationsEarlier() {
    StopCriteria s = StopCriteria.generations(100).withStagnation(2, 0.1);
    assertEquals(Optional.empty(), s.check(List.of(5.0, 4.0, 3.0), false)); // improved by 2
    assertEquals(Optional.of(StopReason.STAGNATION), s.check(List.of(5.0, 3.0, 2.95, 2.92), false));
  }

  @Test
  void convergenceOfTheOptimiserStops() {
    assertEquals(Optional.of(StopReason.CONVERGED),
        StopCriteria.generations(10).check(List.of(1.0), true));
  }

  @Test
  void aBudgetBelowOneIsRejected() {
    assertEquals("generation budget must be >= 1, but was 0", assertThrows(
        IllegalArgumentException.class, () -> StopCriteria.generations(0)).getMessage());
  }

  @Test
  void theEvaluationBudgetStopsOnceSpent() {
    StopCriteria s = StopCriteria.evaluations(100);
    assertEquals(Optional.empty(), s.check(List.of(5.0, 4.0), 99, false));
    assertEquals(Optional.of(StopReason.EVALUATIONS), s.check(List.of(5.0, 4.0), 100, false));
  }

  @Test
  void patienceComparesRelativeImprovementAndWaitsForTheMinimumGenerations() {
    StopCriteria s = StopCriteria.generations(100).withPatience(2, 0.01, 0);
    // 4.0 -> 3.97 over the last 2 generations: 0.75 % < 1 %
    assertEquals(Optional.of(StopReason.PATIENCE), s.check(List.of(5.0, 4.0, 3.99, 3.97), 0,
        false));
    assertEquals(Optional.empty(), s.check(List.of(5.0, 4.0, 3.9, 3.8), 0, false)); // 5 %
    assertEquals(Optional.empty(), StopCriteria.generations(100).withPatience(2, 0.01, 5)
        .check(List.of(5.0, 4.0, 3.99, 3.97), 0, false));
  }
}
