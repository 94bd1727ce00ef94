package io.github.seapopym4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FunctionalGroupTest {

  private static final FunctionalGroup G = TestForcings.epipelagic();

  private static String message(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void eachInvalidParameterIsNamedWithUnitRangeAndValue() {
    assertEquals("functional group 'D1N1': energy_transfert [dimensionless] must be [0, 1], but was 1.5",
        message(() -> G.withEnergyTransfert(1.5)));
    assertEquals("functional group 'D1N1': energy_transfert [dimensionless] must be [0, 1], but was -0.1",
        message(() -> G.withEnergyTransfert(-0.1)));
    assertEquals("functional group 'D1N1': lambda_temperature_0 [1/day] must be > 0, but was 0.0",
        message(() -> G.withLambdaTemperature0(0)));
    assertEquals("functional group 'D1N1': gamma_lambda_temperature [1/degC] must be finite, but was NaN",
        message(() -> G.withGammaLambdaTemperature(Double.NaN)));
    assertEquals("functional group 'D1N1': tr_0 [day] must be > 0, but was -1.0",
        message(() -> G.withTr0(-1)));
    assertEquals("functional group 'D1N1': gamma_tr [1/degC] must be < 0, but was 0.1",
        message(() -> G.withGammaTr(0.1)));
    assertEquals("functional group name must not be blank, but was ' '", message(() -> G.withName(" ")));
  }

  @Test
  void cohortCountIsCeilTr0OverDt() {
    assertEquals(11, G.cohortCount(1));
    assertEquals(2, G.cohortCount(7));
  }
}
