package io.github.seapopym4j.forcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ForcingUnitsTest {

  // Factors are products of powers of ten and of 1/24, 1/86400: exact to a few ulps, hence 1e-12.
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "g/m2/day; 1", "g m-2 d-1; 1", "g/m^2/d; 1", "g.m-2.d-1; 1", "gram / meter ** 2 / day; 1",
      "gram / day / meter ** 2; 1", "g m⁻² d⁻¹; 1", "grams per m2 per day; 1",
      "mg/m2/day; 1e-3", "mg m-2 d-1; 1e-3", "milligram / meter ** 2 / day; 1e-3", "mg C m-2 d-1; 1e-3",
      "mgC/m2/d; 1e-3", "MG/M2/DAY; 1e-3", "kg/m**2/day; 1e3", "kilogram / metre ** 2 / day; 1e3",
      "µg/m2/d; 1e-6", "g/m2/s; 86400", "mg m-2 h-1; 0.024", "g/cm2/day; 1e4"})
  void productionFactorsConvertToGramsPerSquareMetrePerDay(String units, double expected) {
    assertTrue(ForcingUnits.isProductionUnit(units), units);
    assertEquals(expected, ForcingUnits.productionFactor(units), Math.abs(expected) * 1e-12, units);
  }

  @ParameterizedTest
  @ValueSource(strings = {"mg/m3/day", "g/m2", "mol m-2 d-1", "", "degC", "g/m2/day/day", "1/day",
      "grams per square metre"})
  void unknownProductionUnitsNameWhatWasFoundAndWhatIsAccepted(String units) {
    assertFalse(ForcingUnits.isProductionUnit(units), units);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ForcingUnits.productionFactor(units));
    assertTrue(e.getMessage().contains("'" + units + "'"), e.getMessage());
    assertTrue(e.getMessage().contains("mg m-2 d-1"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"degC", "degree_Celsius", "degrees_C", "°C", "celsius", "Celsius", "deg C"})
  void celsiusSpellingsNeedNoOffset(String units) {
    assertEquals(0.0, ForcingUnits.temperatureOffset(units));
  }

  @ParameterizedTest
  @ValueSource(strings = {"K", "kelvin", "degK", "degrees_K"})
  void kelvinIsShiftedBy273Point15(String units) {
    assertEquals(-273.15, ForcingUnits.temperatureOffset(units));
  }

  @ParameterizedTest
  @ValueSource(strings = {"degF", "fahrenheit", "", "delta_degree_Celsius"})
  void unknownTemperatureUnitsAreRefusedWithTheAcceptedList(String units) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ForcingUnits.temperatureOffset(units));
    assertTrue(e.getMessage().contains("'" + units + "'") && e.getMessage().contains("degC"),
        e.getMessage());
  }
}
