package io.github.seapopym4j.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class MortalityTest {

  @Test
  void rateIsLambda0AtZeroDegrees() {
    assertEquals(1.0 / 150, Mortality.rate(1.0 / 150, 0.15, 0.0), 0.0);
  }

  // 2e-16 relative: ND4J's exp and Java's Math.exp may differ by one ulp.
  @Test
  void fieldMatchesTheScalarRateAndLeavesItsInputUnchanged() {
    double[] tm = {0, 5.5, 12.25, 19.548345979889131, 27};
    try (INDArray in = Nd4j.create(tm, new long[] {5}, DataType.DOUBLE);
        INDArray out = Mortality.field(in, 0.006666666666666667, 0.15)) {
      for (int i = 0; i < tm.length; i++) {
        double expected = Mortality.rate(0.006666666666666667, 0.15, tm[i]);
        assertEquals(expected, out.getDouble(i), 2.3e-16 * expected, "index " + i);
      }
      assertArrayEquals(tm, in.toDoubleVector(), 0.0);
    }
  }

  // 4.5e-15 relative: FastExp's 40-ulp bound; outside its range the scalar rate is used as is.
  @Test
  void ratesUseTheFastExponentialInItsRangeAndMathExpOutside() {
    double[] tm = {0, 5.5, 12.25, 19.5, 27, 32};
    double[] out = new double[tm.length];
    for (double gamma : new double[] {0.15, -0.15, 0.5}) {
      Mortality.ratesInto(tm, tm.length, 0.01, gamma, 32, out);
      for (int i = 0; i < tm.length; i++) {
        double expected = 0.01 * StrictMath.exp(gamma * tm[i]);
        assertEquals(expected, out[i], 4.5e-15 * expected, "γλ=" + gamma + ", Tm=" + tm[i]);
      }
    }
    // γλ·maxTm = 0.6 × 32 > 16: every value from Math.exp
    Mortality.ratesInto(tm, tm.length, 0.01, 0.6, 32, out);
    for (int i = 0; i < tm.length; i++) {
      assertEquals(Mortality.rate(0.01, 0.6, tm[i]), out[i], 0.0);
    }
    Mortality.ratesInto(tm, 2, 0.01, 0.15, Double.POSITIVE_INFINITY, out);
    assertEquals(Mortality.rate(0.01, 0.15, 5.5), out[1], 0.0, "no finite bound: Math.exp");
  }
}
