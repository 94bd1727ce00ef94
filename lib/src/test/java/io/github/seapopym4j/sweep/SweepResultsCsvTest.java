package io.github.seapopym4j.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ResultCsvTest {

  private static String format(double v, boolean integral) {
    StringBuilder sb = new StringBuilder();
    SweepResultsCsv.appendNumber(sb, v, integral);
    return sb.toString();
  }

  @Test
  void shortDecimalsAndIntegersPrintAsWritten() {
    assertEquals("14.4", format(1440 / 100.0, false));
    assertEquals("-3.06", format(-306 / 100.0, false));
    assertEquals("0.05", format(5 / 100.0, false));
    assertEquals("-0.005", format(-5 / 1000.0, false));
    assertEquals("3.0", format(3, false));
    assertEquals("0.0", format(0, false));
    assertEquals("-0.0", format(-0.0, false));
    assertEquals("17", format(17, true));
    assertEquals("2.5", format(2.5, true));
    assertEquals("NaN", format(Double.NaN, false));
    assertEquals("0.3333333333333333", format(1 / 3.0, false));
  }

  @Test
  void everyFormattedValueParsesBackToTheSameDouble() {
    SplittableRandom rng = new SplittableRandom(5);
    for (int i = 0; i < 50_000; i++) {
      double v = switch (i % 5) {
        case 0 -> rng.nextGaussian();
        case 1 -> rng.nextLong(-10_000_000, 10_000_000) / 100.0;
        case 2 -> rng.nextLong(-1000, 1000) / Math.pow(10, rng.nextInt(6));
        case 3 -> (double) rng.nextInt(5000) / (1 + rng.nextInt(5000));
        default -> Double.longBitsToDouble(rng.nextLong());
      };
      if (Double.isNaN(v)) {
        continue;
      }
      String text = format(v, i % 2 == 0);
      assertEquals(Double.doubleToLongBits(v), Double.doubleToLongBits(Double.parseDouble(text)),
          "value " + v + " printed as " + text);
    }
  }
}
