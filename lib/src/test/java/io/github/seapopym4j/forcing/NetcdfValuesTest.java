package io.github.seapopym4j.forcing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class NetcdfValuesTest {

  @Test
  void permuteMovesEachValueToItsTargetIndex() {
    // Source shape (a=2, b=3, c=4), value = 100a + 10b + c; target order (c, a, b).
    int[] src = {2, 3, 4};
    double[] values = new double[24];
    for (int a = 0; a < 2; a++) {
      for (int b = 0; b < 3; b++) {
        for (int c = 0; c < 4; c++) {
          values[(a * 3 + b) * 4 + c] = 100 * a + 10 * b + c;
        }
      }
    }
    double[] out = NetcdfValues.permute(values, src, new int[] {2, 0, 1}, new int[] {4, 2, 3});
    double[] expected = new double[24];
    for (int c = 0; c < 4; c++) {
      for (int a = 0; a < 2; a++) {
        for (int b = 0; b < 3; b++) {
          expected[(c * 2 + a) * 3 + b] = 100 * a + 10 * b + c;
        }
      }
    }
    assertArrayEquals(expected, out);
  }

  @Test
  void anAppendedLayerAxisOfSizeOneKeepsTheOrder() {
    double[] values = {1, 2, 3, 4};
    assertSame(values, NetcdfValues.permute(values, new int[] {1, 2, 2}, new int[] {0, 1, 2, -1},
        new int[] {1, 2, 2, 1}));
    // A new axis after a transposition: (x, y) -> (y, x, 1).
    assertArrayEquals(new double[] {1, 3, 2, 4},
        NetcdfValues.permute(values, new int[] {2, 2}, new int[] {1, 0, -1}, new int[] {2, 2, 1}));
  }

  @Test
  void anyNumericArrayBecomesDoubles() {
    assertArrayEquals(new double[] {1, 2}, NetcdfAttributes.doubles(new float[] {1, 2}));
    assertArrayEquals(new double[] {1, -2}, NetcdfAttributes.doubles(new short[] {1, -2}));
    assertArrayEquals(new double[] {7}, NetcdfAttributes.doubles(new long[] {7}));
  }
}
