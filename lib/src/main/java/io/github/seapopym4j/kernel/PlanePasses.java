package io.github.seapopym4j.kernel;

/**
 * The passes of {@link LockstepCohorts} over one plane of lanes: each a loop without branches or
 * calls, which C2 vectorises. Every pass touches lanes 0..w−1.
 */
final class PlanePasses {

  /** Scales a difference of temperatures so that any non-zero one leaves [−1, 1]. */
  private static final double STEEP = 1e308;

  private PlanePasses() {}

  /**
   * 1.0 where {@code tm ≥ threshold}, else 0.0, as arithmetic (a conditional would not vectorise):
   * the smallest non-zero difference of two doubles, 4.9e−324, times 1e308 twice is 4.9e292. Exact
   * for finite {@code tm} and non-NaN {@code threshold}.
   */
  static double recruits(double tm, double threshold) {
    return Math.min(1.0, Math.max(0.0, (tm - threshold) * STEEP * STEEP + 1.0));
  }

  /**
   * {@code plane[j] = from[j] + 0.0} (no −0.0 enters a plane).
   *
   * @return whether every value written is finite
   */
  static boolean copyInto(double[] from, double[] plane, int w) {
    double big = 0.0;
    for (int j = 0; j < w; j++) {
      double v = from[j] + 0.0;
      plane[j] = v;
      big = Math.max(big, Math.abs(v));
    }
    return big <= Double.MAX_VALUE;
  }

  /** {@code plane[j] = from[j] + 0.0}, unchecked. */
  static void copy(double[] from, double[] plane, int w) {
    for (int j = 0; j < w; j++) {
      plane[j] = from[j] + 0.0;
    }
  }

  /**
   * {@code plane[j] = from[j] + plane[j]}.
   *
   * @return whether every value written is finite
   */
  static boolean addInto(double[] from, double[] plane, int w) {
    double big = 0.0;
    for (int j = 0; j < w; j++) {
      double v = from[j] + plane[j];
      plane[j] = v;
      big = Math.max(big, Math.abs(v));
    }
    return big <= Double.MAX_VALUE;
  }

  /**
   * Recruits the lanes with {@code tm[j] ≥ threshold}: {@code out[j] += plane[j]} (or {@code out[j]
   * = 0.0 + plane[j]} when {@code !started}) and {@code plane[j] = 0.0}; the other lanes add ±0.0
   * and keep their value. For finite plane values and temperatures.
   */
  static void recruitMasked(double[] plane, double[] tm, double threshold, double[] out,
      boolean started, int w) {
    if (started) {
      for (int j = 0; j < w; j++) {
        double v = plane[j];
        double x = v * recruits(tm[j], threshold);
        out[j] += x;
        plane[j] = v - x;
      }
    } else {
      for (int j = 0; j < w; j++) {
        double v = plane[j];
        double x = v * recruits(tm[j], threshold);
        out[j] = 0.0 + x;
        plane[j] = v - x;
      }
    }
  }

  /**
   * Recruits every lane: {@code out[j] += plane[j]} (or {@code 0.0 + plane[j]}); the plane is left
   * as it is (the caller treats it as empty).
   */
  static void recruitAll(double[] plane, double[] out, boolean started, int w) {
    if (started) {
      for (int j = 0; j < w; j++) {
        out[j] += plane[j];
      }
    } else {
      for (int j = 0; j < w; j++) {
        out[j] = 0.0 + plane[j];
      }
    }
  }

  /** Whether {@code a[0..w)} are all finite. */
  static boolean allFinite(double[] a, int w) {
    for (int j = 0; j < w; j++) {
      if (!Double.isFinite(a[j])) {
        return false;
      }
    }
    return true;
  }
}
