package io.github.seapopym4j.fitness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricTest {

  @Test
  void aLambdaIsAMetric() {
    // Error of the amplitude (max − min): observed 3 − 1 = 2, predicted 5 − 2 = 3.
    Metric amplitude = (o, p) -> Math.abs((max(p) - min(p)) - (max(o) - min(o)));
    assertEquals(1.0, amplitude.score(new double[] {1, 3, 2}, new double[] {2, 5, 4}));
  }

  @Test
  void nanAwareMetricsSeeOnlyCompletePairs() {
    Metric count = (o, p) -> o.length;
    Metric wrapped = Metric.nanAware(count);
    assertEquals(1.0, wrapped.score(new double[] {1, Double.NaN, 3},
        new double[] {Double.NaN, 2, 4}));
    assertTrue(Double.isNaN(wrapped.score(new double[] {Double.NaN}, new double[] {1})));
  }

  private static double max(double[] v) {
    return java.util.Arrays.stream(v).max().getAsDouble();
  }

  private static double min(double[] v) {
    return java.util.Arrays.stream(v).min().getAsDouble();
  }
}
