package io.github.seapopym4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.kernel.Biomass;
import io.github.seapopym4j.kernel.Cohorts;
import io.github.seapopym4j.kernel.Mortality;
import io.github.seapopym4j.kernel.Production;
import java.nio.DoubleBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fused strategy against the reference kernels cell by cell ({@link Production#step}, {@link
 * Biomass}, λ from {@link Mortality#ratesInto} on one value), bit for bit: random forcings on a grid
 * wider than one block (two tiles, the second partial), with land, noisy temperatures that put the
 * cells of a tile on both sides of recruitment thresholds, zero production, random groups, both
 * biomass schemes and both missing-layer policies, on one thread and split over two.
 */
class FusedBitIdentityTest {

  private static final int NY = 3;
  private static final int NX = 250;
  private static final int DAYS = 80;
  private static ForcingSet forcings;

  @BeforeAll
  static void load() {
    SplittableRandom random = new SplittableRandom(5);
    double[] t = new double[DAYS * NY * NX * 3];
    double[] pp = new double[DAYS * NY * NX];
    for (int d = 0; d < DAYS; d++) {
      for (int c = 0; c < NY * NX; c++) {
        boolean land = c % 97 == 13 || (c >= 400 && c < 420);
        int i = (d * NY * NX + c) * 3;
        for (int layer = 0; layer < 3; layer++) {
          double mean = 26 - 9 * layer + 4 * Math.sin(d / 9.0 + c / 50.0);
          t[i + layer] = land ? Double.NaN : mean + 3 * (random.nextDouble() - 0.5);
        }
        pp[d * NY * NX + c] = land ? Double.NaN : random.nextInt(8) == 0 ? 0.0 : random.nextDouble();
      }
    }
    double[] lat = {20, 21, 22};
    double[] lon = new double[NX];
    for (int x = 0; x < NX; x++) {
      lon[x] = 150 + 0.25 * x;
    }
    forcings = ForcingSet.builder().daily(LocalDate.of(2000, 1, 1), DAYS).latitude(lat).longitude(lon)
        .layers(1, 2, 3).temperature(t).primaryProduction(pp).source("random test grid").build();
  }

  @AfterAll
  static void close() {
    forcings.close();
  }

  private static List<FunctionalGroup> randomGroups(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<FunctionalGroup> groups = new ArrayList<>();
    for (int g = 0; g < 4; g++) {
      groups.add(FunctionalGroup.builder("G" + g).energyTransfert(random.nextDouble())
          .layers(1 + random.nextInt(3), 1 + random.nextInt(3))
          .lambdaTemperature0(0.001 + 0.05 * random.nextDouble())
          .gammaLambdaTemperature(g == 3 ? 0.7 : 0.01 + 0.3 * random.nextDouble()) // 0.7: Math.exp
          .tr0(0.5 + 30 * random.nextDouble()).gammaTr(-0.02 - 0.3 * random.nextDouble()).build());
    }
    return groups;
  }

  /** Every λ, R and B of the run against the reference kernels stepped cell by cell. */
  private static void assertBitIdentical(ModelConfig config, int tasks, long seed) {
    List<FunctionalGroup> groups = randomGroups(seed);
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try (NoTransportModel prepared = NoTransportModel.prepare(forcings, config, KernelStrategy.FUSED);
        NoTransportModel model = tasks == 1 ? prepared : prepared.withExecutor(executor, tasks);
        ModelRun run = model.start(groups)) {
      PreparedContext ctx = prepared.context();
      DoubleBuffer pp = ctx.primaryProduction();
      int cells = ctx.cellCount();
      double dt = ctx.time().stepDays();
      for (int g = 0; g < groups.size(); g++) {
        FunctionalGroup group = groups.get(g);
        int day = ctx.layerIndex(group.dayLayer());
        int night = ctx.layerIndex(group.nightLayer());
        DoubleBuffer tm = ctx.averageTemperature(day, night);
        double maxTm = ctx.maxAverageTemperature(day, night);
        boolean[] producing = config.missingLayer() == MissingLayerPolicy.MASK_PRODUCTION
            ? ctx.groupMask(day, night) : null;
        double[] tmin = Cohorts.minTemperature(group.tr0(), group.gammaTr(), dt);
        for (int c = 0; c < cells; c++) {
          double[] lambda = TestOutput.series(OutputVariable.MORTALITY, run, g, c / NX, c % NX);
          double[] recruited =
              TestOutput.series(OutputVariable.PRODUCTION_RECRUITED, run, g, c / NX, c % NX);
          double[] biomass = TestOutput.series(OutputVariable.BIOMASS, run, g, c / NX, c % NX);
          double[] cohorts = new double[tmin.length];
          double[] l = new double[1];
          double b = 0.0;
          for (int t = 0; t < DAYS; t++) {
            double temperature = tm.get(t * cells + c);
            Mortality.ratesInto(new double[] {temperature}, 1, group.lambdaTemperature0(),
                group.gammaLambdaTemperature(), maxTm, l);
            double p = producing == null || producing[c]
                ? group.energyTransfert() * pp.get(t * cells + c) : 0.0;
            double r = Production.step(cohorts, tmin, p, temperature);
            b = config.scheme() == BiomassScheme.EXPLICIT ? Biomass.explicitStep(b, r, l[0], dt)
                : Biomass.implicitStep(b, r, l[0], dt);
            String where = group.name() + " cell " + c + " step " + t + " (" + config.scheme() + ", "
                + tasks + " tasks): ";
            assertEquals(Double.doubleToRawLongBits(l[0]), Double.doubleToRawLongBits(lambda[t]),
                where + "λ");
            assertEquals(Double.doubleToRawLongBits(r), Double.doubleToRawLongBits(recruited[t]),
                where + "R");
            assertEquals(Double.doubleToRawLongBits(b), Double.doubleToRawLongBits(biomass[t]),
                where + "B");
          }
        }
      }
    } finally {
      executor.shutdown();
    }
  }

  @Test
  void fusedRunsMatchTheReferenceKernelsBitForBit() {
    assertBitIdentical(ModelConfig.defaults(), 1, 1);
    assertBitIdentical(ModelConfig.defaults(), 2, 2);
  }

  @Test
  void fusedRunsWithMaskedProductionAndTheImplicitSchemeMatchBitForBit() {
    assertBitIdentical(ModelConfig.defaults().withScheme(BiomassScheme.IMPLICIT)
        .withMissingLayer(MissingLayerPolicy.MASK_PRODUCTION), 1, 3);
    assertBitIdentical(ModelConfig.defaults().withMissingLayer(MissingLayerPolicy.MASK_PRODUCTION),
        2, 4);
  }
}
