package io.github.seapopym4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

  // Expected strings printed by CPython's '%.17g' % x (the C library's printf).
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "0.13344; 0.13344",
      "0.07714478557497613; 0.07714478557497613",
      "0.08000000000000002; 0.080000000000000016",
      "1e-05; 1.0000000000000001e-05",
      "1.2345678901234568e+17; 1.2345678901234568e+17",
      "1e+16; 10000000000000000",
      "1e+17; 1e+17",
      "-2.5; -2.5",
      "0.0001; 0.0001",
      "0.00012345678901234567; 0.00012345678901234567",
      "1e+23; 9.9999999999999992e+22",
      "5e-324; 4.9406564584124654e-324",
      "1.7976931348623157e+308; 1.7976931348623157e+308",
      "20.5; 20.5",
      "-158.0; -158",
      "0.1; 0.10000000000000001",
      "0.3333333333333333; 0.33333333333333331",
      "0.0; 0",
  })
  void g17MatchesCPrintfWithTrailingZerosStripped(double value, String expected) {
    assertEquals(expected, Numbers.g17(value));
  }

  @ParameterizedTest
  @CsvSource({"0.1", "0.30000001192092896", "1e-300", "123.456", "-7.25e-9", "6.02214076e23"})
  void g17RoundTripsToTheSameDouble(double value) {
    assertEquals(value, Double.parseDouble(Numbers.g17(value)));
  }

  @org.junit.jupiter.api.Test
  void g17WritesNaNAsNaN() {
    assertEquals("NaN", Numbers.g17(Double.NaN));
  }
}
