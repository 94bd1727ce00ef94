package io.github.seapopym4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.seapopym4j.forcing.ForcingSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two strategies against each other where the reference data do not reach: grids wider than
 * one fused block (tiles of 512 cells, the last one partial), land, masked production and the
 * implicit scheme. Tolerance: {@link Tolerance}; both compute the same operations except λ, whose
 * exponential comes from ND4J in one and {@code FastExp} in the other (within 40 ulps).
 */
class KernelStrategyTest {

  private static ForcingSet wide;

  @BeforeAll
  static void load() {
    wide = TestForcings.grid(30, 2, 300, 7, 300, 599); // 600 cells, three of them land
  }

  @AfterAll
  static void close() {
    wide.close();
  }

  private static void assertStrategiesAgree(ModelConfig config, String what) {
    List<FunctionalGroup> groups = List.of(TestForcings.epipelagic(), TestForcings.migrant());
    Tolerance tol = new Tolerance(what);
    try (NoTransportModel fused = NoTransportModel.prepare(wide, config, KernelStrategy.FUSED);
        NoTransportModel array = NoTransportModel.prepare(wide, config, KernelStrategy.ARRAY);
        ModelRun f = fused.start(groups);
        ModelRun a = array.start(groups)) {
      for (OutputVariable v : OutputVariable.values()) {
        for (int g = 0; g < groups.size(); g++) {
          for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 300; x++) {
              double[] expected = TestOutput.series(v, a, g, y, x);
              double[] actual = TestOutput.series(v, f, g, y, x);
              for (int t = 0; t < expected.length; t++) {
                tol.check(expected[t], actual[t], v + " g" + g + " (" + y + ", " + x + ") t=" + t);
              }
            }
          }
        }
      }
    }
    tol.assertAllAgree();
  }

  @Test
  void fusedTilesOfAWideGridMatchTheArrayStrategy() {
    assertStrategiesAgree(ModelConfig.defaults(), "wide grid");
  }

  @Test
  void strategiesAgreeWithMaskedProductionAndTheImplicitScheme() {
    assertStrategiesAgree(ModelConfig.defaults().withScheme(BiomassScheme.IMPLICIT)
        .withMissingLayer(MissingLayerPolicy.MASK_PRODUCTION), "implicit, masked");
  }

  @Test
  void eachStrategyNamesItsStepsInModelOrder() {
    assertEquals(List.of("average temperature", "recruitment thresholds",
        "mortality, recruited production and biomass"), KernelStrategy.FUSED.stepNames());
    assertEquals(List.of("average temperature", "mortality", "recruitment thresholds",
        "recruited production and biomass"), KernelStrategy.ARRAY.stepNames());
  }
}
