package io.github.seapopym4j.examples.bollinger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.seapopym4j.sweep.SweepPlan;
import org.junit.jupiter.api.Test;

class BollingerAxesTest {

  @Test
  void defaultGridHas121ValuesPerAxisOverTheDocumentedRanges() {
    SweepPlan plan = BollingerAxes.grid(BollingerAxes.DEFAULT_GRID);
    assertEquals(1_771_561, plan.combinations());
    assertArrayEquals(new double[] {10, 12, 250},
        pick(plan.axes().get(0).values(), 0, 1, 120));
    assertArrayEquals(new double[] {0.5, 0.525, 3.5}, pick(plan.axes().get(1).values(), 0, 1, 120));
    assertArrayEquals(new double[] {-1, -0.975, 2}, pick(plan.axes().get(2).values(), 0, 1, 120));
  }

  @Test
  void specAcceptsLowerUpperAndMultiplicationSignSeparators() {
    assertArrayEquals(new int[] {3, 4, 5}, BollingerAxes.parse("3x4x5"));
    assertArrayEquals(new int[] {3, 4, 5}, BollingerAxes.parse("3X4X5"));
    assertArrayEquals(new int[] {3, 4, 5}, BollingerAxes.parse("3×4×5"));
  }

  @Test
  void badSpecExplainsTheFormat() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BollingerAxes.parse("3x4"));
    assertEquals("grid spec must be AxBxC with three positive integers (window, k and exit counts, "
        + "e.g. 121x121x121), but was '3x4'", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> BollingerAxes.parse("0x4x5"));
    assertThrows(IllegalArgumentException.class, () -> BollingerAxes.parse("ax4x5"));
  }

  private static double[] pick(double[] v, int... i) {
    double[] out = new double[i.length];
    for (int j = 0; j < i.length; j++) {
      out[j] = v[i[j]];
    }
    return out;
  }
}
