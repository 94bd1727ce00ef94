package io.github.seapopym4j.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.forcing.ForcingLoader;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.LoadOptions;
import io.github.seapopym4j.forcing.TimeAxis;
import io.jhdf.HdfFile;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reference case 2 (NetCDF-4; forcings through {@link ForcingLoader}, outputs read with jHDF): a 3×2 grid with a land cell (−40, 150) and a shallow
 * cell (0.5, 10) where only layer 1 exists, 400 daily steps, four groups. Tolerance: {@link
 * Tolerance}.
 */
class NoTransportModelCase2Test {

  private static final String FILE = "cases/case2_2d_land_shallow.nc";
  private static List<FunctionalGroup> groups;
  private static ForcingSet forcings;

  @BeforeAll
  static void load() {
    groups = GroupsCsv.read(Reference.path("cases/case_functional_groups.csv"));
    forcings = ForcingLoader.load(Reference.path(FILE), Reference.path(FILE),
        LoadOptions.defaults().withCache(false));
    assertArrayEquals(new double[] {-40, 0.5, 60}, forcings.latitude());
    assertArrayEquals(new int[] {1, 2, 3}, forcings.layers());
    assertEquals(TimeAxis.daily(LocalDate.of(2000, 1, 1), 400), forcings.time());
  }

  @AfterAll
  static void close() {
    forcings.close();
  }

  /** Row-major flattening of a multi-dimensional double array. */
  static double[] flat(Object array) {
    if (array instanceof double[] d) {
      return d;
    }
    Object[] parts = (Object[]) array;
    double[][] flats = new double[parts.length][];
    int n = 0;
    for (int i = 0; i < parts.length; i++) {
      flats[i] = flat(parts[i]);
      n += flats[i].length;
    }
    double[] out = new double[n];
    int at = 0;
    for (double[] f : flats) {
      System.arraycopy(f, 0, out, at, f.length);
      at += f.length;
    }
    return out;
  }

  private static double[] variable(String name) {
    try (HdfFile nc = new HdfFile(Reference.path(FILE))) {
      return flat(nc.getDatasetByPath(name).getData());
    }
  }

  @ParameterizedTest
  @EnumSource(KernelStrategy.class)
  void everyOutputMatchesOnTheWholeGrid(KernelStrategy strategy) {
    String[] names;
    try (HdfFile nc = new HdfFile(Reference.path(FILE))) {
      names = (String[]) nc.getDatasetByPath("fg_name").getData();
    }
    assertArrayEquals(groups.stream().map(FunctionalGroup::name).toArray(), names);
    int nt = forcings.timeSize();
    int ny = forcings.latSize();
    int nx = forcings.lonSize();
    Tolerance tol = new Tolerance("case 2");
    try (NoTransportModel explicit = NoTransportModel.prepare(forcings, ModelConfig.defaults(), strategy);
        NoTransportModel implicit = NoTransportModel.prepare(forcings,
            ModelConfig.defaults().withScheme(BiomassScheme.IMPLICIT), strategy);
        ModelRun e = explicit.start(groups);
        ModelRun i = implicit.start(groups)) {
      double[] dl = variable("day_length");
      double[] tm = variable("average_temperature");
      double[] lambda = variable("mortality_field");
      double[] r = variable("recruited");
      double[] be = variable("biomass_explicit");
      double[] bi = variable("biomass_implicit");
      for (int t = 0; t < nt; t++) {
        for (int y = 0; y < ny; y++) {
          for (int x = 0; x < nx; x++) {
            String at = " t=" + t + " y=" + y + " x=" + x;
            tol.check(dl[(t * ny + y) * nx + x], e.dayLength(t, y, x), "day length" + at);
            for (int g = 0; g < groups.size(); g++) {
              int k = ((g * nt + t) * ny + y) * nx + x;
              tol.check(tm[k], e.averageTemperature(g, t, y, x), "Tm g" + g + at);
              tol.check(lambda[k], e.mortality(g, t, y, x), "λ g" + g + at);
              tol.check(r[k], e.recruitedProduction(g, t, y, x), "R g" + g + at);
              tol.check(be[k], e.biomass(g, t, y, x), "B expl g" + g + at);
              tol.check(bi[k], i.biomass(g, t, y, x), "B impl g" + g + at);
            }
          }
        }
      }
    }
    tol.assertAllAgree();
  }

  @ParameterizedTest
  @EnumSource(KernelStrategy.class)
  void landCellGivesZeroBiomassNotNaN(KernelStrategy strategy) {
    try (NoTransportModel model = NoTransportModel.prepare(forcings, ModelConfig.defaults(), strategy);
        ModelRun run = model.start(groups)) {
      for (int g = 0; g < groups.size(); g++) {
        assertEquals(0.0, run.biomass(g, forcings.timeSize() - 1, 0, 1), "land cell (-40, 150)");
      }
    }
  }

  /** Upstream quirk: D2N1 lives in layer 2 by day, which the shallow cell lacks, yet it grows there. */
  @ParameterizedTest
  @EnumSource(KernelStrategy.class)
  void groupWithMissingLayerStillBuildsBiomassUnlessProductionIsMasked(KernelStrategy strategy) {
    int last = forcings.timeSize() - 1;
    try (NoTransportModel upstream = NoTransportModel.prepare(forcings, ModelConfig.defaults(), strategy);
        NoTransportModel masked = NoTransportModel.prepare(forcings,
            ModelConfig.defaults().withMissingLayer(MissingLayerPolicy.MASK_PRODUCTION), strategy);
        ModelRun u = upstream.start(groups);
        ModelRun m = masked.start(groups)) {
      assertEquals(0.0, u.averageTemperature(1, last, 1, 0), "Tm outside the group mask is 0 °C");
      assertTrue(u.biomass(1, last, 1, 0) > 0, "upstream: biomass builds where the layer is missing");
      assertEquals(0.0, m.biomass(1, last, 1, 0), "masked: no biomass where the layer is missing");
      assertEquals(0.0, m.recruitedProduction(1, last, 1, 0));
      assertEquals(u.biomass(0, last, 1, 0), m.biomass(0, last, 1, 0), "D1N1 lives in layer 1 there");
      assertEquals(u.biomass(1, last, 1, 1), m.biomass(1, last, 1, 1), "cells with every layer unchanged");
    }
  }
}
