package io.github.seapopym4j.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MorrisEstimatorTest {

  @Test
  void muStarRanksTheGFunctionCoefficientsSmallerCoefficientMoreImportant() {
    double[] a = {0, 1, 4.5, 9, 99, 99, 99, 99};
    SensitivityFunction f = TestFunctions.sobolG(a);
    MorrisDesign d = MorrisDesign.of(8, 100, 4, 7);
    DesignResult r = DesignRun.builder(d, f).threads(2).build().run();
    MorrisIndices m = MorrisEstimator.analyze(d, f.parameters(), r.column("y"), 500, 8);
    for (int i = 0; i < 3; i++) {
      assertTrue(m.muStar().get(i).value() > m.muStar().get(i + 1).value(),
          "mu* of x" + (i + 1) + " > x" + (i + 2) + ": " + m.muStar());
    }
    for (int i = 4; i < 8; i++) {
      assertTrue(m.muStar().get(3).value() > m.muStar().get(i).value(), "x4 above x" + (i + 1));
      assertTrue(m.muStar().get(i).covers(m.muStar().get(i).value()));
    }
  }

  @Test
  void aLinearFunctionHasElementaryEffectsEqualToItsSlopesInUnitCoordinates() {
    // f = 3 x1 - 2 x2 on [0, 2]^2: EE in unit coordinates = slope × range; σ = 0.
    SensitivityFunction f = TestFunctions.of("linear", 2, 0, 2, x -> 3 * x[0] - 2 * x[1]);
    MorrisDesign d = MorrisDesign.of(2, 10, 4, 1);
    DesignResult r = DesignRun.builder(d, f).threads(1).build().run();
    MorrisIndices m = MorrisEstimator.analyze(d, f.parameters(), r.column("y"), 0, 1);
    assertEquals(6, m.mu().get(0), 1e-12);
    assertEquals(-4, m.mu().get(1), 1e-12);
    assertEquals(4, m.muStar().get(1).value(), 1e-12);
    assertEquals(0, m.sigma().get(0), 1e-12);
  }

  @Test
  void pointsStayOnTheGridAndEachStepMovesOneParameterByDelta() {
    MorrisDesign d = MorrisDesign.of(3, 5, 4, 3);
    assertEquals(4 / 6.0, d.delta(), 1e-15);
    double[] prev = new double[3];
    double[] cur = new double[3];
    for (int t = 0; t < 5; t++) {
      d.unitPoint(t * 4, prev);
      for (int s = 1; s <= 3; s++) {
        d.unitPoint(t * 4 + s, cur);
        int changed = 0;
        for (int i = 0; i < 3; i++) {
          assertTrue(cur[i] >= 0 && cur[i] <= 1 + 1e-12, Arrays.toString(cur));
          if (cur[i] != prev[i]) {
            changed++;
            assertEquals(d.delta(), Math.abs(cur[i] - prev[i]), 1e-12);
          }
        }
        assertEquals(1, changed);
        System.arraycopy(cur, 0, prev, 0, 3);
      }
    }
  }

  @Test
  void campolongoSelectionSpreadsTheTrajectoriesMoreThanTheFirstR() {
    MorrisDesign first = MorrisDesign.of(4, 10, 4, 0, 5);
    MorrisDesign chosen = MorrisDesign.of(4, 10, 4, 100, 5);
    assertTrue(spread(chosen) > spread(first), spread(chosen) + " vs " + spread(first));
    // still ranks the G coefficients
    double[] a = {0, 1, 9, 99};
    SensitivityFunction f = TestFunctions.sobolG(a);
    MorrisDesign d = MorrisDesign.of(4, 40, 4, 200, 7);
    MorrisIndices m = MorrisEstimator.analyze(d, f.parameters(),
        DesignRun.builder(d, f).threads(1).build().run().column("y"), 0, 1);
    for (int i = 0; i < 3; i++) {
      assertTrue(m.muStar().get(i).value() > m.muStar().get(i + 1).value(), m.muStar().toString());
    }
  }

  /** Σ over pairs of trajectories of d², Campolongo's objective. */
  private static double spread(MorrisDesign d) {
    int k = d.parameters();
    double[][] u = new double[k][d.size()];
    double[] p = new double[k];
    for (int i = 0; i < d.size(); i++) {
      d.unitPoint(i, p);
      for (int q = 0; q < k; q++) {
        u[q][i] = p[q];
      }
    }
    double s = 0;
    for (int a = 0; a < d.trajectories(); a++) {
      for (int b = a + 1; b < d.trajectories(); b++) {
        double dist = TrajectorySpread.distance(u, k, a, b);
        s += dist * dist;
      }
    }
    return s;
  }

  @Test
  void oddLevelsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> MorrisDesign.of(3, 5, 5, 1));
  }
}
