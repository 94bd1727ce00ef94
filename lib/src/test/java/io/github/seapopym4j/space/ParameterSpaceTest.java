package io.github.seapopym4j.space;

import io.github.seapopym4j.model.GroupParameter;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.model.FunctionalGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterSpaceTest {

  private static final FunctionalGroup D1N1 =
      FunctionalGroup.builder("D1N1").energyTransfert(0.1668).layers(0, 0)
          .lambdaTemperature0(1 / 150.0).gammaLambdaTemperature(0.15)
          .tr0(10.38).gammaTr(-0.11).build();
  private static final FunctionalGroup D2N1 =
      FunctionalGroup.builder("D2N1").energyTransfert(0.05).layers(1, 0)
          .lambdaTemperature0(0.01).gammaLambdaTemperature(0.1).tr0(5).gammaTr(-0.2).build();

  private static ParameterSpace twoGroups() {
    return ParameterSpace.of(List.of(
        GroupSpace.fixedAt(D1N1).free(GroupParameter.ENERGY_TRANSFERT)
            .free(GroupParameter.LAMBDA_TEMPERATURE_0),
        GroupSpace.fixedAt(D2N1).free(GroupParameter.TR_0, 1, 20)));
  }

  @Test
  void freeParametersAreOrderedByGroupThenParameter() {
    ParameterSpace s = twoGroups();
    assertEquals(List.of("D1N1.energy_transfert", "D1N1.lambda_temperature_0", "D2N1.tr_0"),
        s.names());
    assertEquals(List.of("dimensionless", "1/day", "day"), s.units());
    assertArrayEquals(new double[] {0, 0.001, 1}, s.domain().lower());
    assertArrayEquals(new double[] {0.5, 0.1, 20}, s.domain().upper());
  }

  @Test
  void defaultBoundsAreThoseOfTheSeapopymPaper() {
    assertArrayEquals(new double[] {0, 0.5}, GroupParameter.ENERGY_TRANSFERT.defaultBounds());
    assertArrayEquals(new double[] {0.001, 300}, GroupParameter.TR_0.defaultBounds());
    assertArrayEquals(new double[] {-0.25, -0.001}, GroupParameter.GAMMA_TR.defaultBounds());
    assertArrayEquals(new double[] {0.001, 0.1}, GroupParameter.LAMBDA_TEMPERATURE_0.defaultBounds());
    assertArrayEquals(new double[] {0.001, 0.25}, GroupParameter.GAMMA_LAMBDA_TEMPERATURE.defaultBounds());
  }

  @Test
  void decodeFillsFreeSlotsAndKeepsFixedValues() {
    List<FunctionalGroup> g = twoGroups().decode(new double[] {0.3, 0.02, 7});
    assertEquals(FunctionalGroup.builder("D1N1").energyTransfert(0.3).layers(0, 0)
        .lambdaTemperature0(0.02).gammaLambdaTemperature(0.15)
        .tr0(10.38).gammaTr(-0.11).build(), g.get(0));
    assertEquals(FunctionalGroup.builder("D2N1").energyTransfert(0.05).layers(1, 0)
        .lambdaTemperature0(0.01).gammaLambdaTemperature(0.1)
        .tr0(7).gammaTr(-0.2).build(), g.get(1));
  }

  @Test
  void decodeSetsEachFreeParameterAndOnlyIt() {
    for (GroupParameter p : GroupParameter.values()) {
      if (!p.calibratable()) {
        continue;
      }
      double[] b = p.defaultBounds();
      double v = b[0] + 0.37 * (b[1] - b[0]);
      FunctionalGroup g = ParameterSpace.of(List.of(GroupSpace.fixedAt(D2N1).free(p)))
          .decode(new double[] {v}).get(0);
      for (GroupParameter q : GroupParameter.values()) {
        assertEquals(q == p ? v : q.valueOf(D2N1), q.valueOf(g), 0.0, p + " free, " + q);
      }
    }
  }

  @Test
  void spaceNamesItsFreeParametersAsParameterNames() {
    assertEquals(List.of(new ParameterName("D1N1", GroupParameter.ENERGY_TRANSFERT),
        new ParameterName("D1N1", GroupParameter.LAMBDA_TEMPERATURE_0),
        new ParameterName("D2N1", GroupParameter.TR_0)), twoGroups().parameterNames());
  }

  @Test
  void encodeReadsTheFreeValuesOfGroups() {
    assertArrayEquals(new double[] {0.1668, 1 / 150.0, 5}, twoGroups().encode(List.of(D1N1, D2N1)));
  }

  @Test
  void decodeRejectsAValueOutsideItsBoundsNamingParameterUnitAndBounds() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> twoGroups().decode(new double[] {0.3, 0.02, 25}));
    assertEquals("D2N1.tr_0 [day] must be in [1.0, 20.0], but was 25.0", e.getMessage());
  }

  @Test
  void decodeRejectsAVectorOfTheWrongLength() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> twoGroups().decode(new double[] {0.3}));
    assertTrue(e.getMessage().contains("must have 3 values"), e.getMessage());
    assertTrue(e.getMessage().contains("had 1"), e.getMessage());
  }

  @Test
  void layersCannotBeFree() {
    var e = assertThrows(IllegalStateException.class,
        () -> GroupSpace.fixedAt(D1N1).free(GroupParameter.DAY_LAYER));
    assertTrue(e.getMessage().contains("day_layer is a layer label"), e.getMessage());
  }

  @Test
  void boundsOutsideWhatTheModelAcceptsAreRejected() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> GroupSpace.fixedAt(D1N1).free(GroupParameter.ENERGY_TRANSFERT, 0, 2));
    assertEquals("group 'D1N1': bounds of energy_transfert [dimensionless] must be in [0, 1], but "
        + "were [0.0, 2.0]", e.getMessage());
  }

  @Test
  void aSpaceWithEveryParameterFixedIsRejected() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> ParameterSpace.of(List.of(GroupSpace.fixedAt(D1N1))));
    assertTrue(e.getMessage().contains("at least one free parameter"), e.getMessage());
  }

  @Test
  void groupNamesMustBeDistinct() {
    GroupSpace g = GroupSpace.fixedAt(D1N1).free(GroupParameter.TR_0);
    var e = assertThrows(IllegalArgumentException.class, () -> ParameterSpace.of(List.of(g, g)));
    assertTrue(e.getMessage().contains("'D1N1' appears twice"), e.getMessage());
  }
}
