package io.github.seapopym4j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BiomassTest {

  @Test
  void explicitStepsFromZero() {
    // B0 = 0 + 2·1 = 2; B1 = 2 + 2 − 2·0.5·2 = 2; B2 = 2 + 0 − 2 = 0
    double b0 = Biomass.explicitStep(0, 1, 0.5, 2.0);
    double b1 = Biomass.explicitStep(b0, 1, 0.5, 2.0);
    double b2 = Biomass.explicitStep(b1, 0, 0.5, 2.0);
    assertEquals(2.0, b0, 0.0);
    assertEquals(2.0, b1, 0.0);
    assertEquals(0.0, b2, 0.0);
  }

  @Test
  void implicitStepsFromZero() {
    // B0 = 2 / 2 = 1; B1 = (1 + 2) / 2 = 1.5
    double b0 = Biomass.implicitStep(0, 1, 0.5, 2.0);
    assertEquals(1.0, b0, 0.0);
    assertEquals(1.5, Biomass.implicitStep(b0, 1, 0.5, 2.0), 0.0);
  }

  // 1e-12 relative: both schemes converge geometrically to R/λ, 2000 steps leave ~1e-40.
  @Test
  void bothSchemesReachTheSteadyStateRecruitmentOverMortality() {
    double b = 0;
    double c = 0;
    for (int t = 0; t < 2000; t++) {
      b = Biomass.explicitStep(b, 0.3, 0.05, 1);
      c = Biomass.implicitStep(c, 0.3, 0.05, 1);
    }
    assertEquals(6.0, b, 6e-12);
    assertEquals(6.0, c, 6e-12);
  }

  @Test
  void explicitSchemeOscillatesBeyondDtLambdaTwo() {
    // dt·λ = 3: B1 = B0 + 0 − 3·B0 = −2·B0, as upstream (no clipping)
    assertEquals(-2.0, Biomass.explicitStep(1.0, 0.0, 3.0, 1.0), 0.0);
  }
}
