package io.github.seapopym4j.benchmark;

import io.github.seapopym4j.space.GroupSpace;
import io.github.seapopym4j.calibration.ModelObjective;
import io.github.seapopym4j.space.ParameterSpace;
import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.Metric;
import io.github.seapopym4j.fitness.MetricRegistry;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.fitness.Period;
import io.github.seapopym4j.forcing.ForcingCsv;
import io.github.seapopym4j.forcing.ForcingLoader;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.LoadOptions;
import io.github.seapopym4j.forcing.SyntheticForcings;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.GroupParameter;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import io.github.seapopym4j.profile.Profiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A calibration problem read from forcing files, for profiling and baselines: the files (so that a
 * workflow can load them as often as it likes), the parameter space, the observations and how runs
 * are scored.
 *
 * <p>{@link #twin} makes a twin experiment on any forcing files: observations are the biomass of
 * {@link #TRUTH} every {@value #OBSERVATION_EVERY_DAYS} days at every ocean cell, times (1 + 0.05 ε),
 * ε ~ N(0, 1) from {@code new SplittableRandom(seed)}; E and λ0 are free, scored by {@code
 * nrmse-std}.
 *
 * @param temperature temperature file (long CSV or NetCDF-4)
 * @param primaryProduction primary production file
 * @param space the free and fixed parameters
 * @param observations what runs are scored against
 * @param config model settings
 * @param match how runs are matched to observations
 * @param loss the score to minimise
 */
public record CalibrationWorkload(Path temperature, Path primaryProduction, ParameterSpace space,
    ObservationSet observations, ModelConfig config, MatchConfig match, Metric loss) {

  /** The group whose run makes the twin observations (the one of the twin-experiment test). */
  public static final FunctionalGroup TRUTH =
      FunctionalGroup.builder("D1N1").energyTransfert(0.1668).layers(1, 1)
          .lambdaTemperature0(1 / 150.0).gammaLambdaTemperature(0.15)
          .tr0(10.38).gammaTr(-0.11).build();
  /** Observation spacing of {@link #twin} [day]. */
  public static final int OBSERVATION_EVERY_DAYS = 10;

  public CalibrationWorkload {
    Objects.requireNonNull(temperature, "temperature");
    Objects.requireNonNull(primaryProduction, "primaryProduction");
    Objects.requireNonNull(space, "space");
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(loss, "loss");
  }

  /** A twin experiment on the forcing files (see the class comment). */
  public static CalibrationWorkload twin(Path temperature, Path primaryProduction, long seed) {
    ParameterSpace space = ParameterSpace.of(List.of(GroupSpace.fixedAt(TRUTH)
        .free(GroupParameter.ENERGY_TRANSFERT).free(GroupParameter.LAMBDA_TEMPERATURE_0)));
    ObservationSet.Builder b = ObservationSet.builder("twin of " + temperature.getFileName(), "sample");
    SplittableRandom r = new SplittableRandom(seed);
    try (ForcingSet f = ForcingLoader.load(temperature, primaryProduction,
            LoadOptions.defaults().withCache(false));
        NoTransportModel m = NoTransportModel.prepare(f, ModelConfig.defaults());
        ModelRun run = m.start(TRUTH)) {
      int row = 0;
      for (int t = 0; t < f.time().size(); t += OBSERVATION_EVERY_DAYS) {
        for (int y = 0; y < f.latitude().length; y++) {
          for (int x = 0; x < f.longitude().length; x++) {
            double v = run.biomass(0, t, y, x);
            if (Double.isFinite(v)) {
              b.add(f.time().date(t), f.latitude()[y], f.longitude()[x],
                  Math.max(0, v * (1 + 0.05 * r.nextGaussian())), Period.NONE, null, ++row);
            }
          }
        }
      }
    }
    return new CalibrationWorkload(temperature, primaryProduction, space, b.build(),
        ModelConfig.defaults(), MatchConfig.defaults(), MetricRegistry.get("nrmse-std").loss());
  }

  /**
   * Writes forcings like {@code data-samples/} (formula SUBTROPICAL, 731 daily steps on 3 × 4 cells,
   * one land cell, 3 decimals, the given seed) as long CSV into {@code dir} ({@code
   * temperature.csv}, {@code primary-production.csv}) and returns the {@link #twin} on them.
   */
  public static CalibrationWorkload synthetic(Path dir, long seed) {
    Path t = dir.resolve("temperature.csv");
    Path pp = dir.resolve("primary-production.csv");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    try (ForcingSet f = SyntheticForcings.builder(SyntheticForcings.Formula.SUBTROPICAL)
        .daily(LocalDate.of(2000, 1, 1), 731).latitude(20.5, 21.5, 22.5)
        .longitude(150.5, 151.5, 152.5, 153.5).seed(seed).land(2, 3).decimals(3).build()) {
      ForcingCsv.write(f, t, pp);
    }
    return twin(t, pp, seed);
  }

  /**
   * Reads the forcing files, through the loader's cache or not, timed as the {@link Profiler#LOAD}
   * stage of {@code profiler}.
   */
  public ForcingSet load(boolean cache, Profiler profiler) {
    try (Profiler.Stage s = profiler.stage(Profiler.LOAD)) {
      return ForcingLoader.load(temperature, primaryProduction,
          LoadOptions.defaults().withCache(cache));
    }
  }

  /**
   * An objective on {@code forcings}: matches the observations and prepares the observed cells,
   * timed as the {@link Profiler#PREPARE} stage of {@code profiler}.
   */
  public ModelObjective objective(ForcingSet forcings, Profiler profiler) {
    try (Profiler.Stage s = profiler.stage(Profiler.PREPARE)) {
      return ModelObjective.scoring(forcings, config, space, observations, match, loss);
    }
  }
}
