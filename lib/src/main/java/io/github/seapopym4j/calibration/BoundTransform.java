package io.github.seapopym4j.calibration;

/**
 * CMA-ES bound handling for the normalised box [0, 1] per coordinate, after pycma's {@code
 * BoundTransform} (Hansen's {@code BoxLinQuadTransform}): the search runs unconstrained on a
 * genotype y, and the point evaluated is t(y) ∈ [0, 1], where t is
 *
 * <ul>
 *   <li>the identity on [a, 1 − a], with a = {@value #A} (pycma's (1 + |bound|)/20 for the bound 0);
 *   <li>quadratic within a of each bound: t(y) = (y + a)²/(4a) on [−a, a], and the mirror image at
 *       1, so that t is continuously differentiable and t(−a) = 0: a bound is reached, with zero
 *       slope, at an interior point of the genotype space;
 *   <li>mirrored at −a and 1 + a and periodic with period 2(1 + 2a) beyond.
 * </ul>
 *
 * <p>Because the optimum of f∘t lies at a regular point even when f's optimum is on a bound, CMA-ES
 * converges there as in the interior: it neither stalls on the bound (as clipping does, where σ
 * keeps shrinking against a wall) nor needs penalties. The genotype mean is kept within one period
 * ({@link #intoPeriod}), which leaves t unchanged.
 */
final class BoundTransform {

  /** Width of the quadratic zone at each bound, in normalised units. */
  static final double A = 0.05;
  private static final double PERIOD = 2 * (1 + 2 * A);

  private BoundTransform() {}

  /** The evaluated coordinate t(y) ∈ [0, 1]. */
  static double apply(double y) {
    double z = intoPeriod(y);
    if (z < -A) {
      z = -2 * A - z; // mirror at −a
    } else if (z > 1 + A) {
      z = 2 * (1 + A) - z; // mirror at 1 + a
    }
    if (z < A) {
      z = (z + A) * (z + A) / (4 * A);
    } else if (z > 1 - A) {
      double d = z - (1 + A);
      z = 1 - d * d / (4 * A);
    }
    return Math.min(1, Math.max(0, z));
  }

  /**
   * y shifted by a multiple of the period into [−(1/2 + 2a), 3/2 + 2a), the period centred on the box:
   * t(intoPeriod(y)) = t(y).
   */
  static double intoPeriod(double y) {
    double lo = 0.5 - PERIOD / 2;
    if (y >= lo && y < lo + PERIOD) {
      return y;
    }
    return y - PERIOD * Math.floor((y - lo) / PERIOD);
  }
}
