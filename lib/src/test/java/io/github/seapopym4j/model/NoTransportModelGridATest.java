package io.github.seapopym4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.seapopym4j.forcing.ForcingLoader;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.LoadOptions;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole grid of reference seapopym-v0.1-grid-A (3×4 cells, 731 days, two groups): every output
 * variable and the Gillooly temperatures, value by value, for each {@link KernelStrategy}.
 * Tolerance: {@link Tolerance}.
 */
class NoTransportModelGridATest {

  /** The groups of grid-A's metadata.json. */
  static final List<FunctionalGroup> GROUPS = List.of(
      FunctionalGroup.builder("D1N1").energyTransfert(0.1668).layers(1, 1)
          .lambdaTemperature0(0.006666666666666667).gammaLambdaTemperature(0.15)
          .tr0(10.38).gammaTr(-0.11).build(),
      FunctionalGroup.builder("D2N1_BIS").energyTransfert(0.0834).layers(2, 1)
          .lambdaTemperature0(0.0033333333333333335).gammaLambdaTemperature(0.075)
          .tr0(5.19).gammaTr(-0.055).build());

  private static ForcingSet forcings;
  private static NoTransportModel model;
  private static final Map<KernelStrategy, ModelRun> RUNS = new EnumMap<>(KernelStrategy.class);

  @BeforeAll
  static void runGridA() {
    forcings = ForcingLoader.load(Reference.path("grid-A/forcing_temperature.csv.gz"),
        Reference.path("grid-A/forcing_primary_production.csv.gz"), LoadOptions.defaults().withCache(false));
    model = NoTransportModel.prepare(forcings, ModelConfig.defaults());
    for (KernelStrategy s : KernelStrategy.values()) {
      RUNS.put(s, model.withStrategy(s).start(GROUPS));
    }
  }

  @AfterAll
  static void close() {
    RUNS.values().forEach(ModelRun::close);
    model.close();
    forcings.close();
  }

  /** Compares a long CSV (time,lat,lon[,group|layer],value) with {@code reader}. */
  private static void compare(String file, boolean hasFourthKey, KernelStrategy strategy,
      Reader reader) {
    ModelRun run = RUNS.get(strategy);
    List<String[]> rows = Reference.rows("grid-A/" + file);
    double[] lat = run.latitude();
    double[] lon = run.longitude();
    Tolerance tol = new Tolerance("grid-A " + file + " (" + strategy + ")");
    for (String[] r : rows.subList(1, rows.size())) {
      int t = run.time().indexOf(LocalDate.parse(r[0]));
      int y = Arrays.binarySearch(lat, Double.parseDouble(r[1]));
      int x = Arrays.binarySearch(lon, Double.parseDouble(r[2]));
      int k = hasFourthKey ? Integer.parseInt(r[3]) : -1;
      double expected = Reference.parse(r[hasFourthKey ? 4 : 3]);
      tol.check(expected, reader.read(k, t, y, x), String.join(",", r));
    }
    tol.assertAllAgree();
    assertEquals(731L * 12 * (hasFourthKey ? (file.startsWith("temperature") ? 3 : 2) : 1), tol.compared());
  }

  private interface Reader {
    double read(int key, int t, int y, int x);
  }

  @ParameterizedTest
  @EnumSource(KernelStrategy.class)
  void biomassMatches(KernelStrategy strategy) {
    ModelRun run = RUNS.get(strategy);
    compare("biomass.csv.gz", true, strategy, run::biomass);
  }

  @ParameterizedTest
  @EnumSource(KernelStrategy.class)
  void recruitedProductionMatches(KernelStrategy strategy) {
    ModelRun run = RUNS.get(strategy);
    compare("production_recruited.csv.gz", true, strategy, run::recruitedProduction);
  }

  @ParameterizedTest
  @EnumSource(KernelStrategy.class)
  void mortalityMatches(KernelStrategy strategy) {
    ModelRun run = RUNS.get(strategy);
    compare("mortality.csv.gz", true, strategy, run::mortality);
  }

  @ParameterizedTest
  @EnumSource(KernelStrategy.class)
  void averageTemperatureMatches(KernelStrategy strategy) {
    ModelRun run = RUNS.get(strategy);
    compare("average_temperature.csv.gz", true, strategy, run::averageTemperature);
  }

  @ParameterizedTest
  @EnumSource(KernelStrategy.class)
  void dayLengthMatches(KernelStrategy strategy) {
    ModelRun run = RUNS.get(strategy);
    compare("day_length.csv.gz", false, strategy, (k, t, y, x) -> run.dayLength(t, y, x));
  }

  @ParameterizedTest
  @EnumSource(KernelStrategy.class)
  void gilloolyTemperatureMatches(KernelStrategy strategy) {
    PreparedContext ctx = model.context();
    java.nio.DoubleBuffer temperature = ctx.temperature();
    int cells = ctx.cellCount();
    int nz = ctx.layers().length;
    compare("temperature_gillooly.csv.gz", true, strategy, (layer, t, y, x) ->
        temperature.get(((t * cells) + y * 4 + x) * nz + ctx.layerIndex(layer)));
  }

  /**
   * Float32 forcings halve the forcing memory; the cost is the float32 rounding of the inputs
   * (≤ 2⁻²⁴ relative) carried through the recursion. Measured on grid-A: the largest relative
   * biomass difference against the float64 run is printed; the bound 1e-5 leaves two orders of
   * magnitude over what float32 inputs can explain (6e-8 per input, amplified by exp(γλ·Tm) and
   * the threshold comparisons at most a few hundred times), and would catch a wrong conversion.
   */
  @org.junit.jupiter.api.Test
  void float32ForcingsChangeBiomassByLessThanOnePartIn1e5() {
    ModelRun run = RUNS.get(KernelStrategy.DEFAULT);
    LoadOptions f32 = LoadOptions.defaults().withCache(false)
        .withDataType(org.nd4j.linalg.api.buffer.DataType.FLOAT);
    try (ForcingSet single = ForcingLoader.load(Reference.path("grid-A/forcing_temperature.csv.gz"),
            Reference.path("grid-A/forcing_primary_production.csv.gz"), f32);
        NoTransportModel m32 = NoTransportModel.prepare(single, ModelConfig.defaults());
        ModelRun r32 = m32.start(GROUPS)) {
      assertEquals(forcings.sizeInBytes() / 2, single.sizeInBytes(), "float32 halves forcing memory");
      double worst = 0;
      for (int g = 0; g < 2; g++) {
        for (int t = 0; t < 731; t++) {
          for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 4; x++) {
              double a = run.biomass(g, t, y, x);
              double b = r32.biomass(g, t, y, x);
              if (Math.abs(a) > 1e-12) {
                worst = Math.max(worst, Math.abs(a - b) / Math.abs(a));
              }
            }
          }
        }
      }
      System.out.printf("float32 forcings, grid-A biomass: max relative difference %.3e%n", worst);
      org.junit.jupiter.api.Assertions.assertTrue(worst < 1e-5, "max relative difference " + worst);
    }
  }
}
