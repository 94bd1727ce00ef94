package io.github.seapopym4j.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.forcing.ForcingSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NoTransportModelTest {

  private static ForcingSet forcings;

  @BeforeAll
  static void load() {
    forcings = TestForcings.grid(400, 3, 4, 5); // cell (1, 1) is land
  }

  @AfterAll
  static void close() {
    forcings.close();
  }

  @Test
  void stepsReadInModelOrder() {
    assertEquals(KernelStrategy.DEFAULT.stepNames(), NoTransportModel.groupSteps());
    assertEquals(List.of("standardise forcings", "Gillooly temperature", "layer masks", "day length"),
        NoTransportModel.prepareSteps());
  }

  @Test
  void unknownLayerNamesGroupLayerAndAvailableLabels() {
    try (NoTransportModel model = NoTransportModel.prepare(forcings, ModelConfig.defaults())) {
      FunctionalGroup deep = TestForcings.epipelagic().withName("D4N1").withLayers(4, 1);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.start(deep));
      assertEquals("functional group 'D4N1': day_layer 4 is not a layer of the forcings (test grid); "
          + "available layer labels: [1, 2, 3]", e.getMessage());
      FunctionalGroup night = TestForcings.epipelagic().withName("D1N0").withLayers(1, 0);
      e = assertThrows(IllegalArgumentException.class, () -> model.start(night));
      assertTrue(e.getMessage().startsWith("functional group 'D1N0': night_layer 0 is not a layer"));
    }
  }

  @Test
  void aRunNeedsAGroup() {
    try (NoTransportModel model = NoTransportModel.prepare(forcings, ModelConfig.defaults())) {
      assertEquals("a model run needs ≥ 1 functional group, but got none",
          assertThrows(IllegalArgumentException.class, () -> model.start(List.of())).getMessage());
    }
  }

  @Test
  void biomassIsZeroOnLandCells() {
    try (NoTransportModel model = NoTransportModel.prepare(forcings, ModelConfig.defaults());
        ModelRun run = model.start(TestForcings.epipelagic())) {
      for (int t = 0; t < 400; t += 50) {
        assertEquals(0.0, run.biomass(0, t, 1, 1));
        assertTrue(run.biomass(0, t + 20, 0, 0) > 0);
      }
    }
  }

  /** Simulating a subset gives exactly the values of the whole grid in those cells. */
  @Test
  void selectedCellsMatchTheWholeGridBitForBit() {
    List<FunctionalGroup> groups = List.of(TestForcings.epipelagic(), TestForcings.migrant());
    CellSelection two = CellSelection.of(new int[] {2, 0}, new int[] {3, 1});
    try (NoTransportModel all = NoTransportModel.prepare(forcings, ModelConfig.defaults());
        NoTransportModel some = NoTransportModel.prepare(forcings, ModelConfig.defaults(), two);
        ModelRun a = all.start(groups);
        ModelRun s = some.start(groups)) {
      assertEquals(2, some.context().cellCount());
      assertArrayEquals(new double[] {20, 22}, s.latitude());
      assertArrayEquals(new double[] {151, 153}, s.longitude());
      for (OutputVariable v : OutputVariable.values()) {
        for (int g = 0; g < 2; g++) {
          assertArrayEquals(TestOutput.series(v, a, g, 0, 1), TestOutput.series(v, s, g, 0, 0),
              0.0, v + " (20, 151)");
          assertArrayEquals(TestOutput.series(v, a, g, 2, 3), TestOutput.series(v, s, g, 1, 1),
              0.0, v + " (22, 153)");
        }
      }
      assertTrue(Double.isNaN(s.biomass(0, 0, 0, 1)), "(20, 153) is on the sub-grid but not simulated");
    }
  }

  @Test
  void kilogramUnitsScaleProductionAndBiomassByOneThousandth() {
    try (NoTransportModel g = NoTransportModel.prepare(forcings, ModelConfig.defaults());
        NoTransportModel kg = NoTransportModel.prepare(forcings,
            ModelConfig.defaults().withUnits(ProductionUnit.KILOGRAM));
        ModelRun rg = g.start(TestForcings.epipelagic());
        ModelRun rk = kg.start(TestForcings.epipelagic())) {
      for (int t = 0; t < 400; t += 7) {
        // 1e-14 relative: one extra rounding of PP × 1e-3 carried through the linear recursions
        double b = rg.biomass(0, t, 2, 2);
        assertEquals(b * 1e-3, rk.biomass(0, t, 2, 2), 1e-14 * b);
        assertEquals(rg.mortality(0, t, 2, 2), rk.mortality(0, t, 2, 2), 0.0);
      }
    }
  }

  @Test
  void gilloolyOffUsesRawTemperatures() {
    try (NoTransportModel model = NoTransportModel.prepare(forcings,
            ModelConfig.defaults().withGillooly(false));
        ModelRun run = model.start(TestForcings.epipelagic())) {
      double raw = forcings.temperature().get(10, 0, 0, 0);
      assertEquals(raw, run.averageTemperature(0, 10, 0, 0), 1e-13);
    }
  }

  @Test
  void concurrentRunsShareOneModelAndAgree() throws Exception {
    try (NoTransportModel model = NoTransportModel.prepare(forcings, ModelConfig.defaults())) {
      List<Thread> threads = new ArrayList<>();
      List<RunResult> results = java.util.Collections.synchronizedList(new ArrayList<>());
      for (int i = 0; i < 4; i++) {
        threads.add(new Thread(() -> {
          try (ModelRun run = model.start(TestForcings.migrant(), TestForcings.epipelagic())) {
            results.add(run.detach());
          }
        }));
      }
      threads.forEach(Thread::start);
      for (Thread t : threads) {
        t.join();
      }
      assertEquals(4, results.size());
      assertEquals(2, model.context().cachedLayerPairs().size(), "one cached mean per layer pair");
      for (RunResult r : results) {
        assertArrayEquals(TestOutput.series(OutputVariable.BIOMASS, results.get(0), 0, 2, 3),
            TestOutput.series(OutputVariable.BIOMASS, r, 0, 2, 3), 0.0);
      }
    }
  }

  /** Runs several parameter sets in one pass, or one by one: the same values, bit for bit. */
  @ParameterizedTest
  @EnumSource(KernelStrategy.class)
  void startAllGivesEachSetTheValuesOfItsOwnRun(KernelStrategy strategy) {
    List<List<FunctionalGroup>> sets = List.of(List.of(TestForcings.epipelagic()),
        List.of(TestForcings.migrant(), TestForcings.epipelagic().withTr0(3.5)),
        List.of(TestForcings.epipelagic().withLambdaTemperature0(0.02)));
    try (NoTransportModel model = NoTransportModel.prepare(forcings, ModelConfig.defaults(), strategy)) {
      List<ModelRun> together = model.startAll(sets);
      try {
        for (int k = 0; k < sets.size(); k++) {
          try (ModelRun alone = model.start(sets.get(k))) {
            assertSameOutputs(alone, together.get(k), "set " + k);
          }
        }
      } finally {
        together.forEach(ModelRun::close);
      }
    }
  }

  /** Cells split over threads, or not: the same values, bit for bit. */
  @ParameterizedTest
  @EnumSource(KernelStrategy.class)
  void cellsSplitOverAnExecutorGiveTheSameValues(KernelStrategy strategy) throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try (ForcingSet wide = TestForcings.grid(30, 2, 600, 5);
        NoTransportModel model = NoTransportModel.prepare(wide, ModelConfig.defaults(), strategy);
        ModelRun one = model.start(TestForcings.migrant(), TestForcings.epipelagic());
        ModelRun three = model.withExecutor(pool, 3).start(TestForcings.migrant(),
            TestForcings.epipelagic())) {
      assertSameOutputs(one, three, "1 task vs 3 tasks");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSetWithoutGroupsIsNamedInStartAll() {
    try (NoTransportModel model = NoTransportModel.prepare(forcings, ModelConfig.defaults())) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> model.startAll(List.of(List.of(TestForcings.epipelagic()), List.of())));
      assertEquals("parameter set 1: a model run needs ≥ 1 functional group, but got none", e.getMessage());
      assertEquals("tasks per run must be ≥ 1, but was 0", assertThrows(IllegalArgumentException.class,
          () -> model.withExecutor(java.util.concurrent.ForkJoinPool.commonPool(), 0)).getMessage());
    }
  }

  private static void assertSameOutputs(ModelOutput expected, ModelOutput actual, String what) {
    int lat = expected.latitude().length;
    int lon = expected.longitude().length;
    for (OutputVariable v : OutputVariable.values()) {
      for (int g = 0; g < expected.groups().size(); g++) {
        for (int y = 0; y < lat; y++) {
          for (int x = 0; x < lon; x++) {
            assertArrayEquals(TestOutput.series(v, expected, g, y, x),
                TestOutput.series(v, actual, g, y, x), 0.0, what + ": " + v + " g" + g + " (" + y + ", " + x + ")");
          }
        }
      }
    }
  }

  @Test
  void closingTheModelClosesItsContextButNotTheForcings() {
    NoTransportModel model = NoTransportModel.prepare(forcings, ModelConfig.defaults());
    model.close();
    assertTrue(model.context().isClosed());
    assertFalse(forcings.isClosed());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> model.start(TestForcings.epipelagic()));
    assertEquals("prepared context of 'test grid' is closed; its memory has been released", e.getMessage());
  }
}
