package io.github.seapopym4j.benchmark;

import io.github.seapopym4j.internal.Checks;
import io.github.seapopym4j.calibration.MemoryMonitor;
import io.github.seapopym4j.calibration.MemorySeries;
import io.github.seapopym4j.profile.Profiler;
import io.github.seapopym4j.profile.StageSummary;
import java.util.List;
import java.util.Objects;

/**
 * One workflow of a {@link Baseline}, run once.
 *
 * @param workflow {@link Baseline#NAIVE} or {@link Baseline#SEAPOPYM4J}
 * @param wallNanos wall time from the first load to the end of the last generation [ns]
 * @param initNanos time in the {@link Profiler#LOAD} and {@link Profiler#PREPARE} stages [ns]
 * @param individuals model runs evaluated
 * @param memoryBefore memory figure ({@link MemoryMonitor#measuredBytes}: resident set) just before
 *     the workflow started, after a GC [bytes]
 * @param memory memory after each generation
 * @param stages the profiler's stages
 * @param fitness the fitness of every logbook row, in logbook order
 */
public record BaselineOutcome(String workflow, long wallNanos, long initNanos, int individuals,
    long memoryBefore, MemorySeries memory, List<StageSummary> stages, double[] fitness) {

  public BaselineOutcome {
    Objects.requireNonNull(workflow, "workflow");
    Objects.requireNonNull(memory, "memory");
    stages = List.copyOf(stages);
    fitness = fitness.clone();
    Checks.atLeast(individuals, 1, workflow + ": individuals");
  }

  @Override
  public double[] fitness() {
    return fitness.clone();
  }

  /** Initialisation (load + prepare) per individual [ns]. */
  public double initNanosPerIndividual() {
    return (double) initNanos / individuals;
  }

  /** Wall time per individual [ns]. */
  public double wallNanosPerIndividual() {
    return (double) wallNanos / individuals;
  }

  /**
   * The largest rise of the memory figure during the workflow: the highest, over the generations,
   * of a reading minus the lowest reading before it ({@link #memoryBefore} included) [bytes]. A fall
   * that is not the workflow's doing (G1 giving heap back concurrently after the GC that preceded
   * the workflow) then does not hide a later rise.
   */
  public long memoryGrowthBytes() {
    long low = memoryBefore;
    long rise = 0;
    for (var s : memory.samples()) {
      long m = MemoryMonitor.measuredBytes(s);
      rise = Math.max(rise, m - low);
      low = Math.min(low, m);
    }
    return rise;
  }

  /** Memory figure after the last generation minus that after the first [bytes]. */
  public long growthOverGenerationsBytes() {
    List<Long> m = memory.samples().stream().map(MemoryMonitor::measuredBytes).toList();
    return m.isEmpty() ? 0 : m.get(m.size() - 1) - m.get(0);
  }
}
