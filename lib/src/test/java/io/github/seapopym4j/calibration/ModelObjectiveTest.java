package io.github.seapopym4j.calibration;

import io.github.seapopym4j.model.GroupParameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.Metric;
import io.github.seapopym4j.fitness.MetricRegistry;
import io.github.seapopym4j.fitness.ModelGrid;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.fitness.Period;
import io.github.seapopym4j.fitness.Scorer;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.SyntheticForcings;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ModelOutput;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import io.github.seapopym4j.space.GroupSpace;
import io.github.seapopym4j.space.ParameterSpace;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModelObjectiveTest {

  static final FunctionalGroup GROUP =
      FunctionalGroup.builder("D1N1").energyTransfert(0.1668).layers(1, 2)
          .lambdaTemperature0(1 / 150.0).gammaLambdaTemperature(0.15)
          .tr0(10.38).gammaTr(-0.11).build();
  static final LocalDate START = LocalDate.of(2000, 1, 1);
  static final ParameterSpace SPACE = ParameterSpace.of(List.of(GroupSpace.fixedAt(GROUP)
      .free(GroupParameter.ENERGY_TRANSFERT).free(GroupParameter.TR_0, 1, 30)));
  static final Metric LOSS = MetricRegistry.get("nrmse-std").loss();
  static ForcingSet forcings;

  @BeforeAll
  static void forcings() {
    forcings = SyntheticForcings.builder(SyntheticForcings.Formula.SEAPOPYM_CASES)
        .daily(START, 90).latitude(20.5, 21.5, 22.5).longitude(150.5, 151.5, 152.5).build();
  }

  @AfterAll
  static void close() {
    forcings.close();
  }

  /** Two stations, every 10 days, with made-up values (the score only needs them fixed). */
  static ObservationSet twoStations(int firstDay) {
    ObservationSet.Builder b = ObservationSet.builder("stations", "row");
    for (int d = firstDay, row = 1; d < firstDay + 90; d += 10) {
      b.add(START.plusDays(d), 20.5, 151.5, 1 + d / 30.0, Period.NONE, null, row++);
      b.add(START.plusDays(d), 22.5, 150.5, 2 + (d % 30) / 30.0, Period.NONE, null, row++);
    }
    return b.build();
  }

  @Test
  void simulatingOnlyTheObservedCellsGivesTheScoreOfAWholeGridRun() {
    double[] x = {0.2, 12};
    double expected;
    try (NoTransportModel full = NoTransportModel.prepare(forcings, ModelConfig.defaults());
        ModelRun run = full.start(SPACE.decode(x))) {
      expected = Scorer.of(twoStations(0), ModelGrid.of(run), MatchConfig.defaults(), LOSS)
          .score(run);
    }
    try (ModelObjective f = ModelObjective.scoring(forcings, ModelConfig.defaults(), SPACE,
        twoStations(0), MatchConfig.defaults(), LOSS)) {
      assertEquals(2, f.simulatedCells());
      // Tolerance: each cell is computed independently of the others, so the same numbers are
      // expected up to the last bits of vectorised arithmetic.
      assertEquals(expected, f.value(x), 1e-12 * Math.abs(expected));
      assertTrue(expected > 0);
    }
  }

  @Test
  void scoringOneStationOfA100By100GridSimulatesOnlyThatCellWithTheFullRunScore() {
    double[] lat = new double[100];
    double[] lon = new double[100];
    for (int i = 0; i < 100; i++) {
      lat[i] = -49.5 + i;
      lon[i] = 100.5 + i;
    }
    ObservationSet.Builder b = ObservationSet.builder("one station", "row");
    for (int d = 0, row = 1; d < 60; d += 5) {
      b.add(START.plusDays(d), 22.5, 158.5, 0.5 + d / 60.0, Period.NONE, null, row++);
    }
    ObservationSet station = b.build();
    double[] x = {0.15, 8};
    try (ForcingSet grid = SyntheticForcings.builder(SyntheticForcings.Formula.SEAPOPYM_CASES)
        .daily(START, 60).latitude(lat).longitude(lon).build()) {
      double expected;
      try (NoTransportModel full = NoTransportModel.prepare(grid, ModelConfig.defaults());
          ModelRun run = full.start(SPACE.decode(x))) {
        assertEquals(100 * 100, run.latitude().length * run.longitude().length);
        expected = Scorer.of(station, ModelGrid.of(run), MatchConfig.defaults(), LOSS).score(run);
      }
      try (ModelObjective f = ModelObjective.scoring(grid, ModelConfig.defaults(), SPACE, station,
          MatchConfig.defaults(), LOSS)) {
        assertEquals(1, f.simulatedCells(), "only the observed cell is simulated");
        // Tolerance: cells are computed independently, so the one-cell run must give the numbers
        // of that cell in the full run up to the last bits of vectorised arithmetic.
        assertEquals(expected, f.value(x), 1e-12 * Math.abs(expected));
        assertTrue(Double.isFinite(expected) && expected > 0, "score " + expected);
      }
    }
  }

  @Test
  void eachRunIsClosedEvenWhenScoringFails() {
    ModelOutput[] seen = new ModelOutput[1];
    try (NoTransportModel model = NoTransportModel.prepare(forcings, ModelConfig.defaults());
        ModelObjective f = ModelObjective.of(model, SPACE, out -> {
          seen[0] = out;
          throw new IllegalStateException("scoring failed");
        })) {
      assertThrows(IllegalStateException.class, () -> f.value(new double[] {0.2, 12}));
    }
    assertTrue(((ModelRun) seen[0]).isClosed());
  }

  @Test
  void observationsThatMatchNothingAreAnError() {
    var e = assertThrows(IllegalArgumentException.class, () -> ModelObjective.scoring(forcings,
        ModelConfig.defaults(), SPACE, twoStations(400), MatchConfig.defaults(), LOSS));
    assertTrue(e.getMessage().startsWith("stations: no observation matches the forcings"),
        e.getMessage());
  }
}
