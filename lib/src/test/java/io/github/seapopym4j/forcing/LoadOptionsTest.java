package io.github.seapopym4j.forcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class LoadOptionsTest {

  @Test
  void defaultsAreDoubleCachedLazyWithUnitsAndNamesFromTheFile() {
    LoadOptions o = LoadOptions.defaults();
    assertEquals(DataType.DOUBLE, o.dataType());
    assertTrue(o.cache());
    assertTrue(o.lazy());
    assertNull(o.productionUnits());
    assertNull(o.temperatureUnits());
    assertNull(o.temperatureVariable());
    assertNull(o.productionVariable());
    assertEquals("T", LoadOptions.TEMPERATURE_NAMES.get(0));
    assertEquals("npp", LoadOptions.PRODUCTION_NAMES.get(0));
  }

  @Test
  void toBuilderKeepsEverySetting() {
    LoadOptions o = LoadOptions.builder().dataType(DataType.FLOAT).productionUnits("mg/m2/day")
        .temperatureUnits("K").temperatureVariable("thetao").productionVariable("intpp").cache(false)
        .lazy(false).build();
    assertEquals(o, o.toBuilder().build());
    assertFalse(o.withCache(false).cache());
    assertTrue(o.withCache(true).cache());
    assertEquals(DataType.DOUBLE, o.withDataType(DataType.DOUBLE).dataType());
  }

  @Test
  void otherDataTypesAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LoadOptions.builder().dataType(DataType.HALF).build());
    assertTrue(e.getMessage().contains("DOUBLE or FLOAT") && e.getMessage().contains("HALF"),
        e.getMessage());
  }

  @Test
  void unknownUnitsAreRefusedWhenTheOptionsAreBuilt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LoadOptions.builder().productionUnits("mmol/m3").build());
    assertTrue(e.getMessage().contains("'mmol/m3'"), e.getMessage());
  }
}
