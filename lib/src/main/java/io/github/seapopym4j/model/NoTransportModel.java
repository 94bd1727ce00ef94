package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.kernel.Pipeline;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The SEAPOPYM low/mid-trophic-level model without transport, as SeapoPym v0.1 computes it.
 *
 * <p>{@link #prepare} computes everything parameter-independent once ({@link PreparedContext}:
 * {@link PreparedContext#STEPS}); each {@link #start} then runs the group pipeline
 * ({@link GroupState#STEPS}: average temperature → mortality → recruitment thresholds → recruited
 * production → biomass) for a list of groups and returns an {@link AutoCloseable} run.
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
 * @implNote Thread-safe: any number of threads may {@link #start} runs on one model at once. Close
 *     every run before the model.
 */
public final class NoTransportModel implements AutoCloseable {

  private final PreparedContext context;
  private final boolean ownsContext;

  private NoTransportModel(PreparedContext context, boolean ownsContext) {
    this.context = context;
    this.ownsContext = ownsContext;
  }

  /** Prepares a model over every cell of {@code forcings} (which it reads, and does not keep). */
  public static NoTransportModel prepare(ForcingSet forcings, ModelConfig config) {
    return new NoTransportModel(PreparedContext.prepare(forcings, config), true);
  }

  /** Prepares a model over the selected cells only (e.g. the stations a calibration scores). */
  public static NoTransportModel prepare(ForcingSet forcings, ModelConfig config, CellSelection cells) {
    return new NoTransportModel(PreparedContext.prepare(forcings, config, cells), true);
  }

  /** A model over an existing context, which stays the caller's to close. */
  public static NoTransportModel on(PreparedContext context) {
    context.checkOpen();
    return new NoTransportModel(context, false);
  }

  public PreparedContext context() {
    return context;
  }

  public ModelConfig config() {
    return context.config();
  }

  /** The names of the per-group steps, in the order they run. */
  public static List<String> groupSteps() {
    return GroupState.STEPS.stepNames();
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

  /** As {@link #start(List)}, telling {@code listener} how long each step of each group took. */
  public ModelRun start(List<FunctionalGroup> groups, Pipeline.Listener listener) {
    Objects.requireNonNull(groups, "groups");
    context.checkOpen();
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("a model run needs ≥ 1 functional group, but got none");
    }
    List<FunctionalGroup> copy = List.copyOf(groups);
    int[][] layers = new int[copy.size()][];
    for (int g = 0; g < copy.size(); g++) {
      FunctionalGroup fg = copy.get(g);
      layers[g] = new int[] {layer(fg, "day_layer", fg.dayLayer()), layer(fg, "night_layer", fg.nightLayer())};
    }
    return ModelRun.execute(context, copy, layers, listener);
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
    return "NoTransportModel[" + context + "]";
  }
}
