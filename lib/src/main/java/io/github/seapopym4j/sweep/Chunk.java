package io.github.seapopym4j.sweep;

import java.util.Arrays;

/**
 * The combinations [{@link #from()}, {@link #to()}) of a plan, handed to a {@link SweepFunction}, with
 * one output column per metric. A chunk belongs to one thread while the function runs.
 */
public final class Chunk {

  private final SweepPlan plan;
  private final int index;
  private final int from;
  private final int to;
  private final double[][] columns;

  Chunk(SweepPlan plan, int index, int from, int to, int metricCount) {
    this.plan = plan;
    this.index = index;
    this.from = from;
    this.to = to;
    this.columns = new double[metricCount][to - from];
    for (double[] c : columns) {
      Arrays.fill(c, Double.NaN);
    }
  }

  /** The plan the combinations come from. */
  public SweepPlan plan() {
    return plan;
  }

  /** The position of this chunk in the sweep (0, 1, …). */
  public int index() {
    return index;
  }

  /** The first combination (inclusive). */
  public int from() {
    return from;
  }

  /** The end of the range (exclusive). */
  public int to() {
    return to;
  }

  /** The number of combinations, {@code to - from}. */
  public int size() {
    return to - from;
  }

  /** The value of axis {@code axis} in combination {@code combination} (from ≤ combination &lt; to). */
  public double value(int axis, int combination) {
    return plan.value(axis, combination);
  }

  /** Writes metric {@code metric} of combination {@code combination} (from ≤ combination &lt; to). */
  public void set(int metric, int combination, double value) {
    columns[metric][combination - from] = value;
  }

  /** SweepMeasure {@code metric} of combination {@code combination}, NaN until set. */
  public double get(int metric, int combination) {
    return columns[metric][combination - from];
  }

  /** The output column of {@code metric}: element j is combination {@code from + j}. */
  double[] column(int metric) {
    return columns[metric];
  }
}
