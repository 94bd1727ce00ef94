package io.github.seapopym4j.sensitivity;

import java.util.Arrays;

/** The analytic Sobol indices of the {@link TestFunctions}, to check the estimators against. */
final class AnalyticIndices {

  private AnalyticIndices() {}

  /** Analytic first-order indices of Ishigami (a = 7, b = 0.1): 0.3139, 0.4424, 0. */
  static double[] ishigamiFirstOrder() {
    double[] v = ishigamiPartials();
    return new double[] {v[1] / v[0], v[2] / v[0], 0};
  }

  /** Analytic total-order indices of Ishigami (a = 7, b = 0.1): 0.5576, 0.4424, 0.2437. */
  static double[] ishigamiTotalOrder() {
    double[] v = ishigamiPartials();
    return new double[] {(v[1] + v[3]) / v[0], v[2] / v[0], v[3] / v[0]};
  }

  /** V, V1, V2, V13 of Ishigami. */
  private static double[] ishigamiPartials() {
    double a = TestFunctions.ISHIGAMI_A;
    double b = TestFunctions.ISHIGAMI_B;
    double pi4 = Math.pow(Math.PI, 4);
    double pi8 = pi4 * pi4;
    double v1 = 0.5 * Math.pow(1 + b * pi4 / 5, 2);
    double v2 = a * a / 8;
    double v13 = b * b * pi8 * 8 / 225;
    return new double[] {v1 + v2 + v13, v1, v2, v13};
  }

  /** Analytic first-order indices of Sobol G: V_i / V, V_i = 1 / (3 (1 + a_i)²), V = Π(1 + V_i) − 1. */
  static double[] sobolGFirstOrder(double... a) {
    double[] vi = gPartials(a);
    double v = gVariance(vi);
    return Arrays.stream(vi).map(x -> x / v).toArray();
  }

  /** Analytic total-order indices of Sobol G: V_i Π_{j≠i}(1 + V_j) / V. */
  static double[] sobolGTotalOrder(double... a) {
    double[] vi = gPartials(a);
    double v = gVariance(vi);
    double[] st = new double[vi.length];
    for (int i = 0; i < vi.length; i++) {
      double p = vi[i];
      for (int j = 0; j < vi.length; j++) {
        if (j != i) {
          p *= 1 + vi[j];
        }
      }
      st[i] = p / v;
    }
    return st;
  }

  private static double[] gPartials(double[] a) {
    return Arrays.stream(a).map(x -> 1 / (3 * (1 + x) * (1 + x))).toArray();
  }

  private static double gVariance(double[] vi) {
    double p = 1;
    for (double v : vi) {
      p *= 1 + v;
    }
    return p - 1;
  }
}
