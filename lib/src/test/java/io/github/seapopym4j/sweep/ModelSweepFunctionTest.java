package io.github.seapopym4j.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.MatchPlan;
import io.github.seapopym4j.fitness.Metrics;
import io.github.seapopym4j.fitness.ModelGrid;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.fitness.Scorer;
import io.github.seapopym4j.fitness.SyntheticObservations;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.SyntheticForcings;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModelSweepFunctionTest {

  /** The twin experiment's truth: E = 0.15, λ0 = 0.007 1/day. */
  private static final FunctionalGroup TRUTH =
      new FunctionalGroup("D1N1", 0.15, 1, 1, 0.007, 0.15, 10.38, -0.11);
  private static final SweepPlan GRID = SweepPlan.grid(
      Axis.of("energy_transfert", 0.05, 0.1, 0.15, 0.2, 0.25),
      Axis.of("lambda_temperature_0", 0.003, 0.005, 0.007, 0.009, 0.011));

  private static ForcingSet forcings;
  private static NoTransportModel model;
  private static ObservationSet observations;

  /** One cell at Station ALOHA, one year of the reference-case formulas; noise-free samples weekly. */
  @BeforeAll
  static void twin() {
    forcings = SyntheticForcings.builder(SyntheticForcings.Formula.SEAPOPYM_CASES)
        .daily(LocalDate.of(2000, 1, 1), 365).latitude(22.75).longitude(-158).build();
    model = NoTransportModel.prepare(forcings, ModelConfig.defaults());
    try (ModelRun run = model.start(TRUTH)) {
      observations = SyntheticObservations.sample(run, 7, 0, 1);
    }
  }

  @AfterAll
  static void close() {
    model.close();
    forcings.close();
  }

  private static ModelSweepFunction kernel() {
    // Base values away from the truth: only the swept parameters must find it.
    return ModelSweepFunction.builder(model, List.of(TRUTH.withEnergyTransfert(0.3)
        .withLambdaTemperature0(0.02)), observations, MatchConfig.defaults())
        .metric("rmse").metric("nse").build();
  }

  @Test
  void theLandscapeMinimumIsAtTheTrueParametersForNoiseFreeObservations() {
    SweepResult r = Sweep.builder(GRID, kernel()).threads(2).chunkSize(4).build().run();
    int best = r.top("rmse", 1, false)[0];
    assertEquals(0.15, r.parameter("energy_transfert", best));
    assertEquals(0.007, r.parameter("lambda_temperature_0", best));
    // The truth reruns the very same computation, so its predictions equal the observations
    // bit for bit: rmse exactly 0 and nse exactly 1.
    assertEquals(0.0, r.metric("rmse", best));
    assertEquals(1.0, r.metric("nse", best));
    assertEquals(best, r.top("nse", 1, true)[0]);
    for (int c = 0; c < r.size(); c++) {
      assertTrue(c == best || r.metric("rmse", c) > 1e-3, "combination " + c + " fits too well");
    }
  }

  @Test
  void eachCombinationScoresAsAScorerOnADirectRunAndThreadsDoNotMatter() {
    ModelSweepFunction k = kernel();
    SweepResult one = Sweep.builder(GRID, k).threads(1).chunkSize(3).build().run();
    SweepResult two = Sweep.builder(GRID, k).threads(2).chunkSize(5).build().run();
    assertArrayEquals(one.column("rmse"), two.column("rmse"), 0.0);
    FunctionalGroup g = TRUTH.withEnergyTransfert(0.2).withLambdaTemperature0(0.003);
    Scorer scorer = Scorer.of(observations, ModelGrid.of(forcings, List.of(g)),
        MatchConfig.defaults(), Metrics::rmse);
    try (ModelRun run = model.start(g)) {
      // Same run, same reads, same metric: equal to the last bit.
      assertEquals(scorer.score(run), one.metric("rmse", 3 * 5 + 0));
    }
    assertEquals(365L, k.workPerCombination(), "365 steps × 1 cell");
  }

  @Test
  void axisNamesAreQualifiedGroupDotParameterNames() {
    assertEquals("D2N1_BIS.tr_0", ModelSweepFunction.axisName("D2N1_BIS", "tr_0"));
    assertEquals("1a.energy_transfert", ModelSweepFunction.axisName("1a", "energy_transfert"));
    Axis.of(ModelSweepFunction.axisName("1a", "energy_transfert"), 0.1); // a valid axis name
    var e = assertThrows(IllegalArgumentException.class,
        () -> ModelSweepFunction.axisName("D1N1", "day_layer"));
    assertEquals("'day_layer' is not a parameter a sweep can set; expected one of "
        + "[energy_transfert, lambda_temperature_0, gamma_lambda_temperature, tr_0, gamma_tr]",
        e.getMessage());
  }

  @Test
  void theOldAxisSpellingIsRefusedWithTheNewOne() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> kernel().check(SweepPlan.grid(Axis.of("D1N1_tr_0", 5))));
    assertEquals("axis 'D1N1_tr_0' uses the old spelling <group>_<parameter>; write D1N1.tr_0",
        e.getMessage());
  }

  @Test
  void aPlanWhoseAxesNameNoParameterOrLeaveTheModelsRangeIsRefusedBeforeRunning() {
    ModelSweepFunction k = kernel();
    var unknown = assertThrows(IllegalArgumentException.class,
        () -> k.check(SweepPlan.grid(Axis.of("D9N9.tr_0", 5))));
    assertTrue(unknown.getMessage().startsWith("axis 'D9N9.tr_0' names no group parameter; "
        + "expected GROUP.parameter with a group of [D1N1]"), unknown.getMessage());
    var range = assertThrows(IllegalArgumentException.class,
        () -> k.check(SweepPlan.grid(Axis.linear("D1N1.energy_transfert", 0.5, 1.5, 3))));
    assertEquals("axis 'D1N1.energy_transfert' reaches a value the model refuses: functional group "
        + "'D1N1': energy_transfert [dimensionless] must be [0, 1], but was 1.5", range.getMessage());
    var twice = assertThrows(IllegalArgumentException.class, () -> k.check(SweepPlan.grid(
        Axis.of("tr_0", 5), Axis.of("D1N1.tr_0", 6))));
    assertEquals("axes 'tr_0' and 'D1N1.tr_0' both set tr_0 of group 'D1N1'", twice.getMessage());
  }

  @Test
  void aPlanCompiledOnAnotherGridIsRefused() {
    FunctionalGroup migrant = TRUTH.withLayers(2, 1);
    MatchPlan plan = MatchPlan.compile(observations, ModelGrid.of(forcings, List.of(migrant)),
        MatchConfig.defaults());
    var e = assertThrows(IllegalArgumentException.class,
        () -> ModelSweepFunction.builder(model, List.of(TRUTH), plan));
    assertTrue(e.getMessage().contains("compile it on ObservedModel.grid(model, groups)"),
        e.getMessage());
  }
}
