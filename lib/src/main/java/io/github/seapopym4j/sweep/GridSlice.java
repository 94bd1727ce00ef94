package io.github.seapopym4j.sweep;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A two-dimensional slice of a grid sweep: one metric over two axes, every other axis held at one of
 * its grid values. {@code values[j][i]} is the metric at {@code x[i]}, {@code y[j]}.
 *
 * <pre>{@code
 * GridSlice pnl = GridSlice.of(result, "pnl", "window", "k", Map.of("exit", 0.5));
 * }</pre>
 *
 * @param metric the metric name
 * @param xAxis the axis along the columns
 * @param x its grid values, in axis order
 * @param yAxis the axis along the rows
 * @param y its grid values, in axis order
 * @param fixed the value of every other axis
 * @param values [y][x] the metric (NaN where not evaluated)
 */
public record GridSlice(String metric, String xAxis, double[] x, String yAxis, double[] y,
    Map<String, Double> fixed, double[][] values) {

  /** Copies the arrays and the map. */
  public GridSlice {
    Objects.requireNonNull(metric, "metric");
    x = x.clone();
    y = y.clone();
    fixed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
    double[][] copy = new double[values.length][];
    for (int j = 0; j < values.length; j++) {
      copy[j] = values[j].clone();
    }
    values = copy;
  }

  /**
   * The slice of {@code metric} over ({@code xAxis}, {@code yAxis}) of a grid sweep.
   *
   * @param fixed a grid value for every other axis of the plan
   * @throws IllegalArgumentException when the plan is not a grid, an axis or the metric is unknown,
   *     the two axes are the same, another axis has no fixed value, or a fixed value is not one of its
   *     axis's grid values (the message lists them)
   */
  public static GridSlice of(SweepResult result, String metric, String xAxis, String yAxis,
      Map<String, Double> fixed) {
    SweepPlan plan = result.plan();
    if (!(plan instanceof GridPlan)) {
      throw new IllegalArgumentException("a slice needs a grid sweep, but the plan is " + plan);
    }
    double[] column = result.column(metric);
    int xi = plan.axisIndex(xAxis);
    int yi = plan.axisIndex(yAxis);
    if (xi == yi) {
      throw new IllegalArgumentException("a slice needs two different axes, but both are " + xAxis);
    }
    List<Axis> axes = plan.axes();
    int[] want = new int[axes.size()];
    Arrays.fill(want, -1);
    for (int a = 0; a < axes.size(); a++) {
      if (a == xi || a == yi) {
        continue;
      }
      Axis axis = axes.get(a);
      Double v = fixed.get(axis.name());
      if (v == null) {
        throw new IllegalArgumentException(String.format("slice over (%s, %s): axis '%s' needs a "
            + "fixed value, one of %s", xAxis, yAxis, axis.name(), Arrays.toString(axis.values())));
      }
      for (int i = 0; i < axis.size() && want[a] < 0; i++) {
        if (axis.value(i) == v) {
          want[a] = i;
        }
      }
      if (want[a] < 0) {
        throw new IllegalArgumentException(String.format("slice: %s = %s is not a grid value of "
            + "axis '%s'; its values are %s", axis.name(), v, axis.name(),
            Arrays.toString(axis.values())));
      }
    }
    for (String name : fixed.keySet()) {
      int a = plan.axisIndex(name);
      if (a == xi || a == yi) {
        throw new IllegalArgumentException("slice: axis '" + name + "' is an axis of the slice and "
            + "cannot also be fixed");
      }
    }
    double[][] values = new double[axes.get(yi).size()][axes.get(xi).size()];
    int n = (int) plan.combinations();
    for (int c = 0; c < n; c++) {
      boolean inSlice = true;
      for (int a = 0; a < want.length && inSlice; a++) {
        inSlice = want[a] < 0 || plan.gridIndex(a, c) == want[a];
      }
      if (inSlice) {
        values[plan.gridIndex(yi, c)][plan.gridIndex(xi, c)] = column[c];
      }
    }
    return new GridSlice(metric, xAxis, axes.get(xi).values(), yAxis, axes.get(yi).values(), fixed,
        values);
  }

  /** The slice of a sweep over exactly two axes. */
  public static GridSlice of(SweepResult result, String metric, String xAxis, String yAxis) {
    return of(result, metric, xAxis, yAxis, Map.of());
  }

  @Override
  public double[] x() {
    return x.clone();
  }

  @Override
  public double[] y() {
    return y.clone();
  }

  /** The metric at column {@code i}, row {@code j}. */
  public double value(int i, int j) {
    return values[j][i];
  }

  @Override
  public double[][] values() {
    double[][] copy = new double[values.length][];
    for (int j = 0; j < values.length; j++) {
      copy[j] = values[j].clone();
    }
    return copy;
  }
}
