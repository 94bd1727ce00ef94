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
  void builderSetsEachParameterByName() {
    FunctionalGroup b = FunctionalGroup.builder("D1N1").energyTransfert(0.1668).layers(1, 1)
        .lambdaTemperature0(1.0 / 150).gammaLambdaTemperature(0.15).tr0(10.38).gammaTr(-0.11)
        .build();
    assertEquals(G, b);
    assertEquals(G.withTr0(5), G.toBuilder().tr0(5).build());
    assertEquals(G.withLayers(2, 0), G.toBuilder().set(GroupParameter.DAY_LAYER, 2)
        .set(GroupParameter.NIGHT_LAYER, 0).build());
  }

  @Test
  void builderRefusesAMissingParameterOrAFractionalLayer() {
    var missing = assertThrows(IllegalStateException.class,
        () -> FunctionalGroup.builder("D1N1").energyTransfert(0.1).layers(1, 1).build());
    assertEquals("functional group 'D1N1': expected a value for every parameter "
        + GroupParameter.csvNames() + ", but [lambda_temperature_0, gamma_lambda_temperature, "
        + "tr_0, gamma_tr] not set", missing.getMessage());
    assertEquals("functional group 'D1N1': day_layer [layer label] must be an integer, but was 1.5",
        message(() -> FunctionalGroup.builder("D1N1").set(GroupParameter.DAY_LAYER, 1.5)));
    assertEquals("functional group 'D1N1': tr_0 [day] must be > 0, but was -1.0",
        message(() -> G.toBuilder().tr0(-1).build()));
  }

  @Test
  void cohortCountIsCeilTr0OverDt() {
    assertEquals(11, G.cohortCount(1));
    assertEquals(2, G.cohortCount(7));
  }
}
