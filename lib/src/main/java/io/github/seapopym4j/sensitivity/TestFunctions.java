package io.github.seapopym4j.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Standard test functions with analytic Sobol indices (the tests' {@code AnalyticIndices}), so
 * anyone can check the estimators, and {@link #of} for any scalar function. Parameters are called x1 … xk; the single output is {@code y}.
 *
 * <ul>
 *   <li>Ishigami: f = sin x1 + a sin² x2 + b x3⁴ sin x1, a = 7, b = 0.1, x ∈ [−π, π]³.</li>
 *   <li>Sobol G: f = Π (|4 x_i − 2| + a_i) / (1 + a_i), x ∈ [0, 1]^k; the smaller a_i, the more
 *       important x_i (a_i = 0: very important, a_i = 99: negligible).</li>
 * </ul>
 */
public final class TestFunctions {

  /** Ishigami's a. */
  public static final double ISHIGAMI_A = 7;
  /** Ishigami's b. */
  public static final double ISHIGAMI_B = 0.1;

  private TestFunctions() {}

  /** The Ishigami function (a = 7, b = 0.1) on [−π, π]³. */
  public static SensitivityFunction ishigami() {
    return of("ishigami a=7 b=0.1", 3, -Math.PI, Math.PI, x -> Math.sin(x[0])
        + ISHIGAMI_A * Math.sin(x[1]) * Math.sin(x[1])
        + ISHIGAMI_B * Math.pow(x[2], 4) * Math.sin(x[0]));
  }

  /** The Sobol G function with coefficients {@code a} (one per parameter, each ≥ 0) on [0, 1]^k. */
  public static SensitivityFunction sobolG(double... a) {
    double[] c = a.clone();
    if (c.length < 2) {
      throw new IllegalArgumentException("--g-coefficients needs at least 2 coefficients (one per "
          + "parameter), but has " + c.length);
    }
    for (double v : c) {
      if (!(v >= 0)) {
        throw new IllegalArgumentException("--g-coefficients must be >= 0, but has " + v);
      }
    }
    return of("sobol-g a=" + Arrays.toString(c), c.length, 0, 1, x -> {
      double f = 1;
      for (int i = 0; i < c.length; i++) {
        f *= (Math.abs(4 * x[i] - 2) + c[i]) / (1 + c[i]);
      }
      return f;
    });
  }

  /** The coefficients of {@code --g-coefficients 0,1,4.5,...}. */
  public static double[] parseCoefficients(String list) {
    List<Double> out = new ArrayList<>();
    for (String s : list.split(",")) {
      try {
        out.add(Double.parseDouble(s.trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--g-coefficients must be numbers separated by commas "
            + "(e.g. 0,1,4.5,9,99,99,99,99), but has '" + s.trim() + "'");
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * A scalar function of k parameters x1 … xk, each in [lower, upper], with output {@code y}.
   *
   * @param description identifies the function in resume manifests
   */
  public static SensitivityFunction of(String description, int k, double lower, double upper,
      ToDoubleFunction<double[]> f) {
    Objects.requireNonNull(f, "f");
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= k; i++) {
      names.add("x" + i);
    }
    return new SensitivityFunction() {
      @Override
      public List<String> parameters() {
        return names;
      }

      @Override
      public double lower(int i) {
        return lower;
      }

      @Override
      public double upper(int i) {
        return upper;
      }

      @Override
      public List<String> outputs() {
        return List.of("y");
      }

      @Override
      public void evaluate(double[][] x, double[][] out) {
        for (int p = 0; p < x.length; p++) {
          out[p][0] = f.applyAsDouble(x[p]);
        }
      }

      @Override
      public String describe() {
        return String.format(Locale.ROOT, "%s k=%d bounds=[%s, %s]", description, k, lower, upper);
      }
    };
  }
}
