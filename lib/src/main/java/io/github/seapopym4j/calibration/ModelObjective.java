package io.github.seapopym4j.calibration;

import io.github.seapopym4j.fitness.FitnessFunction;
import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.MatchPlan;
import io.github.seapopym4j.fitness.MatchReport;
import io.github.seapopym4j.fitness.Metric;
import io.github.seapopym4j.fitness.ModelGrid;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.fitness.Scorer;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.model.CellSelection;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import io.github.seapopym4j.profile.Profiler;
import io.github.seapopym4j.space.ParameterSpace;
import java.util.Arrays;
import java.util.Objects;

/**
 * The cost of a parameter vector for a model calibration: decode it into functional groups ({@link
 * ParameterSpace}), run the model on the shared prepared context, score the run, and close it.
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
  private final boolean ownsModel;
  private final ParameterSpace space;
  private final FitnessFunction fitness;
  private final int simulatedCells;
  private final MatchReport matchReport;
  private final Profiler profiler;

  private ModelObjective(NoTransportModel model, boolean ownsModel, ParameterSpace space,
      FitnessFunction fitness, int simulatedCells, MatchReport matchReport) {
    this(model, ownsModel, space, fitness, simulatedCells, matchReport, Profiler.disabled());
  }

  private ModelObjective(NoTransportModel model, boolean ownsModel, ParameterSpace space,
      FitnessFunction fitness, int simulatedCells, MatchReport matchReport, Profiler profiler) {
    this.profiler = profiler;
    this.model = model;
    this.ownsModel = ownsModel;
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
    return new ModelObjective(Objects.requireNonNull(model, "model"), false,
        Objects.requireNonNull(space, "space"), Objects.requireNonNull(fitness, "fitness"), -1, null);
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
    ModelGrid full = ModelGrid.of(forcings, space.decode(space.domain().lower()));
    MatchPlan plan = MatchPlan.compile(observations, full, match);
    if (plan.size() == 0) {
      throw new IllegalArgumentException(String.format("%s: no observation matches the forcings "
          + "(%s); %s", observations.source(), forcings.source(), plan.report().summary()));
    }
    int[][] cells = plan.cells();
    int[] la = Arrays.stream(cells).mapToInt(c -> c[0]).toArray();
    int[] lo = Arrays.stream(cells).mapToInt(c -> c[1]).toArray();
    CellSelection selection = CellSelection.of(la, lo);
    int[] row = inverse(selection.rows(), forcings.latitude().length);
    int[] col = inverse(selection.columns(), forcings.longitude().length);
    Scorer scorer = Scorer.of(plan, loss);
    FitnessFunction f = run -> scorer.score((g, t, y, x) -> run.biomass(g, t, row[y], col[x]));
    return new ModelObjective(NoTransportModel.prepare(forcings, config, selection), true, space, f,
        selection.size(), plan.report());
  }

  private static int[] inverse(int[] selected, int size) {
    int[] inv = new int[size];
    Arrays.fill(inv, -1);
    for (int i = 0; i < selected.length; i++) {
      inv[selected[i]] = i;
    }
    return inv;
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
    return new ModelObjective(model, false, space, fitness, simulatedCells, matchReport,
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
    if (ownsModel) {
      model.close();
    }
  }
}
