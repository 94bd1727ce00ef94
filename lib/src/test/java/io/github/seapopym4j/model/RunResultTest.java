package io.github.seapopym4j.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.seapopym4j.forcing.ForcingSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunResultTest {

  @Test
  void detachedResultEqualsTheRunAndOutlivesRunModelAndForcings() {
    RunResult result;
    double[][] expected = new double[OutputVariable.values().length][];
    ForcingSet f = TestForcings.grid(100, 2, 3, 4);
    try (f; NoTransportModel model = NoTransportModel.prepare(f, ModelConfig.defaults());
        ModelRun run = model.start(TestForcings.epipelagic(), TestForcings.migrant())) {
      result = run.detach();
      for (OutputVariable v : OutputVariable.values()) {
        expected[v.ordinal()] = TestOutput.series(v, run, 1, 1, 2);
      }
    }
    for (OutputVariable v : OutputVariable.values()) {
      assertArrayEquals(expected[v.ordinal()], TestOutput.series(v, result, 1, 1, 2), 0.0, v.label());
    }
    assertEquals(List.of("D1N1", "D2N1"), result.groups().stream().map(FunctionalGroup::name).toList());
    assertEquals(100, result.time().size());
    assertArrayEquals(new double[] {20, 21}, result.latitude());
    assertEquals(ModelConfig.defaults(), result.config());
    assertEquals(0.0, result.biomass(0, 99, 1, 1), "land cell");
    assertEquals((4L * 2 + 1) * 100 * 6 * 8, result.sizeInBytes());
  }

  @Test
  void coordinateArraysAreCopies() {
    try (ForcingSet f = TestForcings.grid(5, 1, 1);
        NoTransportModel model = NoTransportModel.prepare(f, ModelConfig.defaults());
        ModelRun run = model.start(TestForcings.epipelagic())) {
      RunResult r = run.detach();
      r.latitude()[0] = 99;
      assertEquals(20.0, r.latitude()[0]);
    }
  }
}
