package io.github.seapopym4j.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.DoubleBuffer;
import org.junit.jupiter.api.Test;

class BiomassTest {

  @Test
  void explicitStepsFromZero() {
    DoubleBuffer r = DoubleBuffer.wrap(new double[] {1, 1, 0});
    DoubleBuffer l = DoubleBuffer.wrap(new double[] {0.5, 0.5, 0.5});
    DoubleBuffer out = DoubleBuffer.allocate(3);
    Biomass.explicitInto(3, 1, 2.0, r, l, out);
    // B0 = 0 + 2·1 = 2; B1 = 2 + 2 − 2·0.5·2 = 2; B2 = 2 + 0 − 2 = 0
    assertArrayEquals(new double[] {2, 2, 0}, out.array(), 0.0);
  }

  @Test
  void implicitStepsFromZero() {
    DoubleBuffer r = DoubleBuffer.wrap(new double[] {1, 1});
    DoubleBuffer l = DoubleBuffer.wrap(new double[] {0.5, 0.5});
    DoubleBuffer out = DoubleBuffer.allocate(2);
    Biomass.implicitInto(2, 1, 2.0, r, l, out);
    // B0 = 2 / 2 = 1; B1 = (1 + 2) / 2 = 1.5
    assertArrayEquals(new double[] {1, 1.5}, out.array(), 0.0);
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
  void cellsAreIndependent() {
    DoubleBuffer r = DoubleBuffer.wrap(new double[] {1, 0, 1, 0}); // [time 2, cell 2]
    DoubleBuffer l = DoubleBuffer.wrap(new double[] {0, 0, 0, 0});
    DoubleBuffer out = DoubleBuffer.allocate(4);
    Biomass.explicitInto(2, 2, 1.0, r, l, out);
    assertArrayEquals(new double[] {1, 0, 2, 0}, out.array(), 0.0);
  }
}
