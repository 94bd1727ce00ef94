package io.github.seapopym4j.fitness;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.model.CellSelection;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ModelOutput;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import io.github.seapopym4j.model.PreparedContext;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The model prepared over the cells some observations need, and how each run is compared with them:
 * the one path from functional groups to a score, shared by calibration ({@code
 * calibration.ModelObjective}), sweeps ({@code sweep.ModelSweepFunction}) and the Spark evaluator.
 *
 * <p>{@link #prepare} matches the observations once on the whole forcing grid ({@link MatchPlan}),
 * prepares the model over the matched cells alone ({@link CellSelection}, loaded once and shared by
 * every run), and reads each run's sub-grid through the same match, so a score equals that of a run
 * over the whole grid.
 *
 * <pre>{@code
 * try (ObservedModel m = ObservedModel.prepare(forcings, ModelConfig.defaults(), groups, obs,
 *     MatchConfig.defaults())) {
 *   double rmse = m.score(groups, MetricRegistry.metric("rmse"));
 * }
 * }</pre>
 *
 * @implNote Thread-safe: runs may start from several threads; each score allocates its own
 *     predictions and passes every metric fresh copies (a metric may sort its inputs). The forcings
 *     stay the caller's; the model is closed with this object when {@link #prepare} built it.
 */
public final class ObservedModel implements AutoCloseable {

  private final NoTransportModel model;
  private final boolean ownsModel;
  private final MatchPlan plan;
  private final double[] observed;
  /** Full-grid row/column → sub-grid index of the runs; null when the runs cover the plan's grid. */
  private final int[] row;
  private final int[] col;

  private ObservedModel(NoTransportModel model, boolean ownsModel, MatchPlan plan, int[] row,
      int[] col) {
    this.model = model;
    this.ownsModel = ownsModel;
    this.plan = plan;
    this.observed = plan.observed();
    this.row = row;
    this.col = col;
  }

  /**
   * Matches {@code observations} on the forcing grid and prepares the model over the matched cells.
   *
   * @param groups groups whose layers decide what each observation is compared with (the layers of
   *     every scored parameter set must be these)
   * @throws IllegalArgumentException when no observation matches the forcing's grid and period
   */
  public static ObservedModel prepare(ForcingSet forcings, ModelConfig config,
      List<FunctionalGroup> groups, ObservationSet observations, MatchConfig match) {
    MatchPlan plan = MatchPlan.compile(observations, ModelGrid.of(forcings, groups), match,
        forcings::isLand);
    if (plan.size() == 0) {
      throw new IllegalArgumentException(String.format("%s: no observation matches the forcings "
          + "(%s); %s", observations.source(), forcings.source(), plan.report().summary()));
    }
    int[][] cells = plan.cells();
    CellSelection selection = CellSelection.of(Arrays.stream(cells).mapToInt(c -> c[0]).toArray(),
        Arrays.stream(cells).mapToInt(c -> c[1]).toArray());
    int[] row = inverse(selection.rows(), forcings.latitude().length);
    int[] col = inverse(selection.columns(), forcings.longitude().length);
    return new ObservedModel(NoTransportModel.prepare(forcings, config, selection), true, plan, row,
        col);
  }

  /**
   * Scores runs of an existing model (which stays the caller's to close) against a plan compiled on
   * its output grid, {@link #grid}{@code (model, groups)}.
   *
   * @throws IllegalArgumentException when the plan was compiled on another grid
   */
  public static ObservedModel of(NoTransportModel model, List<FunctionalGroup> groups,
      MatchPlan plan) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(plan, "plan");
    ModelGrid expected = grid(model, groups);
    if (!expected.equals(plan.grid())) {
      throw new IllegalArgumentException("the observation plan was compiled on " + plan.grid()
          + ", but runs of these groups on the model give " + expected
          + "; compile it on ObservedModel.grid(model, groups)");
    }
    return new ObservedModel(model, false, plan, null, null);
  }

  /** The output grid of every run of {@code groups} on {@code model}: what a plan is compiled on. */
  public static ModelGrid grid(NoTransportModel model, List<FunctionalGroup> groups) {
    PreparedContext c = model.context();
    return new ModelGrid(c.time(), c.latitude(), c.longitude(),
        groups.stream().map(GroupLayers::of).toList());
  }

  private static int[] inverse(int[] selected, int size) {
    int[] inv = new int[size];
    Arrays.fill(inv, -1);
    for (int i = 0; i < selected.length; i++) {
      inv[selected[i]] = i;
    }
    return inv;
  }

  /** Starts a run of {@code groups} (the caller closes it; see {@link #score(ModelOutput, Metric)}). */
  public ModelRun start(List<FunctionalGroup> groups) {
    return model.start(groups);
  }

  /** The run's predictions, aligned with {@link #observed()}, written into {@code out}. */
  public void predictInto(ModelOutput run, double[] out) {
    plan.predictInto(reader(run), out);
  }

  /** {@code metric}(observed, predicted) of a run of this model (read only, not closed). */
  public double score(ModelOutput run, Metric metric) {
    return metric.score(observed.clone(), plan.predict(reader(run)));
  }

  /** The score of {@code groups}: one run, scored by {@code metric}, closed. */
  public double score(List<FunctionalGroup> groups, Metric metric) {
    try (ModelRun run = model.start(groups)) {
      return score(run, metric);
    }
  }

  /**
   * The scores of {@code groups} by each metric, from one run (closed before returning).
   *
   * @param predicted scratch of {@link #size()} values for the predictions (reused by the caller)
   */
  public double[] scores(List<FunctionalGroup> groups, List<? extends Metric> metrics,
      double[] predicted) {
    try (ModelRun run = model.start(groups)) {
      predictInto(run, predicted);
    }
    double[] out = new double[metrics.size()];
    for (int m = 0; m < out.length; m++) {
      out[m] = metrics.get(m).score(observed.clone(), predicted.clone());
    }
    return out;
  }

  /** How a run is scored by {@code metric}, as a calibration's fitness function. */
  public FitnessFunction fitness(Metric metric) {
    Objects.requireNonNull(metric, "metric");
    return run -> score(run, metric);
  }

  private BiomassReader reader(ModelOutput run) {
    if (row == null) {
      return run::biomass;
    }
    return (g, t, y, x) -> run.biomass(g, t, row[y], col[x]);
  }

  /** The number of matched observations (the length of {@link #observed()}). */
  public int size() {
    return observed.length;
  }

  /** The matched observed values, in the plan's order (a copy). */
  public double[] observed() {
    return observed.clone();
  }

  /** The match of the observations on the full grid (or the model's, for {@link #of}). */
  public MatchPlan plan() {
    return plan;
  }

  /** How the observations matched (those outside the simulated period are listed). */
  public MatchReport report() {
    return plan.report();
  }

  /** The prepared model every run starts from. */
  public NoTransportModel model() {
    return model;
  }

  /** The number of cells each run simulates. */
  public int simulatedCells() {
    return model.context().cellCount();
  }

  /** Releases the model if {@link #prepare} built it. */
  @Override
  public void close() {
    if (ownsModel) {
      model.close();
    }
  }
}
