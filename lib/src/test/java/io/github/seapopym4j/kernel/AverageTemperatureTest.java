package io.github.seapopym4j.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.DoubleBuffer;
import org.junit.jupiter.api.Test;

class AverageTemperatureTest {

  @Test
  void weightsDayAndNightByDayLength() {
    assertEquals(0.25 * 20 + 0.75 * 8, AverageTemperature.value(0.25, 20, 8, true), 0.0);
  }

  @Test
  void negativeNaNAndMaskedBecomeZero() {
    assertEquals(0.0, AverageTemperature.value(0.5, -3, -1, true));
    assertEquals(0.0, AverageTemperature.value(0.5, Double.NaN, 4, true));
    assertEquals(0.0, AverageTemperature.value(0.5, 20, 10, false));
  }

  @Test
  void fieldPicksTheLayersOfTheGroup() {
    // [time 2, cell 2, layer 2]
    DoubleBuffer t = DoubleBuffer.wrap(new double[] {20, 10, 22, 12, 24, 14, 26, Double.NaN});
    DoubleBuffer dl = DoubleBuffer.wrap(new double[] {0.5, 0.5, 0.25, 0.25});
    DoubleBuffer out = DoubleBuffer.allocate(4);
    AverageTemperature.into(2, t, 2, 0, 1, dl, new boolean[] {true, false}, out);
    assertArrayEquals(new double[] {15, 0, 0.25 * 24 + 0.75 * 14, 0}, out.array(), 0.0);
  }
}
