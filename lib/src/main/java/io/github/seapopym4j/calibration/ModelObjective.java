package io.github.seapopym4j.calibration;

import io.github.seapopym4j.fitness.FitnessFunction;
import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.MatchReport;
import io.github.seapopym4j.fitness.Metric;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.fitness.ObservedModel;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import io.github.seapopym4j.profile.Profiler;
import io.github.seapopym4j.space.ParameterSpace;
import java.util.Objects;

/**
 * The cost of a parameter vector for a model calibration: decode it into functional groups ({@link
 * ParameterSpace}), then run and score them through the {@link ObservedModel} (the path sweeps
 * share), and close the run.
 * Every run lives in a try-with-resources scope, so all the off-heap memory it allocated is freed
 * before the next individual, whatever the outcome.
 *
 * <pre>{@code
 * try (ModelObjective f = ModelObjective.scoring(forcings, ModelConfig.defaults(), space, obs,
 *          MatchConfig.defaults(), MetricRegistry.get("nrmse-std").loss());
 *      PopulationEvaluator ev = LocalPopulationEvaluator.builder(f).build()) {
 *   ...
 * }
 * }</pre>
 *
 * <p>{@link #withProfiler} gives a view that times each call's {@link Profiler#RUN} and {@link
 * Profiler#SCORE} stages.
 *
 * @implNote Thread-safe: the model and the scorer are.
 */
public final class ModelObjective implements Objective, AutoCloseable {

  private final NoTransportModel model;
  private final ParameterSpace space;
  private final FitnessFunction fitness;
  private final int simulatedCells;
  private final MatchReport matchReport;
  private final Profiler profiler;
  /** The observed model this objective closes; null for a model given to {@code of} and for views. */
  private final ObservedModel observed;

  private ModelObjective(NoTransportModel model, ParameterSpace space,
      FitnessFunction fitness, int simulatedCells, MatchReport matchReport, ObservedModel observed,
      Profiler profiler) {
    this.profiler = profiler;
    this.observed = observed;
    this.model = model;
    this.space = space;
    this.fitness = fitness;
    this.simulatedCells = simulatedCells;
    this.matchReport = matchReport;
  }

  /**
   * An objective on an existing prepared model (which stays the caller's to close) scored by
   * {@code fitness} (lower is better: pass a loss, e.g. {@code MetricRegistry.Entry#loss()}).
   */
  public static ModelObjective of(NoTransportModel model, ParameterSpace space,
      FitnessFunction fitness) {
    return new ModelObjective(Objects.requireNonNull(model, "model"),
        Objects.requireNonNull(space, "space"), Objects.requireNonNull(fitness, "fitness"), -1, null,
        null, Profiler.disabled());
  }

  /**
   * An objective that scores {@code observations} with {@code loss} and simulates only the cells
   * they need: the observations are matched once on the whole forcing grid, the model is prepared
   * over those cells alone (loaded once, shared by every individual), and each run is scored through
   * the same match, so the score equals that of a run over the whole grid.
   *
   * @param loss a metric to minimise, e.g. {@code MetricRegistry.get("nrmse-std").loss()}
   * @throws IllegalArgumentException when no observation matches the forcing's grid and period
   */
  public static ModelObjective scoring(ForcingSet forcings, ModelConfig config, ParameterSpace space,
      ObservationSet observations, MatchConfig match, Metric loss) {
    requireLayers(forcings, space);
    return of(ObservedModel.prepare(forcings, config, space.decode(space.domain().lower()),
        observations, match), space, loss);
  }

  /**
   * Checks, before any evaluation, that every group of {@code space} (at the lower and upper corner
   * of its domain) lives in layers the forcings have.
   *
   * @throws IllegalArgumentException naming the group, the parameter, its value and the layers there
   *     are
   */
  public static void requireLayers(ForcingSet forcings, ParameterSpace space) {
    for (double[] x : new double[][] {space.domain().lower(), space.domain().upper()}) {
      for (FunctionalGroup g : space.decode(x)) {
        requireLayer(forcings, g, "day_layer", g.dayLayer());
        requireLayer(forcings, g, "night_layer", g.nightLayer());
      }
    }
  }

  private static void requireLayer(ForcingSet forcings, FunctionalGroup g, String which, int label) {
    if (forcings.layerIndex(label) < 0) {
      throw new IllegalArgumentException(String.format("parameter space: group '%s': %s %d is not a "
          + "layer of the forcings (%s), which have the layer labels %s; no evaluation was run",
          g.name(), which, label, forcings.source(), java.util.Arrays.toString(forcings.layers())));
    }
  }

  /**
   * An objective on an {@link ObservedModel}, which it owns from now on (closing the objective
   * closes it): each call decodes the vector, runs and scores with {@code loss}.
   */
  public static ModelObjective of(ObservedModel observed, ParameterSpace space, Metric loss) {
    Objects.requireNonNull(observed, "observed");
    return new ModelObjective(observed.model(), Objects.requireNonNull(space, "space"),
        observed.fitness(loss), observed.simulatedCells(), observed.report(), observed,
        Profiler.disabled());
  }

  /** Runs the model for {@code x}, scores the run, frees it. */
  @Override
  public double value(double[] x) {
    ModelRun run;
    try (Profiler.Stage s = profiler.stage(Profiler.RUN)) {
      run = model.start(space.decode(x));
    }
    try (run; Profiler.Stage s = profiler.stage(Profiler.SCORE)) {
      return fitness.score(run);
    }
  }

  /**
   * A view of this objective that records the {@link Profiler#RUN} and {@link Profiler#SCORE} stage
   * of every call in {@code profiler}. The view shares this objective's model and never closes it:
   * close this objective, not the view.
   */
  public ModelObjective withProfiler(Profiler profiler) {
    return new ModelObjective(model, space, fitness, simulatedCells, matchReport, null,
        Objects.requireNonNull(profiler, "profiler"));
  }

  /** The prepared model every call runs on (owned by this objective when {@link #scoring} built it). */
  public NoTransportModel model() {
    return model;
  }

  /** How a run is scored (lower is better). */
  public FitnessFunction fitness() {
    return fitness;
  }

  public ParameterSpace space() {
    return space;
  }

  /** The number of cells each run simulates (-1 when the model was given, not prepared here). */
  public int simulatedCells() {
    return simulatedCells;
  }

  /**
   * How the observations matched (those outside the simulated period are listed); null when the
   * objective was built with {@link #of}.
   */
  public MatchReport matchReport() {
    return matchReport;
  }

  /** Releases the prepared model if this objective prepared it. */
  @Override
  public void close() {
    if (observed != null) {
      observed.close();
    }
  }
}
