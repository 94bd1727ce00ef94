package io.github.seapopym4j.model;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The agreement the model issue demands with SeapoPym v0.1: relative difference ≤ 1e-10 where
 * |expected| > 1e-12, absolute difference ≤ 1e-15 below. The reference files hold 17 significant
 * digits and a faithful double implementation agrees to about 1e-15 relative; 1e-10 leaves room for
 * libm differences (1 ulp in exp, log, trig) amplified through the recursions, and nothing more.
 * NaN must match NaN.
 */
final class Tolerance {

  static final double RELATIVE = 1e-10;
  static final double ABSOLUTE = 1e-15;
  static final double SMALL = 1e-12;

  private final String what;
  private long compared;
  private long failures;
  private double worstRelative;
  private String firstFailure;

  Tolerance(String what) {
    this.what = what;
  }

  static boolean agrees(double expected, double actual) {
    if (Double.isNaN(expected) || Double.isNaN(actual)) {
      return Double.isNaN(expected) && Double.isNaN(actual);
    }
    double diff = Math.abs(expected - actual);
    return Math.abs(expected) > SMALL ? diff <= RELATIVE * Math.abs(expected) : diff <= ABSOLUTE;
  }

  /** Records one comparison. */
  void check(double expected, double actual, String where) {
    compared++;
    if (Math.abs(expected) > SMALL && !Double.isNaN(actual)) {
      worstRelative = Math.max(worstRelative, Math.abs(expected - actual) / Math.abs(expected));
    }
    if (!agrees(expected, actual)) {
      failures++;
      if (firstFailure == null) {
        firstFailure = where + ": expected " + expected + " but was " + actual;
      }
    }
  }

  /** Fails when any comparison failed or nothing was compared. */
  void assertAllAgree() {
    if (compared == 0) {
      fail(what + ": nothing was compared");
    }
    if (failures > 0) {
      fail(String.format("%s: %d of %d values disagree beyond rel %s / abs %s; first: %s (worst rel %.3g)",
          what, failures, compared, RELATIVE, ABSOLUTE, firstFailure, worstRelative));
    }
  }

  long compared() {
    return compared;
  }

  double worstRelative() {
    return worstRelative;
  }

  @Override
  public String toString() {
    return String.format("%s: %d values, worst relative difference %.3g", what, compared, worstRelative);
  }
}
