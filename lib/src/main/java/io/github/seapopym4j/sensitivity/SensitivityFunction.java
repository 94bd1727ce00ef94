package io.github.seapopym4j.sensitivity;

import java.util.List;

/**
 * What a sensitivity analysis evaluates: k named parameters, each uniform over [lower, upper], and
 * one or more named outputs.
 *
 * <p>{@link #evaluate} is called from several threads at once on different batches of points, so an
 * implementation keeps no mutable state between calls; the outputs of a point depend only on its
 * parameter values (this makes designs thread-count independent and resumable).
 */
public interface SensitivityFunction {

  /** The parameter names, in design order. */
  List<String> parameters();

  /** The lower bound of parameter {@code i}. */
  double lower(int i);

  /** The upper bound of parameter {@code i}. */
  double upper(int i);

  /** The output names, in column order. */
  List<String> outputs();

  /**
   * Writes {@code out[p][o]}, output o at point p, for the parameter values {@code x[p]} (each of
   * length k, within the bounds).
   */
  void evaluate(double[][] x, double[][] out);

  /** One or more lines that identify the function and its inputs exactly, for resume manifests. */
  String describe();

  /** Units of work per point, for throughput figures (time steps × cells for the model); 1 here. */
  default long workPerPoint() {
    return 1;
  }

  /** Parameter values from unit coordinates: lower + u·(upper − lower). */
  default void scale(double[] u, double[] x) {
    for (int i = 0; i < u.length; i++) {
      x[i] = lower(i) + u[i] * (upper(i) - lower(i));
    }
  }
}
