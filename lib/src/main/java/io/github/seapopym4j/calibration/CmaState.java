package io.github.seapopym4j.calibration;

import java.util.Arrays;
import java.util.Map;

/**
 * Numbers in a CMA-ES checkpoint state: space-separated {@link Double#toString} forms, which
 * round-trip exactly.
 */
final class CmaState {

  private CmaState() {}

  static String join(double[] v) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < v.length; i++) {
      b.append(i == 0 ? "" : " ").append(v[i]);
    }
    return b.toString();
  }

  /** Exactly {@code expected} numbers under {@code key}. */
  static double[] numbers(Map<String, String> state, String key, int expected) {
    double[] v = numbers(state, key);
    if (v.length != expected) {
      throw new IllegalArgumentException(String.format("CMA-ES checkpoint: expected %d numbers in "
          + "'%s', found %d: '%s'", expected, key, v.length, state.get(key)));
    }
    return v;
  }

  /** Any count of numbers under {@code key} (none for an empty value). */
  static double[] numbers(Map<String, String> state, String key) {
    String v = state.get(key);
    if (v == null) {
      throw new IllegalArgumentException("CMA-ES checkpoint: expected an entry '" + key
          + "', found none");
    }
    if (v.isBlank()) {
      return new double[0];
    }
    try {
      return Arrays.stream(v.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("CMA-ES checkpoint: expected numbers in '" + key
          + "', found '" + v + "'", e);
    }
  }

  static double number(Map<String, String> state, String key) {
    return numbers(state, key, 1)[0];
  }
}
