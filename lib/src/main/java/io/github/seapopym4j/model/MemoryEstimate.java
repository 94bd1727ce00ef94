package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.TimeAxis;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The memory a model needs, to size a grid before starting it (SeapoPym's {@code
 * expected_memory_usage}). Doubles, 8 bytes each; T steps, C cells, Z layers, G groups, P distinct
 * (day, night) layer pairs among the groups, n_g cohorts of group g.
 *
 * <ul>
 *   <li>{@link #contextBytes()}: the {@link PreparedContext}, off-heap: temperature T·C·Z, day length
 *       and primary production 2·T·C, mean temperature P·T·C (cached once per layer pair), plus the
 *       layer mask C·Z bytes on the heap;
 *   <li>{@link #runBytes()}: one {@link ModelRun}: mortality, recruited production and biomass
 *       3·G·T·C off-heap, plus Σ n_g cohort values on the heap while it computes; closed runs' blocks
 *       (3·T·C each) stay with the context for reuse, at most {@link
 *       PreparedContext#maxIdleBlocks()} of them;
 *   <li>{@link #detachedBytes()}: one {@link RunResult} on the heap: (4·G + 1)·T·C.
 * </ul>
 *
 * The forcings themselves (already loaded, {@link ForcingSet#sizeInBytes()}) are not included.
 *
 * @param contextBytes bytes of the prepared context
 * @param runBytes bytes of one open run
 * @param detachedBytes bytes of one detached result
 */
public record MemoryEstimate(long contextBytes, long runBytes, long detachedBytes) {

  /** Estimates for a model over every cell of {@code forcings}. */
  public static MemoryEstimate of(ForcingSet forcings, List<FunctionalGroup> groups, ModelConfig config) {
    return of(forcings.time(), forcings.cellCount(), forcings.layerSize(), groups, config);
  }

  /**
   * Estimates from the dimensions alone.
   *
   * @param time the time axis (its step sets the cohort counts)
   * @param cells number of simulated cells
   * @param layers number of layers
   * @param config the settings (kept for future variants; today none changes the footprint)
   */
  public static MemoryEstimate of(TimeAxis time, long cells, int layers, List<FunctionalGroup> groups,
      ModelConfig config) {
    if (cells < 1 || layers < 1 || groups.isEmpty()) {
      throw new IllegalArgumentException(String.format(
          "memory estimate needs ≥ 1 cell, layer and group, but got %d cells, %d layers, %d groups",
          cells, layers, groups.size()));
    }
    long field = (long) time.size() * cells * Double.BYTES;
    Set<Long> pairs = new HashSet<>();
    long cohorts = 0;
    for (FunctionalGroup g : groups) {
      pairs.add(((long) g.dayLayer() << 32) | (g.nightLayer() & 0xffffffffL));
      cohorts += g.cohortCount(time.stepDays());
    }
    long context = field * layers + 2 * field + pairs.size() * field + cells * layers;
    long run = 3L * groups.size() * field + cohorts * Double.BYTES;
    long detached = (4L * groups.size() + 1) * field;
    return new MemoryEstimate(context, run, detached);
  }

  /** Context plus {@code concurrentRuns} open runs. */
  public long total(int concurrentRuns) {
    return contextBytes + concurrentRuns * runBytes;
  }

  @Override
  public String toString() {
    return String.format("MemoryEstimate[context %.2f MB, per run %.2f MB, per detached result %.2f MB]",
        contextBytes / 1e6, runBytes / 1e6, detachedBytes / 1e6);
  }
}
