package io.github.seapopym4j.forcing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class SyntheticForcingsTest {

  private static final double[] LAT_A = {20.5, 21.5, 22.5};
  private static final double[] LON_A = {150.5, 151.5, 152.5, 153.5};

  private static SyntheticForcings.Builder gridA() {
    return SyntheticForcings.builder(SyntheticForcings.Formula.SUBTROPICAL)
        .daily(LocalDate.of(2000, 1, 1), 731).latitude(LAT_A).longitude(LON_A);
  }

  @Test
  void seapopymCasesFormulaReproducesTheCase2ReferenceForcings() {
    try (ForcingSet ref = ForcingLoader.load(ReferenceFiles.CASE2, ReferenceFiles.CASE2,
            LoadOptions.defaults().withCache(false));
        ForcingSet syn = SyntheticForcings.builder(SyntheticForcings.Formula.SEAPOPYM_CASES)
            .daily(LocalDate.of(2000, 1, 1), 400).latitude(-40, 0.5, 60).longitude(10, 150)
            .land(0, 1).topLayersOnly(1, 0, 1).build()) {
      assertArrayEquals(ref.layers(), syn.layers());
      assertClose(ref.temperature().toDoubleArray(), syn.temperature().toDoubleArray());
      assertClose(ref.primaryProduction().toDoubleArray(), syn.primaryProduction().toDoubleArray());
    }
  }

  /** Same NaN positions; values within 1e-12 (numpy's and Java's sin/cos may differ by an ulp). */
  private static void assertClose(double[] expected, double[] actual) {
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(Double.isNaN(expected[i]), Double.isNaN(actual[i]), "NaN at " + i);
      if (!Double.isNaN(expected[i])) {
        assertEquals(expected[i], actual[i], 1e-12, "value " + i);
      }
    }
  }

  @Test
  void subtropicalFormulaExplainsTheGridAReferenceUpToItsNoise() {
    try (ForcingSet ref = ForcingLoader.load(ReferenceFiles.GRID_A_TEMPERATURE,
            ReferenceFiles.GRID_A_PRODUCTION, LoadOptions.defaults().withCache(false));
        ForcingSet mean = gridA().noiseScale(0).build()) {
      double[] sigma = {0.3, 0.1, 0.05};
      double[] r = ref.temperature().toDoubleArray();
      double[] m = mean.temperature().toDoubleArray();
      for (int z = 0; z < 3; z++) {
        checkResidual(r, m, z, 3, sigma[z]);
      }
      checkResidual(ref.primaryProduction().toDoubleArray(), mean.primaryProduction().toDoubleArray(),
          0, 1, 0.06);
    }
  }

  @Test
  void seededNoiseHasTheDocumentedStandardDeviations() {
    try (ForcingSet noisy = gridA().seed(1).build(); ForcingSet mean = gridA().noiseScale(0).build()) {
      double[] n = noisy.temperature().toDoubleArray();
      double[] m = mean.temperature().toDoubleArray();
      checkResidual(n, m, 0, 3, 0.3);
      checkResidual(n, m, 2, 3, 0.05);
      checkResidual(noisy.primaryProduction().toDoubleArray(), mean.primaryProduction().toDoubleArray(),
          0, 1, 0.06);
    }
  }

  /**
   * The residuals of layer {@code z} have mean ≈ 0 and standard deviation ≈ sigma. With n = 8772
   * values, the standard error of the mean is sigma/94 and that of the standard deviation sigma/132;
   * the bounds (mean within sigma/10, sd within ±10%) are about 9 and 13 standard errors wide.
   */
  private static void checkResidual(double[] data, double[] mean, int z, int stride, double sigma) {
    double sum = 0;
    double sum2 = 0;
    int n = 0;
    for (int i = z; i < data.length; i += stride) {
      double e = data[i] - mean[i];
      sum += e;
      sum2 += e * e;
      n++;
    }
    double mu = sum / n;
    double sd = Math.sqrt(sum2 / n - mu * mu);
    assertEquals(0, mu, sigma / 10, "mean residual of layer index " + z);
    assertEquals(sigma, sd, sigma / 10, "residual sd of layer index " + z);
  }

  @Test
  void theSameSeedGivesTheSameValuesAndAnotherSeedOthers() {
    try (ForcingSet a = gridA().seed(5).build(); ForcingSet b = gridA().seed(5).build();
        ForcingSet c = gridA().seed(6).build()) {
      assertArrayEquals(a.temperature().toDoubleArray(), b.temperature().toDoubleArray());
      assertArrayEquals(a.primaryProduction().toDoubleArray(), b.primaryProduction().toDoubleArray());
      assertFalse(a.temperature().get(0, 0, 0, 0) == c.temperature().get(0, 0, 0, 0));
      assertTrue(a.source().contains("seed 5"), a.source());
    }
  }

  @Test
  void landCellsAreNanEverywhereAndShallowCellsBelowTheirLastLayer() {
    try (ForcingSet f = gridA().seed(1).land(2, 3).topLayersOnly(0, 1, 2).build()) {
      for (int s : new int[] {0, 365, 730}) {
        assertTrue(Double.isNaN(f.primaryProduction().get(s, 2, 3)));
        for (int z = 0; z < 3; z++) {
          assertTrue(Double.isNaN(f.temperature().get(s, 2, 3, z)));
        }
        assertFalse(Double.isNaN(f.temperature().get(s, 0, 1, 1)));
        assertTrue(Double.isNaN(f.temperature().get(s, 0, 1, 2)));
        assertFalse(Double.isNaN(f.primaryProduction().get(s, 0, 1)));
      }
    }
  }

  @Test
  void decimalsRoundEveryValue() {
    try (ForcingSet f = gridA().seed(1).decimals(3).dataType(DataType.DOUBLE).build()) {
      for (double v : f.temperature().toDoubleArray()) {
        assertEquals(Math.round(v * 1000) / 1000.0, v, 0.0);
      }
    }
  }

  @Test
  void missingSettingsAndCellsOutsideTheGridAreRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> gridA().build());
    assertTrue(e.getMessage().contains("seed(") && e.getMessage().contains("SUBTROPICAL"), e.getMessage());
    e = assertThrows(IllegalStateException.class,
        () -> SyntheticForcings.builder(SyntheticForcings.Formula.SEAPOPYM_CASES).latitude(0).build());
    assertTrue(e.getMessage().contains("time") && e.getMessage().contains("longitude"), e.getMessage());
    IllegalArgumentException a = assertThrows(IllegalArgumentException.class,
        () -> gridA().seed(1).land(3, 0).build());
    assertTrue(a.getMessage().contains("land cell (3, 0)") && a.getMessage().contains("[0, 3)"),
        a.getMessage());
    assertThrows(IllegalArgumentException.class, () -> gridA().topLayersOnly(0, 0, 3));
    assertThrows(IllegalArgumentException.class, () -> gridA().noiseScale(-1));
  }
}
