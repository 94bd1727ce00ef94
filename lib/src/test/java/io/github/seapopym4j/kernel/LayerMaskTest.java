package io.github.seapopym4j.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.DoubleBuffer;
import org.junit.jupiter.api.Test;

class LayerMaskTest {

  private static final double N = Double.NaN;

  @Test
  void onlyTheFirstStepDecides() {
    // [time 2, cell 2, layer 2]: cell 1 lacks layer 1 at step 0; step 1 is all NaN and is ignored
    DoubleBuffer t = DoubleBuffer.wrap(new double[] {20, 10, 21, N, N, N, N, N});
    assertArrayEquals(new boolean[] {true, true, true, false}, LayerMask.fromFirstStep(t, 2, 2));
  }

  @Test
  void groupNeedsBothItsDayAndNightLayers() {
    boolean[] layers = {true, true, true, false, false, false}; // 3 cells × 2 layers
    assertArrayEquals(new boolean[] {true, false, false}, LayerMask.group(layers, 2, 1, 0));
    assertArrayEquals(new boolean[] {true, true, false}, LayerMask.group(layers, 2, 0, 0));
  }
}
