package io.github.seapopym4j.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.sweep.Axis;
import io.github.seapopym4j.sweep.Chunk;
import io.github.seapopym4j.sweep.GridSlice;
import io.github.seapopym4j.sweep.SweepMeasure;
import io.github.seapopym4j.sweep.Sweep;
import io.github.seapopym4j.sweep.SweepFunction;
import io.github.seapopym4j.sweep.SweepPlan;
import io.github.seapopym4j.sweep.SweepResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;

class SweepChartsTest {

  /** m = x + 10·y + 100·z over x ∈ {1, 2, 3}, y ∈ {0.5, 1.5}, z ∈ {0, 1}; NaN at x = 3, y = 1.5. */
  private static SweepResult sweep() {
    SweepFunction kernel = new SweepFunction() {
      @Override
      public List<SweepMeasure> metrics() {
        return List.of(SweepMeasure.real("m", ""));
      }

      @Override
      public void evaluate(Chunk chunk) {
        for (int c = chunk.from(); c < chunk.to(); c++) {
          double x = chunk.value(0, c);
          double y = chunk.value(1, c);
          chunk.set(0, c, x == 3 && y == 1.5 ? Double.NaN : x + 10 * y + 100 * chunk.value(2, c));
        }
      }

      @Override
      public String describe() {
        return "linear";
      }
    };
    SweepPlan plan = SweepPlan.grid(Axis.of("x", 1, 2, 3), Axis.of("y", 0.5, 1.5),
        Axis.of("z", 0, 1));
    return Sweep.builder(plan, kernel).threads(1).build().run();
  }

  @Test
  void heatmapOfASliceHasOneCellPerValueAndTheFixedAxisInItsTitle() {
    HeatMapChart chart = SweepCharts.heatmap(sweep(), "m", "x", "y", Map.of("z", 1.0));
    var series = chart.getHeatMapSeries();
    assertEquals("m", series.getName());
    assertEquals(List.of("1", "2", "3"), series.getXData());
    assertEquals(List.of("0.5", "1.5"), series.getYData());
    assertEquals(5, series.getHeatData().size(), "6 cells, one NaN left out");
    Number[] first = series.getHeatData().get(0);
    assertEquals(List.of(0, 0, 106.0), List.of(first[0], first[1], first[2]));
    assertEquals("m over x × y at z = 1.0", chart.getTitle());
    assertEquals(Charts.WIDTH, Charts.image(chart).getWidth());
  }

  @Test
  void heatmapAlongOtherAxesTransposesTheSlice() {
    HeatMapChart chart = SweepCharts.heatmap(sweep(), "m", "z", "x", Map.of("y", 0.5));
    var series = chart.getHeatMapSeries();
    assertEquals(List.of("0", "1"), series.getXData());
    assertEquals(6, series.getHeatData().size());
    boolean found = false;
    for (Number[] n : series.getHeatData()) {
      found |= n[0].equals(1) && n[1].equals(2) && n[2].equals(108.0);
    }
    assertTrue(found, "z = 1 (column 1), x = 3 (row 2): 3 + 5 + 100");
  }

  @Test
  void landscapePlacesTheKnownValuesBetweenCellsInProportion() {
    double[] grid = {0.5, 1.5, 3.5};
    assertEquals(0.0, SweepCharts.position("y", grid, 0.5), 0.0);
    assertEquals(0.5, SweepCharts.position("y", grid, 1.0), 1e-12);
    assertEquals(1.25, SweepCharts.position("y", grid, 2.0), 1e-12);
    assertEquals(2.0, SweepCharts.position("y", grid, 3.5), 0.0);
    var e = assertThrows(IllegalArgumentException.class,
        () -> SweepCharts.position("y", grid, 4.0));
    assertEquals("axis y: the known value must lie in [0.5, 3.5], but was 4.0", e.getMessage());
  }

  @Test
  void landscapeIsTheHeatmapWithItsMarksAndUnit() {
    var slice = GridSlice.of(sweep(), "m", "x", "y", Map.of("z", 0.0));
    HeatMapChart chart = SweepCharts.landscape(slice, "g m⁻²", 2, 1.0);
    assertEquals(5, chart.getHeatMapSeries().getHeatData().size());
    assertEquals(Charts.WIDTH, Charts.image(chart).getWidth());
  }
}
