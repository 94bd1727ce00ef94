package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.kernel.Pipeline;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;

/**
 * The SEAPOPYM low/mid-trophic-level model without transport, as SeapoPym v0.1 computes it.
 *
 * <p>{@link #prepare} computes everything parameter-independent once ({@link PreparedContext}:
 * {@link PreparedContext#STEPS}); each {@link #start} then runs the group pipeline of the model's
 * {@link KernelStrategy} ({@link #groupSteps}) for a list of groups and returns an {@link
 * AutoCloseable} run. {@link #withStrategy} gives a model on the same context with the other
 * strategy, {@link #withExecutor} one that splits the cells of each run over threads (for large
 * grids), {@link #startAll} runs several parameter sets in one pass over the forcings, and {@link
 * Population} evaluates a whole population on all cores.
 *
 * <pre>{@code
 * try (NoTransportModel model = NoTransportModel.prepare(forcings, ModelConfig.defaults())) {
 *   for (List<FunctionalGroup> candidate : candidates) {
 *     try (ModelRun run = model.start(candidate)) {
 *       score(run);
 *     }
 *   }
 * }
 * }</pre>
 *
 * @implNote Immutable and thread-safe: any number of threads may {@link #start} runs on one model at
 *     once. Close every run before the model.
 */
public final class NoTransportModel implements AutoCloseable {

  private final PreparedContext context;
  private final boolean ownsContext;
  private final KernelStrategy strategy;
  private final ExecutorService executor;
  private final int tasks;

  private NoTransportModel(PreparedContext context, boolean ownsContext, KernelStrategy strategy) {
    this(context, ownsContext, strategy, null, 1);
  }

  private NoTransportModel(PreparedContext context, boolean ownsContext, KernelStrategy strategy,
      ExecutorService executor, int tasks) {
    this.context = context;
    this.ownsContext = ownsContext;
    this.strategy = Objects.requireNonNull(strategy, "kernel strategy must not be null");
    this.executor = executor;
    this.tasks = tasks;
  }

  /**
   * Prepares a model over every cell of {@code forcings} (which it reads, and does not keep), with
   * the {@link KernelStrategy#DEFAULT} strategy.
   */
  public static NoTransportModel prepare(ForcingSet forcings, ModelConfig config) {
    return prepare(forcings, config, KernelStrategy.DEFAULT);
  }

  /** Prepares a model over the selected cells only (e.g. the stations a calibration scores). */
  public static NoTransportModel prepare(ForcingSet forcings, ModelConfig config, CellSelection cells) {
    return prepare(forcings, config, cells, KernelStrategy.DEFAULT);
  }

  /** Prepares a model over every cell that computes groups with {@code strategy}. */
  public static NoTransportModel prepare(ForcingSet forcings, ModelConfig config,
      KernelStrategy strategy) {
    return prepare(forcings, config,
        CellSelection.all(forcings.latSize(), forcings.lonSize()), strategy);
  }

  /** Prepares a model over the selected cells that computes groups with {@code strategy}. */
  public static NoTransportModel prepare(ForcingSet forcings, ModelConfig config, CellSelection cells,
      KernelStrategy strategy) {
    Objects.requireNonNull(strategy, "kernel strategy must not be null");
    return new NoTransportModel(PreparedContext.prepare(forcings, config, cells), true, strategy);
  }

  /** A model over an existing context, which stays the caller's to close. */
  public static NoTransportModel on(PreparedContext context) {
    return on(context, KernelStrategy.DEFAULT);
  }

  /** A model over an existing context with {@code strategy}; the context stays the caller's. */
  public static NoTransportModel on(PreparedContext context, KernelStrategy strategy) {
    context.checkOpen();
    return new NoTransportModel(context, false, strategy);
  }

  /**
   * A model on this model's context that runs groups with {@code strategy}. It shares the context
   * without owning it: close it or not, the context lives until this model is closed.
   */
  public NoTransportModel withStrategy(KernelStrategy strategy) {
    context.checkOpen();
    return new NoTransportModel(context, false, strategy, executor, tasks);
  }

  /**
   * A model on this model's context (shared, not owned, as {@link #withStrategy}) whose runs split
   * their cells into {@code tasks} ranges computed on {@code executor}, and wait for them. Cells are
   * independent, so results are identical for any number of tasks. Worth it for grids of thousands
   * of cells; a population of small runs is better spread over threads one run each ({@link
   * Population}). {@code executor} must have threads to spare for these tasks: a run started on
   * one of its own threads must not wait for tasks queued behind itself.
   *
   * @throws IllegalArgumentException when {@code tasks < 1}
   */
  public NoTransportModel withExecutor(ExecutorService executor, int tasks) {
    Objects.requireNonNull(executor, "executor");
    if (tasks < 1) {
      throw new IllegalArgumentException("tasks per run must be ≥ 1, but was " + tasks);
    }
    context.checkOpen();
    return new NoTransportModel(context, false, strategy, executor, tasks);
  }

  /** How this model computes each group. */
  public KernelStrategy strategy() {
    return strategy;
  }

  public PreparedContext context() {
    return context;
  }

  public ModelConfig config() {
    return context.config();
  }

  /** The names of the per-group steps of the default strategy, in the order they run. */
  public static List<String> groupSteps() {
    return KernelStrategy.DEFAULT.stepNames();
  }

  /** The names of the preparation steps, in the order they run. */
  public static List<String> prepareSteps() {
    return PreparedContext.STEPS.stepNames();
  }

  /** Runs {@code groups} (at least one). */
  public ModelRun start(FunctionalGroup... groups) {
    return start(List.of(groups));
  }

  /**
   * Runs {@code groups}; the run holds its results until closed.
   *
   * @throws IllegalArgumentException when the list is empty or a group names a layer the forcings do
   *     not have (the message names the group, the layer and the available labels)
   */
  public ModelRun start(List<FunctionalGroup> groups) {
    return start(groups, null);
  }

  /** As {@link #start(List)}, telling {@code listener} how long each step took. */
  public ModelRun start(List<FunctionalGroup> groups, Pipeline.Listener listener) {
    Objects.requireNonNull(groups, "groups");
    return execute(List.of(groups), listener).get(0);
  }

  /**
   * Runs several parameter sets (each a list of groups) in one pass over the forcings: each block
   * of forcing values is read once for all of them while it is in the cache. Returns one run per
   * set, in order, each to be closed by the caller. Results are those of {@link #start(List)} for
   * each set, bit for bit.
   *
   * @throws IllegalArgumentException as {@link #start(List)}, naming the failing set
   */
  public List<ModelRun> startAll(List<List<FunctionalGroup>> sets) {
    Objects.requireNonNull(sets, "parameter sets");
    if (sets.isEmpty()) {
      throw new IllegalArgumentException("startAll needs ≥ 1 parameter set, but got none");
    }
    return execute(sets, null);
  }

  private List<ModelRun> execute(List<List<FunctionalGroup>> sets, Pipeline.Listener listener) {
    context.checkOpen();
    List<List<FunctionalGroup>> copies = new java.util.ArrayList<>(sets.size());
    int[][][] layers = new int[sets.size()][][];
    for (int k = 0; k < sets.size(); k++) {
      List<FunctionalGroup> groups = List.copyOf(sets.get(k));
      if (groups.isEmpty()) {
        throw new IllegalArgumentException(sets.size() == 1
            ? "a model run needs ≥ 1 functional group, but got none"
            : "parameter set " + k + ": a model run needs ≥ 1 functional group, but got none");
      }
      layers[k] = new int[groups.size()][];
      for (int g = 0; g < groups.size(); g++) {
        FunctionalGroup fg = groups.get(g);
        layers[k][g] = new int[] {layer(fg, "day_layer", fg.dayLayer()),
            layer(fg, "night_layer", fg.nightLayer())};
      }
      copies.add(groups);
    }
    return ModelRun.execute(context, copies, layers, strategy, executor, tasks, listener);
  }

  private int layer(FunctionalGroup group, String which, int label) {
    int index = context.layerIndex(label);
    if (index < 0) {
      throw new IllegalArgumentException(String.format(
          "functional group '%s': %s %d is not a layer of the forcings (%s); available layer labels: %s",
          group.name(), which, label, context.source(), Arrays.toString(context.layers())));
    }
    return index;
  }

  /** Closes the prepared context if this model created it. */
  @Override
  public void close() {
    if (ownsContext) {
      context.close();
    }
  }

  @Override
  public String toString() {
    return "NoTransportModel[" + strategy + ", " + context + "]";
  }
}
