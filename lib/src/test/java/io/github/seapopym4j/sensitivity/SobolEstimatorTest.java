package io.github.seapopym4j.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SobolEstimatorTest {

  private static SobolIndices analyze(SensitivityFunction f, int n, boolean second, long seed,
      int resamples) {
    SaltelliDesign d = SaltelliDesign.of(f.parameters().size(), n, second, seed);
    DesignResult r = DesignRun.builder(d, f).threads(2).build().run();
    return SobolEstimator.analyze(d, f.parameters(), r.column("y"), resamples, seed + 1);
  }

  @Test
  void ishigamiIndicesAreWithin0_02OfTheAnalyticValuesAtN2to14() {
    // Analytic (a = 7, b = 0.1): S1 = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437.
    double[] s1 = {0.3139, 0.4424, 0};
    double[] st = {0.5576, 0.4424, 0.2437};
    double[] s1Exact = AnalyticIndices.ishigamiFirstOrder();
    double[] stExact = AnalyticIndices.ishigamiTotalOrder();
    SobolIndices s = analyze(TestFunctions.ishigami(), 1 << 14, false, 42, 0);
    for (int i = 0; i < 3; i++) {
      assertEquals(s1[i], s1Exact[i], 5e-5);
      assertEquals(st[i], stExact[i], 5e-5);
      assertEquals(s1[i], s.firstOrder().get(i).value(), 0.02, "S1 of x" + (i + 1));
      assertEquals(st[i], s.totalOrder().get(i).value(), 0.02, "ST of x" + (i + 1));
    }
  }

  @Test
  void ishigamiSecondOrderFindsTheX1X3InteractionWithin0_03() {
    // S13 = V13 / V = ST3 = 0.2437; S12 = S23 = 0.
    SobolIndices s = analyze(TestFunctions.ishigami(), 1 << 14, true, 3, 0);
    assertTrue(s.hasSecondOrder());
    assertEquals(0.2437, s.secondOrder().get(0).get(2).value(), 0.03);
    assertEquals(0, s.secondOrder().get(0).get(1).value(), 0.03);
    assertEquals(0, s.secondOrder().get(1).get(2).value(), 0.03);
    assertTrue(Double.isNaN(s.secondOrder().get(2).get(0).value()), "only a < b is estimated");
  }

  @Test
  void sobolGIndicesAreWithin0_02OfTheAnalyticValues() {
    double[] a = {0, 1, 4.5, 9, 99, 99, 99, 99};
    double[] s1Exact = AnalyticIndices.sobolGFirstOrder(a);
    double[] stExact = AnalyticIndices.sobolGTotalOrder(a);
    SobolIndices s = analyze(TestFunctions.sobolG(a), 1 << 14, false, 11, 0);
    for (int i = 0; i < a.length; i++) {
      assertEquals(s1Exact[i], s.firstOrder().get(i).value(), 0.02, "S1 of x" + (i + 1));
      assertEquals(stExact[i], s.totalOrder().get(i).value(), 0.02, "ST of x" + (i + 1));
    }
  }

  @Test
  void anAdditiveFunctionHasFirstOrderEqualToTotalOrder() {
    // f = x1 + 2 x2 + 3 x3 on [0,1]^3: S_i = c_i^2 / 14 = ST_i (no interactions).
    SensitivityFunction f = TestFunctions.of("additive", 3, 0, 1, x -> x[0] + 2 * x[1] + 3 * x[2]);
    SobolIndices s = analyze(f, 1 << 12, false, 5, 0);
    double[] exact = {1 / 14.0, 4 / 14.0, 9 / 14.0};
    for (int i = 0; i < 3; i++) {
      assertEquals(s.firstOrder().get(i).value(), s.totalOrder().get(i).value(), 0.01);
      assertEquals(exact[i], s.totalOrder().get(i).value(), 0.01);
    }
  }

  @Test
  void bootstrapIntervalsCoverTheAnalyticValuesInAtLeast90PercentOf50Repetitions() {
    double[] s1 = AnalyticIndices.ishigamiFirstOrder();
    double[] st = AnalyticIndices.ishigamiTotalOrder();
    int[] covered = new int[6];
    for (int rep = 0; rep < 50; rep++) {
      SobolIndices s = analyze(TestFunctions.ishigami(), 1 << 10, false, 1000 + rep, 200);
      for (int i = 0; i < 3; i++) {
        covered[i] += s.firstOrder().get(i).covers(s1[i]) ? 1 : 0;
        covered[3 + i] += s.totalOrder().get(i).covers(st[i]) ? 1 : 0;
      }
    }
    for (int c = 0; c < 6; c++) {
      assertTrue(covered[c] >= 45, (c < 3 ? "S1" : "ST") + " of x" + (c % 3 + 1) + " covered in "
          + covered[c] + " of 50 repetitions");
    }
  }

  @Test
  void aSampleCountThatIsNotAPowerOfTwoIsRefusedNamingTheNearestOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SaltelliDesign.of(3, 1000, false, 1));
    assertTrue(e.getMessage().contains("512 (2^9) or 1,024 (2^10)"), e.getMessage());
  }

  @Test
  void fewerThanTwoParametersAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SaltelliDesign.of(1, 1024, false, 1));
    assertTrue(e.getMessage().contains("at least 2 free parameters"), e.getMessage());
  }

  @Test
  void theDesignHasKPlus2PointsPerRowAndAbMatricesMixAAndB() {
    SaltelliDesign d = SaltelliDesign.of(3, 8, true, 9);
    assertEquals(8 * 8, d.size());
    double[] a = new double[3];
    double[] b = new double[3];
    double[] ab2 = new double[3];
    double[] ba2 = new double[3];
    d.unitPoint(5 * 8, a);
    d.unitPoint(5 * 8 + 7, b);
    d.unitPoint(5 * 8 + 2, ab2);
    d.unitPoint(5 * 8 + 5, ba2);
    assertEquals(List.of(a[0], b[1], a[2]), List.of(ab2[0], ab2[1], ab2[2]));
    assertEquals(List.of(b[0], a[1], b[2]), List.of(ba2[0], ba2[1], ba2[2]));
    assertEquals("5,AB2", d.labels(5 * 8 + 2));
    assertEquals("5,BA2", d.labels(5 * 8 + 5));
  }
}
