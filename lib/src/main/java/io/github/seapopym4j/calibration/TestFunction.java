package io.github.seapopym4j.calibration;

import java.util.Arrays;
import java.util.Locale;

/**
 * Standard test functions for optimisers, each with its minimum 0 (the names of {@code bench
 * optimizers --function}).
 */
public enum TestFunction {
  /** Σ x_i², minimum at 0. */
  SPHERE {
    @Override
    public double value(double[] x) {
      double s = 0;
      for (double v : x) {
        s += v * v;
      }
      return s;
    }
  },
  /** Σ 10^(6(i−1)/(D−1)) x_i² (condition number 1e6), minimum at 0; D ≥ 2. */
  ELLIPSOID {
    @Override
    public double value(double[] x) {
      double s = 0;
      for (int i = 0; i < x.length; i++) {
        s += Math.pow(10, 6.0 * i / (x.length - 1)) * x[i] * x[i];
      }
      return s;
    }
  },
  /** Σ 100 (x_{i+1} − x_i²)² + (1 − x_i)², minimum at (1, …, 1); D ≥ 2. */
  ROSENBROCK {
    @Override
    public double value(double[] x) {
      double s = 0;
      for (int i = 0; i + 1 < x.length; i++) {
        double a = x[i + 1] - x[i] * x[i];
        double b = 1 - x[i];
        s += 100 * a * a + b * b;
      }
      return s;
    }
  },
  /** 10 D + Σ x_i² − 10 cos(2π x_i), minimum at 0, about 10^D local minima. */
  RASTRIGIN {
    @Override
    public double value(double[] x) {
      double s = 10.0 * x.length;
      for (double v : x) {
        s += v * v - 10 * Math.cos(2 * Math.PI * v);
      }
      return s;
    }
  };

  /** f(x). */
  public abstract double value(double[] x);

  /** The lower-case name: sphere, ellipsoid, rosenbrock, rastrigin. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The function named {@code id}. */
  public static TestFunction byId(String id) {
    for (TestFunction f : values()) {
      if (f.id().equals(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown function '" + id + "'; expected one of "
        + Arrays.stream(values()).map(TestFunction::id).toList());
  }
}
