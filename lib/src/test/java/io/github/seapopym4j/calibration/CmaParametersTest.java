package io.github.seapopym4j.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CmaParametersTest {

  /**
   * Reference numbers: pycma 4.4.0, {@code CMAEvolutionStrategy(10 * [0], 1).sp} (weights, mueff,
   * c1, cmu, cc). Tolerance 1e-12: the same formulas in double precision.
   */
  @Test
  void weightsAndLearningRatesMatchPycmaForDimensionTen() {
    CmaParameters p = new CmaParameters(10, 10);
    assertEquals(5, p.mu);
    assertArrayEquals(new double[] {0.45627264690340597, 0.2707530970017852, 0.16223111715866978,
        0.08523354710016448, 0.025509591835974777, -0.08001260758087224, -0.22176416099914653,
        -0.34455494178482093, -0.45286408637842196, -0.5497499176973853}, p.weights, 1e-12);
    assertEquals(3.1672992814107017, p.mueff, 1e-12);
    assertEquals(0.015283824524751714, p.c1, 1e-12);
    assertEquals(0.02355177665041747, p.cmu, 1e-12);
    assertEquals(0.29499038303562225, p.cc, 1e-12);
  }

  @Test
  void stepSizeParametersFollowTheTutorial() {
    CmaParameters p = new CmaParameters(10, 10);
    double cs = (p.mueff + 2) / (10 + p.mueff + 5);
    assertEquals(cs, p.cs, 1e-15);
    assertEquals(1 + cs, p.damps, 1e-15, "max(0, sqrt((mueff-1)/11) - 1) = 0 for mueff 3.17");
    assertEquals(Math.sqrt(10) * (1 - 1 / 40.0 + 1 / 2100.0), p.chiN, 1e-15);
  }

  /** pycma 4.4.0's weights for n = 2 (λ 6), where the positive-definiteness limit binds. */
  @Test
  void negativeWeightsAreLimitedAsPycmaLimitsThemInTwoDimensions() {
    CmaParameters p = new CmaParameters(2, 6);
    assertArrayEquals(new double[] {0.6370425712412168, 0.28457025743803294, 0.07838717132075033,
        -0.28638378259655295, -0.7649580940851277, -1.1559817781589212}, p.weights, 1e-12);
    assertEquals(0.05147721261104786, p.c1 + p.cmu * p.weightSum(), 1e-12,
        "C decays a little without selection");
  }

  @Test
  void activeWeightsGiveZeroDecayOfTheCovarianceWhenNoLimitBinds() {
    // Tutorial: the negative weights sum to -(1 + c1/cmu), so that c1 + cmu * sum(w) = 0.
    for (int n : new int[] {5, 10, 40}) {
      CmaParameters p = new CmaParameters(n, 4 + (int) Math.floor(3 * Math.log(n)));
      assertEquals(1, Arrays.stream(p.weights, 0, p.mu).sum(), 1e-12);
      assertEquals(0, p.c1 + p.cmu * p.weightSum(), 1e-12, "n = " + n);
    }
  }
}
