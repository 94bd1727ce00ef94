package io.github.seapopym4j.forcing;

/**
 * Parses a decimal number written in ASCII bytes ({@code -12.5}, {@code 0.46249871447827412},
 * {@code 1.5e-3}) without creating a String, returning exactly what {@link Double#parseDouble} returns.
 *
 * <p>Fast paths: up to 18 significant digits (so the digits fit a long) and a power of ten
 * |k| ≤ 22. When the digits fit in 53 bits the result is one exact IEEE operation (Clinger's fast
 * path). Otherwise (the 16–18 digit numbers written by {@code repr}) the quotient {@code m / 10^k} is
 * evaluated with one extra word of precision (an FMA remainder), and the rare result lying within
 * 1e-6 ulp of a rounding midpoint goes to {@link Double#parseDouble}, as does every other form (more
 * digits, large exponents, NaN, hex).
 */
final class AsciiDecimal {

  /** Returned by {@link #parse} when the bytes need {@link Double#parseDouble}. */
  static final double SLOW = Double.longBitsToDouble(0x7ff8_dead_beef_0001L);
  private static final double[] POW10 = new double[23];
  private static final long TWO_53 = 1L << 53;
  private static final long TWO_62 = 1L << 62;

  static {
    double p = 1;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = p;
      p *= 10;
    }
  }

  private AsciiDecimal() {}

  /** Whether {@code v} is the {@link #SLOW} marker (compare bits: it is a NaN). */
  static boolean isSlow(double v) {
    return Double.doubleToRawLongBits(v) == Double.doubleToRawLongBits(SLOW);
  }

  /**
   * The value of {@code b[from, to)}, or {@link #SLOW} when the fast paths do not apply; call {@link
   * Double#parseDouble} then.
   */
  static double parse(byte[] b, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    long m = 0;
    int digits = 0;
    int exp10 = 0;
    boolean dot = false;
    boolean any = false;
    for (; i < to; i++) {
      int c = b[i];
      if (c >= '0' && c <= '9') {
        any = true;
        if (m == 0 && c == '0') {
          exp10 -= dot ? 1 : 0;
        } else if (digits < 18) {
          m = m * 10 + (c - '0');
          digits++;
          exp10 -= dot ? 1 : 0;
        } else {
          return SLOW;
        }
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        break;
      }
    }
    if (!any) {
      return SLOW;
    }
    if (i < to && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      boolean expNegative = false;
      if (i < to && (b[i] == '-' || b[i] == '+')) {
        expNegative = b[i] == '-';
        i++;
      }
      int e = 0;
      int start = i;
      for (; i < to && b[i] >= '0' && b[i] <= '9' && e < 1000; i++) {
        e = e * 10 + (b[i] - '0');
      }
      if (i == start) {
        return SLOW;
      }
      exp10 += expNegative ? -e : e;
    }
    if (i != to) {
      return SLOW;
    }
    double v = value(m, exp10);
    return negative && !isSlow(v) ? -v : v;
  }

  private static double value(long m, int exp10) {
    if (m == 0) {
      return 0.0;
    }
    if (exp10 < -22 || exp10 > 22) {
      return SLOW;
    }
    if (m < TWO_53) {
      return exp10 >= 0 ? m * POW10[exp10] : m / POW10[-exp10];
    }
    if (exp10 > 0 || m >= TWO_62) {
      return SLOW;
    }
    double p = POW10[-exp10];
    double hi = (double) m;
    double lo = (double) (m - (long) hi);
    double q = hi / p;
    double tail = (Math.fma(-q, p, hi) + lo) / p;
    double result = q + tail;
    // Distance of the exact quotient from `result`, as a fraction of result's ulp; at ±0.5 it sits on
    // a midpoint where the tail's own rounding error could flip the rounding direction.
    double ulp = Math.ulp(result);
    double frac = Math.abs((q - result) + tail) / ulp;
    boolean powerOfTwo = (Double.doubleToRawLongBits(result) & 0x000f_ffff_ffff_ffffL) == 0;
    if (Math.abs(frac - 0.5) < 1e-6 || powerOfTwo || frac >= 0.5) {
      return SLOW;
    }
    return result;
  }
}
