package io.github.seapopym4j.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.forcing.ForcingLoader;
import io.github.seapopym4j.forcing.ForcingNetcdf;
import io.github.seapopym4j.forcing.ForcingScan;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.LoadOptions;
import io.github.seapopym4j.forcing.SyntheticForcings;
import io.github.seapopym4j.netcdf.NcType;
import io.github.seapopym4j.netcdf.NetcdfFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A streamed run ({@link StreamedRun#run}: the grid read from the files step by step, in bands of
 * rows) writes the same file as the whole-grid run through the prepared context, value for value
 * (tolerance 0: the same kernels in the same order), whatever the bands and threads, for float64 and
 * float32 forcings and for the model's variants; its scan of the forcings is the whole-grid scan.
 */
class StreamedRunTest {

  @TempDir Path dir;

  /** Three groups over every layer pair kind: one layer, two layers, the deepest layer. */
  private static final List<FunctionalGroup> GROUPS = List.of(
      FunctionalGroup.builder("D1N1").energyTransfert(0.1668).layers(1, 1)
          .lambdaTemperature0(1.0 / 150).gammaLambdaTemperature(0.15).tr0(10.38).gammaTr(-0.11)
          .build(),
      FunctionalGroup.builder("D2N1").energyTransfert(0.0834).layers(2, 1)
          .lambdaTemperature0(1.0 / 300).gammaLambdaTemperature(0.075).tr0(5.19).gammaTr(-0.055)
          .build(),
      FunctionalGroup.builder("D3N2").energyTransfert(0.05).layers(3, 2)
          .lambdaTemperature0(1.0 / 200).gammaLambdaTemperature(0.1).tr0(8.0).gammaTr(-0.08)
          .build());

  /** How the forcings are stored and loaded, and which model variant runs. */
  enum Variant {
    FLOAT64_DEFAULTS(NcType.DOUBLE, DataType.DOUBLE, ModelConfig.defaults()),
    FLOAT32_FORCINGS(NcType.FLOAT, DataType.FLOAT, ModelConfig.defaults()),
    FLOAT32_FILE_LOADED_AS_FLOAT64(NcType.FLOAT, DataType.DOUBLE, ModelConfig.defaults()),
    IMPLICIT_MASKED_KG_NO_GILLOOLY(NcType.DOUBLE, DataType.DOUBLE, ModelConfig.defaults()
        .withScheme(BiomassScheme.IMPLICIT).withMissingLayer(MissingLayerPolicy.MASK_PRODUCTION)
        .withUnits(ProductionUnit.KILOGRAM).withGillooly(false).withAngleHorizonSun(10));

    final NcType stored;
    final DataType loaded;
    final ModelConfig config;

    Variant(NcType stored, DataType loaded, ModelConfig config) {
      this.stored = stored;
      this.loaded = loaded;
      this.config = config;
    }
  }

  /** 18 × 40 cells (several tiles of 512 lanes per band), 45 days, land and shallow cells. */
  private Path[] forcings(NcType type) {
    double[] lat = IntStream.range(0, 18).mapToDouble(i -> -40.5 + 5 * i).toArray();
    double[] lon = IntStream.range(0, 40).mapToDouble(i -> 100.5 + 2 * i).toArray();
    SyntheticForcings.Builder b = SyntheticForcings.builder(SyntheticForcings.Formula.SUBTROPICAL)
        .daily(LocalDate.of(2003, 12, 1), 45).latitude(lat).longitude(lon).seed(11);
    for (int k = 0; k < 60; k++) {
      b.land((k * 7) % 18, (k * 13) % 40);
    }
    for (int k = 0; k < 25; k++) {
      b.topLayersOnly((k * 5 + 3) % 18, (k * 11 + 1) % 40, 1 + k % 2);
    }
    Path t = dir.resolve("t-" + type + ".nc");
    Path p = dir.resolve("pp-" + type + ".nc");
    try (ForcingSet f = b.build()) {
      ForcingNetcdf.write(f, t, p, type);
    }
    return new Path[] {t, p};
  }

  private static double[][] values(Path file) {
    try (NetcdfFile nc = NetcdfFile.open(file)) {
      return nc.variables().keySet().stream().map(nc::read).toArray(double[][]::new);
    }
  }

  @ParameterizedTest
  @EnumSource(Variant.class)
  void aStreamedRunWritesTheWholeRunsFileWhateverItsBandsAndThreads(Variant variant) {
    Path[] f = forcings(variant.stored);
    LoadOptions load = LoadOptions.builder().dataType(variant.loaded).cache(false).build();
    Path whole = dir.resolve("whole.nc");
    BandedRun.Grid grid;
    int[] layers;
    boolean[] land;
    try (ForcingSet set = ForcingLoader.load(f[0], f[1], load);
        NoTransportModel m = NoTransportModel.prepare(set, variant.config);
        ModelRun run = m.start(GROUPS)) {
      land = ResultNetcdf.land(set);
      ResultNetcdf.write(run, whole, land, false, "g/m2", Map.of());
      grid = new BandedRun.Grid(set.time(), set.latitude(), set.longitude());
      layers = set.layers();
    }
    double[][] expected = values(whole);
    for (int[] rowsAndThreads : new int[][] {{1, 1}, {5, 2}, {18, 3}, {4, 1}}) {
      Path out = dir.resolve("streamed-" + rowsAndThreads[0] + "-" + rowsAndThreads[1] + ".nc");
      StreamedRun.Result s = StreamedRun.run(f[0], f[1], load, grid, layers, rowsAndThreads[0],
          rowsAndThreads[1], GROUPS, variant.config, new BandedRun.Output(out, false,
              List.of(OutputVariable.values()), Map.of()), false);
      double[][] actual = values(out);
      assertEquals(expected.length, actual.length);
      for (int v = 0; v < expected.length; v++) {
        assertArrayEquals(expected[v], actual[v], 0.0,
            variant + " " + java.util.Arrays.toString(rowsAndThreads) + " variable " + v);
      }
      assertArrayEquals(land, s.land());
      assertTrue(s.timings().blocks() > 1 || rowsAndThreads[0] == 18 && rowsAndThreads[1] == 1);
    }
  }

  /** The scan gathered on the way is the whole-grid scan (the groups use all three layers). */
  @Test
  void theStreamedScanEqualsTheWholeGridScan() {
    Path[] f = forcings(NcType.DOUBLE);
    LoadOptions load = LoadOptions.defaults().withCache(false);
    ForcingScan expected;
    BandedRun.Grid grid;
    int[] layers;
    try (ForcingSet set = ForcingLoader.load(f[0], f[1], load)) {
      expected = ForcingScan.of(set);
      grid = new BandedRun.Grid(set.time(), set.latitude(), set.longitude());
      layers = set.layers();
    }
    ForcingScan actual = StreamedRun.run(f[0], f[1], load, grid, layers, 4, 2, GROUPS,
        ModelConfig.defaults(), new BandedRun.Output(dir.resolve("o.nc"), true,
            List.of(OutputVariable.BIOMASS), Map.of()), true).scan();
    assertArrayEquals(expected.temperatureMissing(), actual.temperatureMissing());
    assertArrayEquals(expected.temperatureCells(), actual.temperatureCells());
    assertTrue(expected.temperatureCells()[2] > 0, "some cells lack the deepest layer");
    assertEquals(expected.productionMissing(), actual.productionMissing());
    assertEquals(expected.firstMissing(), actual.firstMissing());
    assertEquals(expected.firstStepMasks(), actual.firstStepMasks());
    assertEquals(expected.temperatureMin(), actual.temperatureMin(), 0.0);
    assertEquals(expected.temperatureMax(), actual.temperatureMax(), 0.0);
    assertEquals(expected.productionMax(), actual.productionMax(), 0.0);
    assertEquals(expected.extremes(), actual.extremes());
  }

  /**
   * Under the explicit scheme, a group whose λ·dt reaches 1 is named with the same first date and
   * cell and the same largest λ·dt as the whole-grid run's check ({@link ExplicitStability}); the
   * implicit scheme has no such warning.
   */
  @Test
  void theStreamedRunWarnsOfAnUnstableExplicitSchemeAsTheWholeRunDoes() {
    Path[] f = forcings(NcType.DOUBLE);
    LoadOptions load = LoadOptions.defaults().withCache(false);
    List<FunctionalGroup> groups = List.of(GROUPS.get(0), FunctionalGroup.builder("fast")
        .energyTransfert(0.1).layers(2, 1).lambdaTemperature0(0.25).gammaLambdaTemperature(0.1)
        .tr0(5).gammaTr(-0.1).build());
    java.util.Optional<String> expected;
    BandedRun.Grid grid;
    int[] layers;
    try (ForcingSet set = ForcingLoader.load(f[0], f[1], load);
        NoTransportModel m = NoTransportModel.prepare(set, ModelConfig.defaults())) {
      expected = ExplicitStability.check(m, groups);
      grid = new BandedRun.Grid(set.time(), set.latitude(), set.longitude());
      layers = set.layers();
    }
    assertTrue(expected.isPresent() && expected.get().contains("group 'fast' from "), "" + expected);
    for (ModelConfig config : List.of(ModelConfig.defaults(),
        ModelConfig.defaults().withScheme(BiomassScheme.IMPLICIT))) {
      StreamedRun.Result s = StreamedRun.run(f[0], f[1], load, grid, layers, 3, 2, groups, config,
          new BandedRun.Output(dir.resolve("u.nc"), true, List.of(OutputVariable.BIOMASS),
              Map.of()), false);
      assertEquals(config.scheme() == BiomassScheme.EXPLICIT ? expected : java.util.Optional.empty(),
          s.stabilityWarning());
    }
  }

  /** Only the variables asked for are in the file, as float32 when asked. */
  @Test
  void anOutputOfSomeVariablesHoldsOnlyThem() {
    Path[] f = forcings(NcType.FLOAT);
    LoadOptions load = LoadOptions.defaults().withCache(false);
    try (ForcingSet set = ForcingLoader.load(f[0], f[1], load)) {
      Path out = dir.resolve("biomass.nc");
      StreamedRun.run(f[0], f[1], load, new BandedRun.Grid(set.time(), set.latitude(),
          set.longitude()), set.layers(), 18, 2, GROUPS, ModelConfig.defaults(),
          new BandedRun.Output(out, true, List.of(OutputVariable.BIOMASS), Map.of()), false);
      try (NetcdfFile nc = NetcdfFile.open(out)) {
        assertEquals(List.of("time", "group", "lat", "lon", "biomass"),
            List.copyOf(nc.variables().keySet()));
        assertEquals(NcType.FLOAT, nc.variable("biomass").type());
        assertFalse(nc.variables().containsKey("mortality"));
      }
    }
  }

  /** Files the streamed run cannot read (CSV) are refused, naming them. */
  @Test
  void filesThatCannotBeStreamedAreRefusedNamingThem() {
    Path t = dir.resolve("t.csv");
    Path p = dir.resolve("pp.csv");
    assertFalse(StreamedRun.possible(t, p, LoadOptions.defaults()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StreamedRun.run(t, p, LoadOptions.defaults(), new BandedRun.Grid(
            io.github.seapopym4j.forcing.TimeAxis.daily(LocalDate.of(2000, 1, 1), 2),
            new double[] {0}, new double[] {0}), new int[] {1}, 1, 1, GROUPS,
            ModelConfig.defaults(), new BandedRun.Output(dir.resolve("x.nc"), false,
                List.of(OutputVariable.BIOMASS), Map.of()), false));
    assertTrue(e.getMessage().contains("t.csv") && e.getMessage().contains("classic NetCDF"),
        e.getMessage());
  }
}
