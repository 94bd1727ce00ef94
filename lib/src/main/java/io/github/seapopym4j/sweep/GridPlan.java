package io.github.seapopym4j.sweep;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The full grid over the axes; combination ↔ axis indices by mixed-radix decoding (last axis fastest). */
final class GridPlan extends SweepPlan {

  private final Axis[] axes;
  private final long[] strides;
  private final long combinations;

  GridPlan(List<Axis> axes) {
    super(axes);
    this.axes = axes.toArray(new Axis[0]);
    this.strides = new long[this.axes.length];
    long n = 1;
    boolean overflow = false;
    for (int a = this.axes.length - 1; a >= 0; a--) {
      strides[a] = n;
      long size = this.axes[a].size();
      if (n > Long.MAX_VALUE / size) {
        overflow = true;
        n = Long.MAX_VALUE;
      } else if (!overflow) {
        n *= size;
      }
    }
    this.combinations = n;
  }

  @Override
  public long combinations() {
    return combinations;
  }

  @Override
  public double value(int axis, int combination) {
    return axes[axis].value(index(axis, combination));
  }

  /** The grid index of axis {@code axis} in combination {@code combination}. */
  int index(int axis, int combination) {
    return (int) ((combination / strides[axis]) % axes[axis].size());
  }

  @Override
  long storedBytesPerCombination() {
    return 0;
  }

  @Override
  String howToShrink() {
    return Arrays.stream(axes).map(a -> a.name() + " " + a.size())
        .collect(Collectors.joining(" × ", "coarsen an axis (", ")"));
  }

  @Override
  String kindDescription() {
    return Arrays.stream(axes).map(a -> Integer.toString(a.size()))
        .collect(Collectors.joining(" x ", "grid ", ""));
  }
}
