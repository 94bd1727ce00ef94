package io.github.seapopym4j.fitness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ObservationUnitsTest {

  private static double factor(String unit, double depth) {
    return ObservationUnits.toGramsPerSquareMetre(unit, depth, "test");
  }

  @Test
  void arealUnitsConvertByTheirMassPrefix() {
    assertEquals(1.0, factor("g/m2", Double.NaN));
    assertEquals(1.0, factor("g m-2", Double.NaN));
    assertEquals(1.0, factor("g.m-2", Double.NaN));
    assertEquals(1.0, factor("g m^-2", Double.NaN));
    assertEquals(1.0, factor("G/M²", Double.NaN));
    assertEquals(1e-3, factor("mg/m2", Double.NaN));
    assertEquals(1e3, factor("kg/m2", Double.NaN));
  }

  @Test
  void concentrationsAreIntegratedOverTheGivenDepth() {
    // 1 mg m-3 over 150 m = 150 mg m-2 = 0.15 g m-2.
    assertEquals(0.15, factor("mg/m3", 150), 1e-15);
    assertEquals(150, factor("g m-3", 150));
    assertTrue(ObservationUnits.isConcentration("mg/m3"));
  }

  @Test
  void aConcentrationWithoutDepthIsAnErrorNeverAGuess() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> factor("mg/m3", Double.NaN));
    assertTrue(e.getMessage().contains("mg/m3") && e.getMessage().contains("integration depth"),
        e.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> factor("mg/m3", -5));
    assertTrue(negative.getMessage().contains("> 0") && negative.getMessage().contains("-5"),
        negative.getMessage());
  }

  @Test
  void unitsThatAreNotBiomassCannotBeConverted() {
    for (String unit : new String[] {"ml/m3", "#/m2", "mgC/m2", "degC"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> factor(unit, 100));
      assertTrue(e.getMessage().contains("cannot convert unit '" + unit + "'"), e.getMessage());
    }
  }
}
