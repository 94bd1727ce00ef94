package io.github.seapopym4j.forcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AsciiDecimalTest {

  /** The fast parser must agree with Double.parseDouble bit for bit, or defer to it. */
  private static void assertSameAsJdk(String s) {
    byte[] b = ("x" + s + "y").getBytes(StandardCharsets.US_ASCII);
    double v = AsciiDecimal.parse(b, 1, b.length - 1);
    if (!AsciiDecimal.isSlow(v)) {
      assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(v), s);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0.0", "1", "23.730683079567566", "0.46249871447827412", "20.5",
      "-158", "1e3", "1.5E-3", "+2.25", "0.000123", "9007199254740993", "12345678901234567890",
      "0.1", "0.3", "5.5671476549936472", "99999999999999999e-5", "1.7976931348623157e308"})
  void agreesWithTheJdkOnTypicalValues(String s) {
    assertSameAsJdk(s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", ".", "NaN", "nan", "1e", "1.2.3", "abc", "1,5", "0x1p3", "1e400",
      "Infinity"})
  void defersEverythingItCannotReadToTheJdk(String s) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    assertTrue(AsciiDecimal.isSlow(AsciiDecimal.parse(b, 0, b.length)), s);
  }

  @Test
  void agreesWithTheJdkOnRandomSeventeenDigitValues() {
    SplittableRandom r = new SplittableRandom(7);
    int fast = 0;
    for (int i = 0; i < 40_000; i++) {
      double x = (r.nextDouble() - 0.3) * Math.pow(10, r.nextInt(-3, 7));
      String s = new BigDecimal(x).round(new java.math.MathContext(17)).toPlainString();
      assertSameAsJdk(s);
      assertSameAsJdk(Double.toString(x));
      byte[] b = s.getBytes(StandardCharsets.US_ASCII);
      fast += AsciiDecimal.isSlow(AsciiDecimal.parse(b, 0, b.length)) ? 0 : 1;
    }
    // The point of the class: nearly every repr-style value of forcing magnitude (1e-4..1e6) takes
    // the fast path; smaller ones need powers of ten beyond 1e22 and go to the JDK.
    assertTrue(fast > 39_600, "fast path taken " + fast + " times of 40000");
  }

  @Test
  void agreesWithTheJdkNearRoundingMidpoints() {
    SplittableRandom r = new SplittableRandom(11);
    for (int i = 0; i < 5_000; i++) {
      double x = r.nextDouble() * 100;
      // The exact midpoint between x and its successor, cut to 17..19 significant digits, lies
      // within a few 1e-19 relative of the midpoint: the hardest inputs for the fast path.
      BigDecimal mid = new BigDecimal(x).add(new BigDecimal(Math.nextUp(x))).divide(BigDecimal.valueOf(2));
      for (int digits = 17; digits <= 19; digits++) {
        assertSameAsJdk(mid.round(new java.math.MathContext(digits)).toPlainString());
      }
    }
  }
}
