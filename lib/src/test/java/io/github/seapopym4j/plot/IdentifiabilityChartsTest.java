package io.github.seapopym4j.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
  void aDomainOfOtherParametersIsRejected() {
    Domain d = new Domain(List.of("E", "X"), new double[] {0, 0}, new double[] {1, 1});
    assertEquals("the domain's parameters [E, X] are not the report's [E, L]", assertThrows(
        IllegalArgumentException.class, () -> IdentifiabilityCharts.profiles(REPORT, d))
        .getMessage());
  }
}
