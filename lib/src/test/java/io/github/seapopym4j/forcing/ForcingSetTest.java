package io.github.seapopym4j.forcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ForcingSetTest {

  private static ForcingSetBuilder twoCellTwoLayer() {
    int nt = 3;
    double[] t = new double[nt * 1 * 2 * 2];
    double[] pp = new double[nt * 1 * 2];
    for (int i = 0; i < t.length; i++) {
      t[i] = 10 + i;
    }
    for (int i = 0; i < pp.length; i++) {
      pp[i] = 0.5 + i;
    }
    return ForcingSet.builder().daily(LocalDate.of(2000, 1, 1), nt).latitude(0.5).longitude(10, 11)
        .layers(1, 2).temperature(t).primaryProduction(pp);
  }

  @Test
  void valuesAreReadInRowMajorOrder() {
    try (ForcingSet f = twoCellTwoLayer().build()) {
      // index [t=1][y=0][x=1][z=0] = 1*4 + 0*4 + 1*2 + 0 = 6
      assertEquals(16.0, f.temperature().get(1, 0, 1, 0));
      assertEquals(0.5 + 3, f.primaryProduction().get(1, 0, 1));
      assertEquals(1, f.layerIndex(2));
      assertEquals(-1, f.layerIndex(3));
    }
  }

  @Test
  void usingAClosedSetFailsWithAClearMessage() {
    ForcingSet f = twoCellTwoLayer().build();
    f.close();
    IllegalStateException e = assertThrows(IllegalStateException.class, f::temperature);
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
  }

  @Test
  void negativeProductionIsRejectedWithItsPlace() {
    double[] pp = new double[6];
    pp[3] = -1;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> twoCellTwoLayer().primaryProduction(pp).build());
    assertTrue(e.getMessage().contains("2000-01-02") && e.getMessage().contains("-1.0"), e.getMessage());
  }
}
