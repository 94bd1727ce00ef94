package io.github.seapopym4j.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.seapopym4j.forcing.ForcingSet;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class ForcingAdapterTest {

  private static ForcingSet grid(DataType type) {
    // time 2 × lat 2 × lon 2 × layer 1; value = 1000·t + 100·y + 10·x
    double[] t = new double[8];
    double[] pp = new double[8];
    for (int i = 0; i < 8; i++) {
      t[i] = 1000 * (i / 4) + 100 * ((i / 2) % 2) + 10 * (i % 2);
      pp[i] = i == 3 ? Double.NaN : t[i] / 10 + 0.5;
    }
    return ForcingSet.builder().daily(LocalDate.of(2000, 1, 1), 2).latitude(0, 1).longitude(0, 1)
        .layers(1).temperature(t).primaryProduction(pp).dataType(type).build();
  }

  @Test
  void gathersTheSelectedCellsInTimeCellOrder() {
    try (ForcingSet f = grid(DataType.DOUBLE);
        INDArray t = ForcingAdapter.temperature(f, new int[] {1, 0}, new int[] {0, 1})) {
      assertArrayEquals(new long[] {2, 2, 1}, t.shape());
      assertArrayEquals(new double[] {100, 10, 1100, 1010}, t.data().asDouble(), 0.0);
    }
  }

  @Test
  void productionNaNBecomesZeroAndTheUnitFactorApplies() {
    try (ForcingSet f = grid(DataType.FLOAT);
        INDArray pp = ForcingAdapter.production(f, new int[] {0, 1, 1, 1}, new int[] {0, 0, 1, 1},
            1e-3)) {
      // cell (1, 1) at time 0 is NaN → 0; values are float32 widened, then × 1e-3
      double[] expected = {0.5f * 1e-3, 10.5f * 1e-3, 0, 0, 100.5f * 1e-3, 110.5f * 1e-3,
          111.5f * 1e-3, 111.5f * 1e-3};
      assertArrayEquals(expected, pp.data().asDouble(), 0.0);
    }
  }
}
