package io.github.seapopym4j.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.calibration.Logbook;
import io.github.seapopym4j.calibration.MemorySeries;
import io.github.seapopym4j.calibration.PopulationEvaluator;
import io.github.seapopym4j.profile.MemorySnapshot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class CalibrationChartsTest {

  @TempDir
  Path tmp;

  /**
   * Three generations of three individuals over parameters E and L. Generation 1 is worse than
   * generation 0 (so best and best so far differ) and one of its individuals was penalised.
   */
  private Logbook logbook() throws IOException {
    Path file = tmp.resolve("logbook.csv");
    Files.writeString(file, "generation,individual,E,L,fitness,seed,wall_ms\n"
        + "0,0,0.10,0.010,4.0,1,1\n"
        + "0,1,0.20,0.020,2.0,1,1\n"
        + "0,2,0.30,0.030,6.0,1,1\n"
        + "1,0,0.25,0.040,3.0,1,1\n"
        + "1,1,0.15,0.050,5.0,1,1\n"
        + "1,2,0.35,0.060," + PopulationEvaluator.PENALTY + ",1,1\n"
        + "2,0,0.18,0.008,1.0,1,1\n"
        + "2,1,0.22,0.012,1.0,1,1\n"
        + "2,2,0.40,0.090,2.5,1,1\n");
    return Logbook.read(file);
  }

  private static List<String> names(XYChart chart) {
    return chart.getSeriesCollection().stream().map(XYSeries::getName).toList();
  }

  @Test
  void convergenceHasBestMeanAndBestSoFarPerGeneration() throws IOException {
    XYChart chart = CalibrationCharts.convergence(logbook());
    assertEquals(List.of("best", "mean", "best so far"), names(chart));
    assertArrayEquals(new double[] {0, 1, 2}, chart.getSeries("best").getXData(), 0.0);
    assertArrayEquals(new double[] {2, 3, 1}, chart.getSeries("best").getYData(), 0.0);
    // The penalised individual of generation 1 is left out of its mean: (3 + 5) / 2.
    assertArrayEquals(new double[] {4, 4, 1.5}, chart.getSeries("mean").getYData(), 1e-12);
    assertArrayEquals(new double[] {2, 2, 1}, chart.getSeries("best so far").getYData(), 0.0);
    assertTrue(chart.getStyler().isYAxisLogarithmic(), "positive fitness plots on a log axis");
  }

  @Test
  void convergenceCutsTheLogAxisAThousandTimesAboveTheHighestGenerationBest(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("logbook.csv");
    Files.writeString(file, "generation,individual,E,fitness,seed,wall_ms\n"
        + "0,0,0.1,2.0,1,1\n0,1,0.2,1e139,1,1\n1,0,0.1,0.5,1,1\n1,1,0.3,0.7,1,1\n");
    XYChart chart = CalibrationCharts.convergence(Logbook.read(file));
    assertEquals(2000.0, chart.getStyler().getYAxisMax(), 0.0);
    assertEquals(5e138, chart.getSeries("mean").getYData()[0], 1e124); // the data stay as they are
  }

  @Test
  void convergenceKeepsTheWholeRangeWhenNothingExplodes() throws IOException {
    assertEquals(null, CalibrationCharts.convergence(logbook()).getStyler().getYAxisMax());
  }

  @Test
  void convergenceOfNonPositiveFitnessUsesALinearAxis(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("logbook.csv");
    Files.writeString(file, "generation,individual,E,fitness,seed,wall_ms\n0,0,0.1,-1.0,1,1\n");
    assertFalse(CalibrationCharts.convergence(Logbook.read(file)).getStyler()
        .isYAxisLogarithmic());
  }

  @Test
  void trajectoriesFollowEachGenerationsBestIndividualRelativeToTheTruth() throws IOException {
    XYChart chart = CalibrationCharts.parameterTrajectories(logbook(), List.of("L", "E"),
        new double[] {0.01, 0.2});
    assertEquals(List.of("L", "E", "true value"), names(chart));
    // Best rows: generation 0 individual 1, generation 1 individual 0, generation 2 individual 0
    // (the first of a tie).
    assertArrayEquals(new double[] {2, 4, 0.8}, chart.getSeries("L").getYData(), 1e-12);
    assertArrayEquals(new double[] {1, 1.25, 0.9}, chart.getSeries("E").getYData(), 1e-12);
    assertArrayEquals(new double[] {1, 1, 1}, chart.getSeries("true value").getYData(), 0.0);
  }

  @Test
  void trajectoriesRejectUnknownNamesAndBadTruths() throws IOException {
    Logbook book = logbook();
    assertEquals("parameter 'X' is not in the logbook; expected one of [E, L]",
        assertThrows(IllegalArgumentException.class, () -> CalibrationCharts
            .parameterTrajectories(book, List.of("X"), new double[] {1})).getMessage());
    assertEquals("expected one true value per parameter name (at least one), but got 2 names and "
        + "1 values", assertThrows(IllegalArgumentException.class, () -> CalibrationCharts
            .parameterTrajectories(book, List.of("E", "L"), new double[] {1})).getMessage());
    assertEquals("true value of 'E' must be finite and non-zero, but was 0.0",
        assertThrows(IllegalArgumentException.class, () -> CalibrationCharts
            .parameterTrajectories(book, List.of("E"), new double[] {0})).getMessage());
  }

  @Test
  void memoryPlotsEachReportedCounterInMegabytes() {
    MemorySeries series = new MemorySeries(List.of(3L, 4L), List.of(
        new MemorySnapshot(10_000_000, 2_000_000, 50_000_000),
        new MemorySnapshot(12_000_000, 2_000_000, 51_000_000)));
    XYChart chart = CalibrationCharts.memory(series);
    assertEquals(List.of("resident", "heap", "off-heap (tracked)"), names(chart));
    assertArrayEquals(new double[] {3, 4}, chart.getSeries("heap").getXData(), 0.0);
    assertArrayEquals(new double[] {50, 51}, chart.getSeries("resident").getYData(), 1e-12);
  }

  @Test
  void memoryLeavesOutACounterThePlatformDoesNotReport() {
    MemorySeries series = new MemorySeries(List.of(0L),
        List.of(new MemorySnapshot(10_000_000, 0, -1)));
    assertEquals(List.of("heap", "off-heap (tracked)"), names(CalibrationCharts.memory(series)));
  }

  @Test
  void emptyInputsAreRejected(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("empty.csv"),
        "generation,individual,E,fitness,seed,wall_ms\n");
    assertEquals("the logbook is empty: nothing to plot", assertThrows(
        IllegalArgumentException.class, () -> CalibrationCharts.convergence(Logbook.read(file)))
        .getMessage());
    assertEquals("the memory series is empty: nothing to plot", assertThrows(
        IllegalArgumentException.class, () -> CalibrationCharts.memory(MemorySeries.empty()))
        .getMessage());
  }

  @Test
  void chartsRenderHeadlessAtTheirSize() throws IOException {
    Logbook book = logbook();
    BufferedImage c = Charts.image(CalibrationCharts.convergence(book));
    BufferedImage p = Charts.image(CalibrationCharts.parameterTrajectories(book, List.of("E", "L"),
        new double[] {0.2, 0.01}));
    BufferedImage m = Charts.image(CalibrationCharts.memory(new MemorySeries(List.of(0L, 1L),
        List.of(new MemorySnapshot(1, 2, 3), new MemorySnapshot(4, 5, 6)))));
    for (BufferedImage i : List.of(c, p, m)) {
      assertEquals(Charts.WIDTH, i.getWidth());
      assertEquals(Charts.HEIGHT, i.getHeight());
    }
  }

  @Test
  void bestSoFarByEvaluationsHasOneSeriesPerRunAndOnePointPerIndividual() throws IOException {
    XYChart chart = CalibrationCharts.bestSoFarByEvaluations(
        new java.util.LinkedHashMap<>(java.util.Map.of("ga", logbook())));
    assertEquals(List.of("ga"), names(chart));
    XYSeries s = chart.getSeries("ga");
    assertEquals(9, s.getXData().length);
    // best so far: 4, 2, 2, 2, 2, 2, 1, 1, 1
    assertEquals(2.0, s.getYData()[5]);
    assertEquals(1.0, s.getYData()[8]);
    assertTrue(chart.getStyler().isYAxisLogarithmic());
  }
}
