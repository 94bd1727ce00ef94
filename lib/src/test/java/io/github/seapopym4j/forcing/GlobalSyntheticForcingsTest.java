package io.github.seapopym4j.forcing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlobalSyntheticForcingsTest {

  @TempDir Path dir;

  private static GlobalSyntheticForcings fiveDegrees(long seed) {
    return GlobalSyntheticForcings.grid(5, 5, -82.5, 82.5).daily(LocalDate.of(1998, 1, 1), 6)
        .landFraction(0.3).seed(seed);
  }

  @Test
  void theGridCoversTheGlobeWithCellCentres() {
    GlobalSyntheticForcings g = GlobalSyntheticForcings.grid(1, 1, -84.5, 84.5);
    assertEquals(170, g.latitude().length);
    assertEquals(360, g.longitude().length);
    assertEquals(-179.5, g.longitude()[0]);
    assertEquals(179.5, g.longitude()[359]);
    assertEquals(84.5, g.latitude()[169]);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GlobalSyntheticForcings.grid(1, 7, -84.5, 84.5));
    assertTrue(e.getMessage().contains("--lon-step 7"), e.getMessage());
  }

  @Test
  void aSeedGivesTheSameFilesByteForByteAndAnotherSeedOthers() throws IOException {
    fiveDegrees(11).write(dir.resolve("a"));
    fiveDegrees(11).write(dir.resolve("b"));
    fiveDegrees(12).write(dir.resolve("c"));
    for (String f : new String[] {"temperature.nc", "primary_production.nc"}) {
      byte[] a = Files.readAllBytes(dir.resolve("a").resolve(f));
      assertArrayEquals(a, Files.readAllBytes(dir.resolve("b").resolve(f)), f);
      assertFalse(java.util.Arrays.equals(a, Files.readAllBytes(dir.resolve("c").resolve(f))), f);
    }
  }

  /** The land mask holds the requested share of cells to within one cell, for several fractions. */
  @Test
  void theLandFractionIsHonouredToOneCell() {
    GlobalSyntheticForcings g = GlobalSyntheticForcings.grid(2, 2, -89, 89);
    int cells = g.latitude().length * g.longitude().length;
    for (double f : new double[] {0.0, 0.1, 0.3, 0.6}) {
      boolean[] land = g.landFraction(f).seed(5).generator().land();
      int n = 0;
      for (boolean b : land) {
        n += b ? 1 : 0;
      }
      assertEquals(f * cells, n, 1.0, "land fraction " + f);
    }
  }

  /** The files load as forcings: 3 layers, land NaN everywhere, values within the formulas' ranges. */
  @Test
  void theFilesLoadWithLandAsNaNAndPlausibleValues() {
    GlobalSyntheticForcings g = fiveDegrees(3);
    g.write(dir);
    boolean[] land = g.generator().land();
    try (ForcingSet f = ForcingLoader.load(dir.resolve("temperature.nc"),
        dir.resolve("primary_production.nc"), LoadOptions.defaults().withCache(false))) {
      assertEquals(6, f.timeSize());
      assertArrayEquals(new int[] {1, 2, 3}, f.layers());
      assertArrayEquals(g.latitude(), f.latitude());
      int nx = f.lonSize();
      for (int t = 0; t < 6; t++) {
        for (int c = 0; c < f.cellCount(); c++) {
          double pp = f.primaryProduction().get(t, c / nx, c % nx);
          double t1 = f.temperature().get(t, c / nx, c % nx, 0);
          double t3 = f.temperature().get(t, c / nx, c % nx, 2);
          assertEquals(land[c], Double.isNaN(pp), "cell " + c);
          assertEquals(land[c], Double.isNaN(t3), "cell " + c);
          if (!land[c]) {
            assertTrue(pp >= 0.01f && pp < 2, "production " + pp);
            assertTrue(t1 >= -1.8f && t1 < 35, "surface temperature " + t1);
            assertTrue(t3 > 1.5 && t3 < 6.5, "deep temperature " + t3);
          }
        }
      }
    }
  }

  /** The generator is a stream: its days come one after the other and end with the time axis. */
  @Test
  void theGeneratorFillsOneDayAtATime() {
    GlobalSyntheticForcings g = fiveDegrees(3);
    GlobalSyntheticForcings.Generator gen = g.generator();
    int cells = g.latitude().length * g.longitude().length;
    double[] t = new double[cells * 3];
    double[] pp = new double[cells];
    for (int s = 0; s < 6; s++) {
      gen.next(t, pp);
    }
    assertThrows(IllegalStateException.class, () -> gen.next(t, pp));
  }
}
