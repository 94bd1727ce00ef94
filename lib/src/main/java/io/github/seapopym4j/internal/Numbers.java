package io.github.seapopym4j.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number formatting shared by the CSV writers: C's {@code %.17g} (what NumPy/pandas wrote into the
 * SeapoPym reference files), i.e. 17 significant digits, so every double reads back exactly, with
 * trailing zeros dropped: {@code 0.13344}, {@code 0.080000000000000016}, {@code 0},
 * {@code 1.0000000000000001e-05}. NaN is written {@code NaN}.
 */
public final class Numbers {

  private static final MathContext SIG17 = new MathContext(17, RoundingMode.HALF_EVEN);

  private Numbers() {}

  /** {@code x} as {@code %.17g} with trailing zeros removed. */
  public static String g17(double x) {
    if (Double.isNaN(x)) {
      return "NaN";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    if (x == 0) {
      return (1 / x < 0) ? "-0" : "0";
    }
    BigDecimal d = new BigDecimal(x).round(SIG17);
    int exponent = d.precision() - d.scale() - 1;
    if (exponent >= -4 && exponent < 17) {
      return stripZeros(d.setScale(Math.max(0, 16 - exponent), RoundingMode.UNNECESSARY).toPlainString());
    }
    BigDecimal mantissa = d.movePointLeft(exponent);
    String m = stripZeros(mantissa.setScale(16, RoundingMode.UNNECESSARY).toPlainString());
    String sign = exponent < 0 ? "-" : "+";
    int e = Math.abs(exponent);
    return m + "e" + sign + (e < 10 ? "0" : "") + e;
  }

  private static String stripZeros(String s) {
    if (s.indexOf('.') < 0) {
      return s;
    }
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    if (s.charAt(end - 1) == '.') {
      end--;
    }
    return s.substring(0, end);
  }
}
