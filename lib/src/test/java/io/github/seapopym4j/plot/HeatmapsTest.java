package io.github.seapopym4j.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeatmapsTest {

  @Test
  void valuesAreDrawnToFourSignificantDigits() {
    assertEquals(0.09318, Heatmaps.fourDigits(0.09317729418313359));
    assertEquals(2815.0, Heatmaps.fourDigits(2815.3381974287974));
    assertEquals(0.0, Heatmaps.fourDigits(0.0));
    assertEquals(Double.NaN, Heatmaps.fourDigits(Double.NaN));
  }

  @Test
  void labelsDropTrailingZerosAndRoundingNoise() {
    assertEquals(List.of("0.15", "-158", "0.0070001", "0"),
        Heatmaps.labels(new double[] {0.15000000000000002, -158.0, 0.00700010000001, 0}));
  }

  @Test
  void aGridOfTheWrongShapeIsRejectedWithBothSizes() {
    var chart = Heatmaps.chart("t", "x", "y");
    var rows = assertThrows(IllegalArgumentException.class, () -> Heatmaps.addGrid(chart, "m",
        List.of("a", "b"), List.of("c"), new double[2][2]));
    assertEquals("heat map needs 1 rows (one per y label), but had 2", rows.getMessage());
    var cols = assertThrows(IllegalArgumentException.class, () -> Heatmaps.addGrid(chart, "m",
        List.of("a", "b"), List.of("c"), new double[1][3]));
    assertEquals("heat map row 0 needs 2 values (one per x label), but had 3", cols.getMessage());
  }
}
