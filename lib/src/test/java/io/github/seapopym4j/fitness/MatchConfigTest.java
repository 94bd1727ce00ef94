package io.github.seapopym4j.fitness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MatchConfigTest {

  @Test
  void defaultsAreStatedOnes() {
    MatchConfig c = MatchConfig.defaults();
    assertEquals(PeriodRule.shallowestLayer(), c.periodRule());
    assertEquals(TimeWindow.none(), c.window());
    assertTrue(Double.isNaN(c.cellToleranceDegrees()));
    assertEquals(false, c.failOutsidePeriod());
    assertEquals("g/m2", c.modelUnit());
  }

  @Test
  void invalidSettingsAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MatchConfig.defaults().withCellTolerance(-1));
    assertTrue(e.getMessage().contains("cell tolerance") && e.getMessage().contains("-1"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> MatchConfig.defaults().withModelUnit("mg/m3"));
    assertTrue(e.getMessage().contains("mass per area") && e.getMessage().contains("mg/m3"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> MatchConfig.defaults().withModelUnit("tonnes"));
    assertTrue(e.getMessage().contains("'tonnes'"), e.getMessage());
  }
}
