package io.github.seapopym4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ModelConfigTest {

  @Test
  void defaultsAreSeapopymV01() {
    ModelConfig c = ModelConfig.defaults();
    assertEquals(BiomassScheme.EXPLICIT, c.scheme());
    assertEquals(true, c.gillooly());
    assertEquals(ProductionUnit.GRAM, c.units());
    assertEquals(0.0, c.angleHorizonSun());
    assertEquals(MissingLayerPolicy.UPSTREAM, c.missingLayer());
  }

  @Test
  void withersChangeOneSetting() {
    ModelConfig c = ModelConfig.defaults().withScheme(BiomassScheme.IMPLICIT).withGillooly(false)
        .withUnits(ProductionUnit.KILOGRAM).withAngleHorizonSun(6)
        .withMissingLayer(MissingLayerPolicy.MASK_PRODUCTION);
    assertEquals(new ModelConfig(BiomassScheme.IMPLICIT, false, ProductionUnit.KILOGRAM, 6,
        MissingLayerPolicy.MASK_PRODUCTION), c);
  }

  @Test
  void angleOutsideMinus90To90IsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ModelConfig.defaults().withAngleHorizonSun(120));
    assertEquals("angle_horizon_sun [degrees] must be in [-90, 90], but was 120.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ModelConfig.defaults().withAngleHorizonSun(Double.NaN));
    assertEquals("angle_horizon_sun [degrees] must be in [-90, 90], but was NaN", e.getMessage());
  }

  @Test
  void nullSettingsAreRejectedByName() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> ModelConfig.defaults().withScheme(null));
    assertEquals("biomass scheme must not be null", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> ModelConfig.defaults().withUnits(null));
    assertEquals("production unit must not be null", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> ModelConfig.defaults().withMissingLayer(null));
    assertEquals("missing-layer policy must not be null", e.getMessage());
  }
}
