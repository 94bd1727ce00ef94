package io.github.seapopym4j.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.MetricRegistry;
import io.github.seapopym4j.fitness.PeriodRule;
import io.github.seapopym4j.fitness.TimeWindow;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.SyntheticForcings;
import io.github.seapopym4j.model.ModelConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CalibrationProblemTest {

  static ForcingSet forcings;

  @BeforeAll
  static void forcings() {
    forcings = SyntheticForcings.builder(SyntheticForcings.Formula.SEAPOPYM_CASES)
        .daily(ModelObjectiveTest.START, 90).latitude(20.5, 21.5, 22.5)
        .longitude(150.5, 151.5, 152.5).build();
  }

  @AfterAll
  static void close() {
    forcings.close();
  }

  @SuppressWarnings("unchecked")
  static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void aSerialisedProblemScoresExactlyLikeModelObjectiveScoring() throws Exception {
    MatchConfig match = MatchConfig.defaults().withPeriodRule(PeriodRule.surfaceLayer(1))
        .withWindow(TimeWindow.isoWeek());
    CalibrationProblem problem = roundTrip(CalibrationProblem.of(forcings,
        ModelConfig.defaults().withGillooly(false), ModelObjectiveTest.SPACE,
        ModelObjectiveTest.twoStations(0), match, "nrmse-std"));
    double[] x = {0.2, 12};
    try (ModelObjective local = ModelObjective.scoring(forcings,
            ModelConfig.defaults().withGillooly(false), ModelObjectiveTest.SPACE,
            ModelObjectiveTest.twoStations(0), match, MetricRegistry.get("nrmse-std").loss());
        ModelObjective rebuilt = problem.objective()) {
      double expected = local.value(x);
      assertTrue(expected > 0);
      // Same inputs, same arithmetic: bit-identical scores (the Spark logbook test relies on it).
      assertEquals(expected, rebuilt.value(x), 0.0);
      assertEquals(local.simulatedCells(), rebuilt.simulatedCells());
    }
  }

  @Test
  void anUnknownMetricIsRejectedWhenTheProblemIsMade() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CalibrationProblem.of(forcings, ModelConfig.defaults(), ModelObjectiveTest.SPACE,
            ModelObjectiveTest.twoStations(0), MatchConfig.defaults(), "r2"));
    assertTrue(e.getMessage().contains("unknown metric 'r2'"), e.getMessage());
  }
}
