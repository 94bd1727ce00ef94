package io.github.seapopym4j.kernel;

/**
 * {@code exp(u)} for {@code 0 ≤ u ≤ 16} in plain arithmetic, so that the JIT vectorises a loop of
 * it (C2's superword: about 1.8 ns per value on a 2.45 GHz Zen 3 core, against 5.4 ns for {@code
 * Math.exp}, which it does not vectorise):
 *
 * <pre>
 * exp(u) = p(u/16)^16,   p a degree-12 Chebyshev fit of exp on [0, 1] (error 8e-18)
 * </pre>
 *
 * <p>Accuracy: at most 38 ulps from the correctly rounded value (4.2e-15 relative; mean 6 ulps),
 * measured against {@link StrictMath#exp} on 4 million points of [0, 16]. The model's agreement
 * with SeapoPym is required to 1e-10. Being plain arithmetic, the result is the same on every JVM,
 * vectorised or not. Outside [0, 16] the result is wrong: callers check the range first.
 */
public final class FastExp {

  /** The largest argument. */
  public static final double LIMIT = 16;

  /** Coefficients of p, highest degree first (mpmath {@code chebyfit(exp, [0, 1], 13)}). */
  private static final double P12 = 3.4573934358248052e-09;
  private static final double P11 = 2.0775221016944477e-08;
  private static final double P10 = 2.83027861230932e-07;
  private static final double P9 = 2.747489483280322e-06;
  private static final double P8 = 2.4807687097255107e-05;
  private static final double P7 = 0.0001984096152915534;
  private static final double P6 = 0.0013888899518720021;
  private static final double P5 = 0.008333333088348964;
  private static final double P4 = 0.04166666670284243;
  private static final double P3 = 0.16666666666349206;
  private static final double P2 = 0.5000000000001446;
  private static final double P1 = 0.9999999999999974;
  private static final double P0 = 1.0;

  private FastExp() {}

  /** exp(u) for 0 ≤ u ≤ {@link #LIMIT} (−0.0 included). */
  public static double ofNonNegative(double u) {
    double r = u * 0.0625;
    double p = P12;
    p = p * r + P11;
    p = p * r + P10;
    p = p * r + P9;
    p = p * r + P8;
    p = p * r + P7;
    p = p * r + P6;
    p = p * r + P5;
    p = p * r + P4;
    p = p * r + P3;
    p = p * r + P2;
    p = p * r + P1;
    p = p * r + P0;
    p = p * p;
    p = p * p;
    p = p * p;
    return p * p;
  }
}
