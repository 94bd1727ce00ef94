package io.github.seapopym4j.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.model.TestOutput;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class ModelChartsTest {

  /**
   * 4 days, 2 latitudes (20.5, 21.5) × 3 longitudes (150.5, 151.5, 152.5), two groups.
   * Biomass = 100·g + 10·y + x + t, except cell (1, 2), which was not simulated (NaN).
   */
  private static final TestOutput OUT = TestOutput.named(List.of("D1N1", "D2N1"), 4,
      new double[] {20.5, 21.5}, new double[] {150.5, 151.5, 152.5},
      (g, t, y, x) -> y == 1 && x == 2 ? Double.NaN : 100 * g + 10 * y + x + t);

  @Test
  void biomassSeriesHasOneSeriesPerGroupWithTheCellValues() {
    XYChart chart = ModelCharts.biomassSeries(OUT, 1, 0);
    assertEquals(List.of("D1N1", "D2N1"),
        chart.getSeriesCollection().stream().map(XYSeries::getName).toList());
    assertArrayEquals(new double[] {110, 111, 112, 113}, chart.getSeries("D2N1").getYData(), 0.0);
    assertEquals("Biomass at 21.50°N 150.50°E", chart.getTitle());
  }

  @Test
  void meanBiomassIsTheTimeMeanPerCellAndNaNOutsideTheSelection() {
    double[][] mean = ModelCharts.meanBiomass(OUT, 1);
    // mean over t = 0..3 of (100 + 10y + x + t) = 101.5 + 10y + x.
    assertArrayEquals(new double[] {101.5, 102.5, 103.5}, mean[0], 1e-12);
    assertEquals(112.5, mean[1][1], 1e-12);
    assertTrue(Double.isNaN(mean[1][2]), "cell outside the selection: " + mean[1][2]);
  }

  @Test
  void meanBiomassMapHoldsOneCellPerValueWithLongitudeAcrossAndLatitudeUp() {
    HeatMapChart chart = ModelCharts.meanBiomassMap(OUT, 0);
    var series = chart.getHeatMapSeries();
    assertEquals("D1N1", series.getName());
    assertEquals(List.of("150.5", "151.5", "152.5"), series.getXData());
    assertEquals(List.of("20.5", "21.5"), series.getYData());
    assertEquals(5, series.getHeatData().size(), "6 cells, one NaN left out");
    Number[] last = series.getHeatData().get(4);
    assertEquals(List.of(1, 1, 12.5), List.of(last[0], last[1], last[2]));
  }

  @Test
  void aCellWithZeroBiomassAtEveryStepIsBlankOnTheMapButZeroInTheMeans() {
    TestOutput withLand = TestOutput.named(List.of("D1N1"), 3, new double[] {0.5},
        new double[] {0.5, 1.5}, (g, t, y, x) -> x == 1 ? 0 : t);
    assertArrayEquals(new double[] {1, 0}, ModelCharts.meanBiomass(withLand, 0)[0], 0.0);
    var heat = ModelCharts.meanBiomassMap(withLand, 0).getHeatMapSeries().getHeatData();
    assertEquals(1, heat.size(), "only the sea cell is drawn");
    Number[] sea = heat.get(0);
    assertEquals(List.of(0, 0, 1.0), List.of(sea[0], sea[1], sea[2]));
  }

  @Test
  void chartsRenderHeadless() {
    BufferedImage series = Charts.image(ModelCharts.biomassSeries(OUT, 0, 0));
    BufferedImage map = Charts.image(ModelCharts.meanBiomassMap(OUT, 1));
    assertEquals(Charts.WIDTH, series.getWidth());
    assertEquals(Charts.WIDTH, map.getWidth());
  }

  @Test
  void aMapOfOnlyNaNStillRenders() {
    TestOutput blank = TestOutput.named(List.of("D1N1"), 2, new double[] {0.5}, new double[] {0.5},
        (g, t, y, x) -> Double.NaN);
    assertEquals(Charts.WIDTH, Charts.image(ModelCharts.meanBiomassMap(blank, 0)).getWidth());
  }

  @Test
  void badIndicesAreRejectedWithTheAxisAndItsSize() {
    var e = assertThrows(IndexOutOfBoundsException.class, () -> ModelCharts.biomassSeries(OUT, 0, 3));
    assertEquals("longitude index must be in [0, 3), but was 3", e.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> ModelCharts.meanBiomassMap(OUT, 2));
  }
}
