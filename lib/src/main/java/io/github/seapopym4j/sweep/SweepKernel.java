package io.github.seapopym4j.sweep;

import java.util.List;

/**
 * Scores many combinations per call. A {@link Sweep} hands the kernel one {@link Chunk} at a time: a
 * contiguous range of combination indices of a {@link SweepPlan} and one primitive output column per
 * metric. Because a chunk holds thousands of neighbouring combinations, a kernel can share work
 * between them (the Bollinger kernel computes the rolling statistics of one window length once and
 * reuses them for every band width and exit threshold).
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #evaluate(Chunk)} is called concurrently from several threads on different chunks: a
 *       kernel keeps no mutable state between calls (scratch arrays are local to a call);</li>
 *   <li>the metrics of a combination depend only on its parameter values and the kernel's inputs,
 *       never on the chunk boundaries or the thread: this makes results independent of thread count
 *       and lets a killed sweep resume;</li>
 *   <li>{@link #describe()} identifies the inputs (data, settings), so that a resumed sweep refuses
 *       chunks written by a different kernel.</li>
 * </ul>
 */
public interface SweepKernel {

  /** The metrics written per combination, in column order. */
  List<Metric> metrics();

  /**
   * Checks that {@code plan} suits this kernel (axis names, value ranges) before anything runs;
   * throws IllegalArgumentException naming the axis, the expectation and the value otherwise.
   */
  default void check(SweepPlan plan) {
  }

  /** Writes every metric of every combination of {@code chunk}. */
  void evaluate(Chunk chunk);

  /** One or more lines that identify this kernel and its inputs exactly (for the resume manifest). */
  String describe();

  /**
   * The work units per combination (e.g. time steps × simulated cells of a model run), for
   * throughput figures (combinations × work units per second); 1 when there is no such unit.
   */
  default long workPerCombination() {
    return 1;
  }
}
