package io.github.seapopym4j.fitness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.SyntheticForcings;
import io.github.seapopym4j.model.CellSelection;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one run-and-score path of calibration and sweeps. */
class ObservedModelTest {

  static final FunctionalGroup GROUP =
      new FunctionalGroup("D1N1", 0.1668, 1, 2, 1 / 150.0, 0.15, 10.38, -0.11);
  static final LocalDate START = LocalDate.of(2000, 1, 1);
  static final List<Metric> METRICS = List.of(Metrics::rmse, Metrics::nse, Metrics::bias);
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

  /** Two stations, every 10 days, with made-up values (the scores only need them fixed). */
  static ObservationSet twoStations() {
    ObservationSet.Builder b = ObservationSet.builder("stations", "row");
    for (int d = 0, row = 1; d < 90; d += 10) {
      b.add(START.plusDays(d), 20.5, 151.5, 1 + d / 30.0, Period.NONE, null, row++);
      b.add(START.plusDays(d), 22.5, 150.5, 2 + (d % 30) / 30.0, Period.NONE, null, row++);
    }
    return b.build();
  }

  @Test
  void aScoreEqualsTheCalibrationScoreOfAWholeGridRun() {
    List<FunctionalGroup> groups = List.of(GROUP.withEnergyTransfert(0.2).withTr0(12));
    Metric loss = MetricRegistry.get("nrmse-std").loss();
    double expected;
    try (NoTransportModel full = NoTransportModel.prepare(forcings, ModelConfig.defaults());
        ModelRun run = full.start(groups)) {
      expected = Scorer.of(twoStations(), ModelGrid.of(run), MatchConfig.defaults(), loss)
          .score(run);
    }
    try (ObservedModel m = ObservedModel.prepare(forcings, ModelConfig.defaults(), groups,
        twoStations(), MatchConfig.defaults())) {
      assertEquals(2, m.simulatedCells());
      assertEquals(18, m.size());
      // Tolerance: each cell is computed independently of the others, so the same numbers are
      // expected up to the last bits of vectorised arithmetic (as ModelObjectiveTest).
      assertEquals(expected, m.score(groups, loss), 1e-12 * Math.abs(expected));
    }
  }

  /**
   * The scores {@code sweep model} computed before ObservedModel: the model prepared over the
   * observed cells, the observations matched again on that sub-grid with a half-spacing tolerance,
   * the run read directly.
   */
  private static double[] oldSweepScores(List<FunctionalGroup> groups, ObservationSet obs) {
    MatchConfig config = MatchConfig.defaults();
    int[][] cells = MatchPlan.compile(obs, ModelGrid.of(forcings, groups), config).cells();
    CellSelection selection = CellSelection.of(Arrays.stream(cells).mapToInt(c -> c[0]).toArray(),
        Arrays.stream(cells).mapToInt(c -> c[1]).toArray());
    try (NoTransportModel model = NoTransportModel.prepare(forcings, ModelConfig.defaults(),
        selection)) {
      MatchPlan plan = MatchPlan.compile(obs, ObservedModel.grid(model, groups),
          config.withCellTolerance(0.5 * (1 + 1e-9)));
      double[] predicted;
      try (ModelRun run = model.start(groups)) {
        predicted = plan.predict(run::biomass);
      }
      double[] out = new double[METRICS.size()];
      for (int m = 0; m < out.length; m++) {
        out[m] = METRICS.get(m).score(plan.observed(), predicted.clone());
      }
      return out;
    }
  }

  @Test
  void sweepScoresEqualThoseOfTheOldSubGridRematchBitForBit() {
    List<FunctionalGroup> groups = List.of(GROUP.withEnergyTransfert(0.12).withTr0(5));
    double[] expected = oldSweepScores(groups, twoStations());
    try (ObservedModel m = ObservedModel.prepare(forcings, ModelConfig.defaults(), groups,
        twoStations(), MatchConfig.defaults())) {
      double[] got = m.scores(groups, METRICS, new double[m.size()]);
      // Same cells, same runs, same pairs in the same order: equal to the last bit.
      assertArrayEquals(expected, got, 0.0);
      assertTrue(got[0] > 0, "rmse " + got[0]);
    }
  }

  @Test
  void onAGivenModelTheRunIsReadDirectlyAndAPlanOnAnotherGridIsRefused() {
    List<FunctionalGroup> groups = List.of(GROUP);
    try (NoTransportModel full = NoTransportModel.prepare(forcings, ModelConfig.defaults())) {
      MatchPlan plan = MatchPlan.compile(twoStations(), ObservedModel.grid(full, groups),
          MatchConfig.defaults());
      ObservedModel m = ObservedModel.of(full, groups, plan);
      double expected;
      try (ModelRun run = full.start(groups)) {
        expected = Scorer.of(plan, Metrics::rmse).score(run);
      }
      assertEquals(expected, m.score(groups, Metrics::rmse), 0.0);
      m.close(); // the model stays the caller's
      assertEquals(9, full.context().cellCount());
      MatchPlan other = MatchPlan.compile(twoStations(),
          ObservedModel.grid(full, List.of(GROUP.withLayers(2, 1))), MatchConfig.defaults());
      var e = assertThrows(IllegalArgumentException.class,
          () -> ObservedModel.of(full, groups, other));
      assertTrue(e.getMessage().endsWith("compile it on ObservedModel.grid(model, groups)"),
          e.getMessage());
    }
  }
}
