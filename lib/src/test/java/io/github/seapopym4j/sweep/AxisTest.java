package io.github.seapopym4j.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AxisTest {

  @Test
  void linearValuesIncludeBothEndsAndPrintAsWritten() {
    Axis k = Axis.linear("k", 0.5, 3.5, 121);
    assertEquals(121, k.size());
    assertEquals(0.5, k.value(0));
    assertEquals(0.525, k.value(1));
    assertEquals(0.6, k.value(4));
    assertEquals(3.5, k.value(120));
    assertEquals("0.6", Double.toString(k.value(4)));
  }

  @Test
  void integerAxisHoldsDistinctRoundedValues() {
    assertArrayEquals(new double[] {10, 12, 14}, Axis.integers("w", 10, 14, 3).values());
    assertArrayEquals(new double[] {10, 13, 17, 20}, Axis.integers("w", 10, 20, 4).values());
    assertTrue(Axis.integers("w", 10, 20, 4).integral());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Axis.integers("window", 10, 12, 4));
    assertEquals("integer axis window asks for 4 values but [10, 12] holds only 3 integers",
        e.getMessage());
  }

  @Test
  void logAxisIsEvenInLog() {
    Axis a = Axis.log("rate", 1, 1000, 4);
    assertArrayEquals(new double[] {1, 10, 100, 1000}, a.values(), 1e-12);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Axis.log("rate", 0, 1, 3));
    assertEquals("log axis rate needs from > 0 and to > 0, but was [0.0, 1.0]", e.getMessage());
  }

  @Test
  void samplingMapsTheUnitIntervalOntoTheRange() {
    assertEquals(2.5, Axis.linear("a", 2, 3, 5).fromUnit(0.5));
    assertEquals(10, Axis.log("a", 1, 100, 5).fromUnit(0.5), 1e-12);
    Axis ints = Axis.integers("w", 10, 13, 2);
    assertEquals(10, ints.fromUnit(0.0));
    assertEquals(11, ints.fromUnit(0.25));
    assertEquals(13, ints.fromUnit(0.999));
    assertEquals(7, Axis.of("e", 5, 7).fromUnit(0.75));
  }

  @Test
  void explicitAxisIsIntegralOnlyWhenEveryValueIs() {
    assertTrue(Axis.of("a", 1, 2, 3).integral());
    assertFalse(Axis.of("a", 1, 2.5).integral());
    assertFalse(Axis.linear("a", 1, 3, 3).integral());
  }

  @Test
  void badNamesAndCountsAreRefusedWithTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Axis.linear("band width", 0, 1, 3));
    assertEquals("axis name must be a letter followed by letters, digits or '_', but was 'band width'",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Axis.linear("k", 0, 1, 0));
    assertEquals("axis k count must be >= 1, but was 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Axis.of("k", 1, Double.NaN));
    assertEquals("axis k values must be finite, but one was NaN", e.getMessage());
  }
}
