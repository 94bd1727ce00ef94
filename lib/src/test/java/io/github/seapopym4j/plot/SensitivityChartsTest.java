package io.github.seapopym4j.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.seapopym4j.sensitivity.DesignResult;
import io.github.seapopym4j.sensitivity.DesignRun;
import io.github.seapopym4j.sensitivity.MorrisDesign;
import io.github.seapopym4j.sensitivity.MorrisEstimator;
import io.github.seapopym4j.sensitivity.MorrisIndices;
import io.github.seapopym4j.sensitivity.SaltelliDesign;
import io.github.seapopym4j.sensitivity.SensitivityFunction;
import io.github.seapopym4j.sensitivity.SobolEstimator;
import io.github.seapopym4j.sensitivity.SobolIndices;
import io.github.seapopym4j.sensitivity.TestFunctions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;

class SensitivityChartsTest {

  private static final SensitivityFunction F = TestFunctions.ishigami();

  @Test
  void sobolBarsHaveS1AndStPerParameterWithErrorBarsCoveringTheInterval() {
    SaltelliDesign d = SaltelliDesign.of(3, 256, false, 1);
    DesignResult r = DesignRun.builder(d, F).threads(1).build().run();
    SobolIndices s = SobolEstimator.analyze(d, F.parameters(), r.column("y"), 100, 2);
    CategoryChart c = SensitivityCharts.sobolBars(s, "y");
    assertNotNull(c.getSeries("ST"));
    double err = c.getSeries("S1").getExtraValues()[0];
    double v = s.firstOrder().get(0).value();
    assertEquals(Math.max(v - s.firstOrder().get(0).low(), s.firstOrder().get(0).high() - v), err,
        1e-15);
    assertNotNull(Charts.image(c));
  }

  @Test
  void morrisPlaneHasOnePointPerParameterAtMuStarAndSigma() {
    MorrisDesign d = MorrisDesign.of(3, 20, 4, 1);
    DesignResult r = DesignRun.builder(d, F).threads(1).build().run();
    MorrisIndices m = MorrisEstimator.analyze(d, F.parameters(), r.column("y"), 0, 2);
    XYChart c = SensitivityCharts.morrisPlane(m, "y");
    assertNotNull(c.getSeries("sigma = mu*"));
    assertArrayEquals(new double[] {m.muStar().get(1).value()},
        c.getSeries("x2").getXData(), 0);
    assertArrayEquals(new double[] {m.sigma().get(1)}, c.getSeries("x2").getYData(), 0);
    assertNotNull(Charts.image(c));
  }

  @Test
  void convergenceHasOnePointPerSampleSize() {
    SaltelliDesign d = SaltelliDesign.of(3, 1024, false, 1);
    DesignResult r = DesignRun.builder(d, F).threads(1).build().run();
    Map<Integer, SobolIndices> byN = new LinkedHashMap<>();
    for (int n = 64; n <= 1024; n *= 2) {
      byN.put(n, SobolEstimator.analyze(d, F.parameters(), r.column("y"), n, 0, 2));
    }
    XYChart c = SensitivityCharts.convergence(byN, true, "y");
    assertArrayEquals(new double[] {64, 128, 256, 512, 1024},
        c.getSeries("x1").getXData(), 0);
    assertEquals(byN.get(1024).totalOrder().get(0).value(),
        c.getSeries("x1").getYData()[4], 0);
    assertFalse(c.getStyler().isXAxisLogarithmicDecadeOnly(),
        "N spans less than two decades: ticks between powers of ten are labelled too");
    assertNotNull(Charts.image(c));
  }
}
