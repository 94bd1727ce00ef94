package io.github.seapopym4j.calibration;

import io.github.seapopym4j.model.GroupParameter;
import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.MetricRegistry;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.fitness.Period;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.SyntheticForcings;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import io.github.seapopym4j.profile.MemorySnapshot;
import io.github.seapopym4j.space.GroupSpace;
import io.github.seapopym4j.space.ParameterSpace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The soak calibrations of {@link CalibrationSoakTest}, run in a JVM of their own so that the
 * resident set reflects only this work: a GA of 50 generations × 100 individuals calibrating E,
 * τr0 and γτr of one group against monthly observations at the 4 cells of a 2 × 2 synthetic forcing
 * (730 days). Prints one line per objective: {@code <name> cv=<value> resident=<MB after each
 * generation, comma-separated>}.
 */
final class SoakRun {

  static final int GENERATIONS = 50;
  static final int POPULATION = 100;
  static final int WARMUP = 10;
  static final FunctionalGroup GROUP =
      FunctionalGroup.builder("D1N1").energyTransfert(0.1668).layers(1, 2)
          .lambdaTemperature0(1 / 150.0).gammaLambdaTemperature(0.15)
          .tr0(10.38).gammaTr(-0.11).build();
  static final LocalDate START = LocalDate.of(2000, 1, 1);

  private SoakRun() {}

  public static void main(String[] args) {
    ParameterSpace space = ParameterSpace.of(List.of(GroupSpace.fixedAt(GROUP)
        .free(GroupParameter.ENERGY_TRANSFERT).free(GroupParameter.TR_0).free(GroupParameter.GAMMA_TR)));
    try (ForcingSet forcings = SyntheticForcings.builder(SyntheticForcings.Formula.SUBTROPICAL)
        .daily(START, 730).latitude(21, 22).longitude(152, 153).seed(1).build()) {
      try (ModelObjective f = ModelObjective.scoring(forcings, ModelConfig.defaults(), space,
          observations(), MatchConfig.defaults(), MetricRegistry.get("nrmse-std").loss())) {
        print("closing", soak(f, space));
      }
      List<ModelRun> leak = Collections.synchronizedList(new ArrayList<>());
      try (NoTransportModel model = NoTransportModel.prepare(forcings, ModelConfig.defaults())) {
        Objective leaking = x -> {
          ModelRun run = model.start(space.decode(x)); // never closed: kept, as a leak would
          leak.add(run);
          return run.biomass(0, 0, 0, 0);
        };
        print("leaking", soak(leaking, space));
        System.out.println("leaked " + leak.size() + " runs of " + leak.get(0).ownedBytes()
            + " bytes");
        leak.forEach(ModelRun::close);
      }
    }
  }

  /** Monthly made-up biomass at the 4 cells (the soak needs a score, not a good fit). */
  static ObservationSet observations() {
    ObservationSet.Builder b = ObservationSet.builder("soak", "row");
    int row = 0;
    for (int m = 0; m < 24; m++) {
      for (double lat : new double[] {21, 22}) {
        for (double lon : new double[] {152, 153}) {
          b.add(START.plusMonths(m).plusDays(14), lat, lon, 1 + 0.5 * Math.sin(m), Period.NONE,
              null, ++row);
        }
      }
    }
    return b.build();
  }

  static MemorySeries soak(Objective f, ParameterSpace space) {
    try (PopulationEvaluator ev = LocalPopulationEvaluator.builder(f).threads(2).cache(false)
        .build()) {
      return Calibration.builder(GeneticAlgorithm.builder().populationSize(POPULATION).build(),
              space.domain(), ev)
          .seed(1).stop(StopCriteria.generations(GENERATIONS)).build().run().memory();
    }
  }

  /**
   * The coefficient of variation (standard deviation / mean, population form) of the resident set
   * of {@code series} over the samples after the first {@code warmup}: below a few percent means
   * memory is flat.
   *
   * @throws IllegalArgumentException when fewer than two samples remain after warm-up
   * @throws IllegalStateException when the platform reports no resident set
   */
  static double residentCoefficientOfVariation(MemorySeries series, int warmup) {
    if (warmup < 0 || series.size() - warmup < 2) {
      throw new IllegalArgumentException(String.format(
          "need at least 2 samples after a warm-up of %d, but the series has %d", warmup,
          series.size()));
    }
    List<MemorySnapshot> tail = series.samples().subList(warmup, series.size());
    double mean = 0;
    for (MemorySnapshot s : tail) {
      if (s.residentBytes() < 0) {
        throw new IllegalStateException("this platform reports no resident set size");
      }
      mean += s.residentBytes() / (double) tail.size();
    }
    double var = 0;
    for (MemorySnapshot s : tail) {
      double d = s.residentBytes() - mean;
      var += d * d / tail.size();
    }
    return Math.sqrt(var) / mean;
  }

  static void print(String name, MemorySeries s) {
    StringBuilder b = new StringBuilder(name).append(" cv=")
        .append(residentCoefficientOfVariation(s, WARMUP)).append(" resident=");
    for (int i = 0; i < s.size(); i++) {
      b.append(i == 0 ? "" : ",").append(s.samples().get(i).residentBytes() / 1_000_000);
    }
    System.out.println(b);
  }

  static boolean residentAvailable() {
    return MemorySnapshot.currentResidentBytes() > 0;
  }
}
