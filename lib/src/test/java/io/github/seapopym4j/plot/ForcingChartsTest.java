package io.github.seapopym4j.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.forcing.ForcingSet;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class ForcingChartsTest {

  private static final int DAYS = 5;
  private static ForcingSet forcings;

  /**
   * 5 days × 2 latitudes (-10.5, 20.5) × 1 longitude (150.5) × 3 layers (labels 1, 2, 3).
   * Temperature = 100·lat index + 10·layer + day; layer 3 is missing (NaN) at latitude index 1.
   * Production = 0.5·day + lat index; latitude index 1 is land on day 2 (NaN).
   */
  @BeforeAll
  static void forcings() {
    double[] t = new double[DAYS * 2 * 3];
    double[] pp = new double[DAYS * 2];
    for (int d = 0; d < DAYS; d++) {
      for (int y = 0; y < 2; y++) {
        for (int k = 0; k < 3; k++) {
          t[(d * 2 + y) * 3 + k] = (y == 1 && k == 2) ? Double.NaN : 100 * y + 10 * (k + 1) + d;
        }
        pp[d * 2 + y] = (y == 1 && d == 2) ? Double.NaN : 0.5 * d + y;
      }
    }
    forcings = ForcingSet.builder().daily(LocalDate.of(2000, 1, 1), DAYS)
        .latitude(-10.5, 20.5).longitude(150.5).layers(1, 2, 3)
        .temperature(t).primaryProduction(pp).build();
  }

  @AfterAll
  static void close() {
    forcings.close();
  }

  private static List<String> seriesNames(XYChart chart) {
    return chart.getSeriesCollection().stream().map(XYSeries::getName).toList();
  }

  @Test
  void temperatureByLayerHasOneSeriesPerLayerInLayerOrder() {
    XYChart chart = ForcingCharts.temperatureByLayer(forcings, 0, 0);
    assertEquals(List.of("layer 1", "layer 2", "layer 3"), seriesNames(chart));
    assertArrayEquals(new double[] {20, 21, 22, 23, 24},
        chart.getSeries("layer 2").getYData(), 0.0);
  }

  @Test
  void temperatureOfAMissingLayerIsAGapNotAValue() {
    XYChart chart = ForcingCharts.temperatureByLayer(forcings, 1, 0);
    XYSeries missing = chart.getSeries("layer 3");
    for (double v : missing.getYData()) {
      assertTrue(Double.isNaN(v), "missing layer must plot as a gap (NaN), but was " + v);
    }
  }

  @Test
  void primaryProductionHasOneSeriesWithTheCellValues() {
    XYChart chart = ForcingCharts.primaryProduction(forcings, 1, 0);
    assertEquals(List.of("primary production"), seriesNames(chart));
    double[] y = chart.getSeries("primary production").getYData();
    assertEquals(1.0, y[0], 0.0);
    assertTrue(Double.isNaN(y[2]), "land day must be a gap, but was " + y[2]);
    assertEquals(3.0, y[4], 0.0);
  }

  @Test
  void titlesNameTheCellInDegrees() {
    assertEquals("Primary production at 10.50°S 150.50°E",
        ForcingCharts.primaryProduction(forcings, 0, 0).getTitle());
    assertTrue(ForcingCharts.temperatureByLayer(forcings, 1, 0).getTitle().endsWith("20.50°N 150.50°E"));
  }

  @Test
  void chartsRenderHeadlessAtTheirSize() {
    BufferedImage t = Charts.image(ForcingCharts.temperatureByLayer(forcings, 1, 0));
    BufferedImage pp = Charts.image(ForcingCharts.primaryProduction(forcings, 1, 0));
    assertEquals(Charts.WIDTH, t.getWidth());
    assertEquals(Charts.HEIGHT, pp.getHeight());
  }

  @Test
  void aCellOutsideTheGridIsRejectedWithTheAxisAndItsSize() {
    var lat = assertThrows(IndexOutOfBoundsException.class,
        () -> ForcingCharts.temperatureByLayer(forcings, 2, 0));
    assertEquals("latitude index must be in [0, 2), but was 2", lat.getMessage());
    var lon = assertThrows(IndexOutOfBoundsException.class,
        () -> ForcingCharts.primaryProduction(forcings, 0, -1));
    assertEquals("longitude index must be in [0, 1), but was -1", lon.getMessage());
  }
}
