package io.github.seapopym4j.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.space.Domain;
import io.github.seapopym4j.calibration.IdentifiabilityReport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class IdentifiabilityChartsTest {

  static final IdentifiabilityReport REPORT = new IdentifiabilityReport(List.of("E", "L"),
      new double[][] {{1, 0.5}, {0.5, 1}},
      List.of(new IdentifiabilityReport.Profile("E", List.of(new double[] {0, 3},
              new double[] {0.25, 1}, new double[] {0.5, 2})),
          new IdentifiabilityReport.Profile("L", List.of(new double[] {10, 1},
              new double[] {20, 1.5}))),
      List.of(), List.of());

  @Test
  void profilesPutEveryParameterOnThePositionInItsRange() {
    Domain d = new Domain(List.of("E", "L"), new double[] {0, 10}, new double[] {0.5, 20});
    XYChart chart = IdentifiabilityCharts.profiles(REPORT, d);
    XYSeries e = chart.getSeries("E");
    XYSeries l = chart.getSeries("L");
    assertEquals(0.5, e.getXData()[1], 1e-15);
    assertEquals(1.0, l.getXData()[1], 1e-15);
    assertEquals(1.0, e.getYData()[1], 1e-15);
  }

  @Test
  void anUnstableCornerCostingAstronomicallyIsLeftOutAndTheValleysShowOnALogAxis() {
    IdentifiabilityReport blowUp = new IdentifiabilityReport(List.of("E"), new double[][] {{1}},
        List.of(new IdentifiabilityReport.Profile("E", List.of(new double[] {0, 0.2},
            new double[] {0.25, 0.1}, new double[] {0.5, 3e133}, new double[] {0.75, 0},
            new double[] {0.6, 0.1e6}))),
        List.of(), List.of());
    Domain d = new Domain(List.of("E"), new double[] {0}, new double[] {0.75});
    // lowest cost 0.1: six decades reach 1e5
    XYChart chart = IdentifiabilityCharts.profiles(blowUp, d);
    assertTrue(chart.getStyler().isYAxisLogarithmic());
    double[] y = chart.getSeries("E").getYData();
    assertEquals(0.2, y[0], 0);
    assertTrue(Double.isNaN(y[2]), "3e133 is 134 decades above the valley: left out");
    assertTrue(Double.isNaN(y[3]), "a cost of 0 has no place on a log axis: left out");
    assertEquals(1e5, y[4], 0, "six decades above the lowest cost: shown");
  }

  @Test
  void aDomainOfOtherParametersIsRejected() {
    Domain d = new Domain(List.of("E", "X"), new double[] {0, 0}, new double[] {1, 1});
    assertEquals("the domain's parameters [E, X] are not the report's [E, L]", assertThrows(
        IllegalArgumentException.class, () -> IdentifiabilityCharts.profiles(REPORT, d))
        .getMessage());
  }
}
