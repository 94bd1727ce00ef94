package io.github.seapopym4j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class TemperatureGilloolyTest {

  @Test
  void knownValues() {
    assertEquals(0.0, TemperatureGillooly.apply(0.0));
    assertEquals(136.5, TemperatureGillooly.apply(273.0)); // 273 / 2, exact
    assertEquals(10.0 / (1.0 + 10.0 / 273.0), TemperatureGillooly.apply(10.0));
    assertTrue(Double.isNaN(TemperatureGillooly.apply(Double.NaN)));
  }

  @Test
  void wholeFieldIsBitIdenticalToTheScalarFormulaAndKeepsNaN() {
    double[] t = {-2.0, 0.0, 4.56, 10.5, 21.056080589185171, 30.0, Double.NaN, 28.125};
    try (INDArray a = Nd4j.create(t, new long[] {2, 4}, DataType.DOUBLE)) {
      TemperatureGillooly.applyInPlace(a);
      for (int i = 0; i < t.length; i++) {
        // bit-identical: the same three IEEE operations in the same order
        assertEquals(TemperatureGillooly.apply(t[i]), a.getDouble(i), 0.0, "index " + i);
      }
    }
  }

  @Test
  void float32PrecisionComputesInFloatArithmetic() {
    float[] t = {0f, 10f, 20f, 30f, 17.3f};
    try (INDArray a = Nd4j.create(new double[] {0, 10, 20, 30, (double) 17.3f}, new long[] {5},
        DataType.DOUBLE)) {
      TemperatureGillooly.applyInPlace(a, DataType.FLOAT);
      for (int i = 0; i < t.length; i++) {
        float expected = t[i] / (1f + t[i] / 273f);
        assertEquals(expected, a.getDouble(i), 0.0, "index " + i);
      }
    }
  }
}
