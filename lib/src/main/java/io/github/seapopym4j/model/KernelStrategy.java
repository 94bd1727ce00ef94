package io.github.seapopym4j.model;

import io.github.seapopym4j.kernel.Pipeline;
import java.util.List;

/**
 * How a run computes each group: the same model, the same results to within the reference tolerance
 * (both pass every SeapoPym v0.1 reference), two ways of walking memory. Chosen per model with
 * {@link NoTransportModel#withStrategy}; measurements in {@code docs/PERFORMANCE.md}.
 */
public enum KernelStrategy {

  /**
   * One loop per cell over time computes mortality, recruitment and biomass of a step together,
   * reading the shared context buffers in place, with O(cohorts) state and no allocation per step.
   * The default: fastest on the CPU for every benchmarked workload.
   */
  FUSED(FusedStrategy.STEPS),

  /**
   * Whole-field ND4J operations for the transcendental fields (λ = λ0·exp(γλ·Tm) and the first
   * recruited cohort, over time × cells), then a time recursion that steps every cell at once. The
   * strategy meant for ND4J's CUDA backend on large grids (build with {@code -Pgpu}); on the CPU its
   * field operations cost more than they save.
   */
  ARRAY(ArrayStrategy.STEPS);

  /** The strategy {@link NoTransportModel#prepare} uses. */
  public static final KernelStrategy DEFAULT = FUSED;

  private final Pipeline<ModelPass> steps;

  KernelStrategy(Pipeline<ModelPass> steps) {
    this.steps = steps;
  }

  Pipeline<ModelPass> steps() {
    return steps;
  }

  /** The names of the per-group steps, in the order they run. */
  public List<String> stepNames() {
    return steps.stepNames();
  }
}
