package io.github.seapopym4j.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The combinations a sweep evaluates: a full grid over named {@link Axis axes}, or a Sobol or
 * Latin-hypercube sample of size N over the same axes.
 *
 * <p>Combinations are numbered 0 … {@link #combinations()}−1. In a grid, combination {@code i} maps
 * to one index per axis by mixed-radix decoding with the <em>last</em> axis varying fastest (row-major
 * order): for axes of sizes (n0, n1, n2), {@code i = (i0·n1 + i1)·n2 + i2}. Nothing is materialised per
 * combination: {@link #value(int, int)} decodes on the fly. A sample stores its N × d values
 * (materialised on first use, after the ceilings of {@link SweepLimits} have been checked).
 *
 * <p>{@link #combinations()} and {@link #resultBytes(int)} give the size before anything runs; {@link
 * SweepLimits#check(SweepPlan, int)} turns them into a clear error.
 *
 * <p>Immutable and thread-safe.
 */
public abstract sealed class SweepPlan implements java.io.Serializable
    permits GridPlan, SamplePlan {

  private final List<Axis> axes;

  SweepPlan(List<Axis> axes) {
    if (axes.isEmpty()) {
      throw new IllegalArgumentException("a sweep plan needs at least 1 axis, but has 0");
    }
    Set<String> names = new HashSet<>();
    for (Axis a : axes) {
      if (!names.add(a.name())) {
        throw new IllegalArgumentException("axis names must be distinct, but '" + a.name()
            + "' appears twice");
      }
    }
    this.axes = List.copyOf(axes);
  }

  /** The full grid: every combination of the axis values. */
  public static SweepPlan grid(Axis... axes) {
    return new GridPlan(List.of(axes));
  }

  /**
   * The first {@code n} points of the Sobol sequence (commons-math3 {@code SobolSequenceGenerator},
   * starting at its first point, the origin), one dimension per axis, mapped through {@link
   * Axis#fromUnit(double)}. Deterministic: the Sobol sequence has no seed.
   */
  public static SweepPlan sobol(int n, Axis... axes) {
    return new SamplePlan(SamplePlan.Method.SOBOL, n, 0L, List.of(axes));
  }

  /**
   * A Latin-hypercube sample of size {@code n}: along each axis, each of the {@code n} equal strata of
   * [0, 1) holds exactly one point, at a uniform position inside it; strata are paired across axes by
   * independent random permutations drawn from {@code SplittableRandom(seed)}.
   */
  public static SweepPlan latinHypercube(int n, long seed, Axis... axes) {
    return new SamplePlan(SamplePlan.Method.LATIN_HYPERCUBE, n, seed, List.of(axes));
  }

  /** The axes, in order. */
  public List<Axis> axes() {
    return axes;
  }

  /** The position of the axis called {@code name}; an IllegalArgumentException lists the names. */
  public int axisIndex(String name) {
    for (int i = 0; i < axes.size(); i++) {
      if (axes.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("the plan has no axis '" + name + "'; its axes are "
        + axisNames());
  }

  /** The axis names, in order. */
  public List<String> axisNames() {
    List<String> names = new ArrayList<>();
    for (Axis a : axes) {
      names.add(a.name());
    }
    return names;
  }

  /**
   * The number of combinations. For a grid, the product of the axis sizes, saturated at {@code
   * Long.MAX_VALUE} on overflow (the ceiling check then refuses it).
   */
  public abstract long combinations();

  /** The value of axis {@code axis} in combination {@code combination}. */
  public abstract double value(int axis, int combination);

  /**
   * The grid index (position in {@link Axis#values()}) of axis {@code axis} in combination {@code
   * combination}: {@code (combination / stride) % size}, the stride being the product of the sizes of
   * the later axes. Only for grids: a sample throws IllegalStateException.
   */
  public int gridIndex(int axis, int combination) {
    if (!(this instanceof GridPlan)) {
      throw new IllegalStateException("a " + kindDescription() + " plan has no grid indices");
    }
    return ((GridPlan) this).index(axis, combination);
  }

  /**
   * Memory that the results of this plan take in a {@link SweepResult}: one 8-byte column per metric,
   * plus, for a sample, its stored N × d values. A {@link SweepResult#toTable()} copy takes about as
   * much again. Saturates at {@code Long.MAX_VALUE}.
   */
  public long resultBytes(int metricCount) {
    long perCombination = 8L * metricCount + storedBytesPerCombination();
    long n = combinations();
    return n > Long.MAX_VALUE / Math.max(1, perCombination) ? Long.MAX_VALUE : n * perCombination;
  }

  /** Bytes stored by the plan itself per combination (0 for a grid). */
  abstract long storedBytesPerCombination();

  /** What to change to make the plan smaller, for ceiling errors. */
  abstract String howToShrink();

  /** Prepares stored values (a sample); called once the ceilings have been checked. */
  void materialise() {
  }

  /** One multi-line text that identifies the plan exactly, for the resume manifest. */
  public String describe() {
    StringBuilder sb = new StringBuilder(kindDescription());
    for (Axis a : axes) {
      sb.append('\n').append("axis ").append(a.describe());
    }
    return sb.toString();
  }

  abstract String kindDescription();

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "SweepPlan[%s, %,d combinations]", kindDescription(),
        combinations());
  }
}
