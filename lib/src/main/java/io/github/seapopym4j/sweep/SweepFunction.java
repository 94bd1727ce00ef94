package io.github.seapopym4j.sweep;

import java.util.List;

/**
 * What a sweep evaluates: the measures of many combinations per call (this was {@code SweepKernel};
 * "kernel" now means only the model's numerical kernels). A {@link Sweep} hands the function one
 * {@link Chunk} at a time: a contiguous range of combination indices of a {@link SweepPlan} and one
 * primitive output column per {@link SweepMeasure}. Because a chunk holds thousands of neighbouring
 * combinations, a function can share work
 * between them (the Bollinger function computes the rolling statistics of one window length once and
 * reuses them for every band width and exit threshold).
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #evaluate(Chunk)} is called concurrently from several threads on different chunks: a
 *       function keeps no mutable state between calls (scratch arrays are local to a call);</li>
 *   <li>the metrics of a combination depend only on its parameter values and the function's inputs,
 *       never on the chunk boundaries or the thread: this makes results independent of thread count
 *       and lets a killed sweep resume;</li>
 *   <li>{@link #describe()} identifies the inputs (data, settings), so that a resumed sweep refuses
 *       chunks written by a different function.</li>
 * </ul>
 */
public interface SweepFunction {

  /** The metrics written per combination, in column order. */
  List<SweepMeasure> metrics();

  /**
   * Checks that {@code plan} suits this function (axis names, value ranges) before anything runs;
   * throws IllegalArgumentException naming the axis, the expectation and the value otherwise.
   */
  default void check(SweepPlan plan) {
  }

  /** Writes every metric of every combination of {@code chunk}. */
  void evaluate(Chunk chunk);

  /** One or more lines that identify this function and its inputs exactly (for the resume manifest). */
  String describe();

  /**
   * The work units per combination (e.g. time steps × simulated cells of a model run), for
   * throughput figures (combinations × work units per second); 1 when there is no such unit.
   */
  default long workPerCombination() {
    return 1;
  }
}
