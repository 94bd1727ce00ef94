package io.github.seapopym4j.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoundTransformTest {

  private static final double A = BoundTransform.A;

  @Test
  void theInteriorIsUnchanged() {
    for (double y = A; y <= 1 - A; y += 0.01) {
      assertEquals(y, BoundTransform.apply(y), 1e-15);
    }
  }

  @Test
  void boundsAreReachedQuadraticallyAtInteriorGenotypes() {
    assertEquals(0, BoundTransform.apply(-A), 0);
    assertEquals(1, BoundTransform.apply(1 + A), 0);
    assertEquals(A / 4, BoundTransform.apply(0), 1e-15); // (0 + a)² / 4a
    // continuous and with slope 1 where the quadratic meets the identity (finite differences, h 1e-7)
    double h = 1e-7;
    assertEquals(1, (BoundTransform.apply(A + h) - BoundTransform.apply(A - h)) / (2 * h), 1e-6);
    assertEquals(1, (BoundTransform.apply(1 - A + h) - BoundTransform.apply(1 - A - h)) / (2 * h),
        1e-6);
  }

  @Test
  void everyGenotypeMapsIntoTheBoxPeriodically() {
    double period = 2 * (1 + 2 * A);
    for (double y = -7; y <= 7; y += 0.013) {
      double t = BoundTransform.apply(y);
      assertTrue(t >= 0 && t <= 1, y + " -> " + t);
      assertEquals(t, BoundTransform.apply(y + period), 1e-12);
      assertEquals(t, BoundTransform.apply(BoundTransform.intoPeriod(y)), 1e-12);
    }
    assertEquals(BoundTransform.apply(-A + 0.02), BoundTransform.apply(-A - 0.02), 1e-15,
        "mirrored at -a");
  }
}
