package io.github.seapopym4j.fitness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PeriodRuleTest {

  /** SeapoPym's four groups: D1N1, D2N1, D3N1 migrate to layer 1 at night; D2N2 stays in 2. */
  private static final List<GroupLayers> GROUPS = List.of(layers("D1N1", 1, 1),
      layers("D2N1", 2, 1), layers("D3N1", 3, 1), layers("D2N2", 2, 2));

  private static GroupLayers layers(String name, int day, int night) {
    return new GroupLayers(name, OptionalInt.of(day), OptionalInt.of(night));
  }

  @Test
  void surfaceLayerSelectsDayResidentsByDayAndNightResidentsByNight() {
    PeriodRule rule = PeriodRule.surfaceLayer(1);
    assertArrayEquals(new int[] {0}, rule.select(Period.DAY, GROUPS));
    assertArrayEquals(new int[] {0, 1, 2}, rule.select(Period.NIGHT, GROUPS));
    assertArrayEquals(new int[] {0, 1, 2, 3}, rule.select(Period.NONE, GROUPS));
    assertArrayEquals(new int[] {1, 3}, PeriodRule.surfaceLayer(2).select(Period.DAY, GROUPS));
  }

  @Test
  void theDefaultRuleUsesTheShallowestLayerOfAnyGroup() {
    List<GroupLayers> zeroBased = List.of(layers("a", 0, 0), layers("b", 1, 0));
    assertArrayEquals(new int[] {0}, PeriodRule.shallowestLayer().select(Period.DAY, zeroBased));
    assertArrayEquals(new int[] {0, 1},
        PeriodRule.shallowestLayer().select(Period.NIGHT, zeroBased));
  }

  @Test
  void aRuleThatSelectsNoGroupIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PeriodRule.surfaceLayer(0).select(Period.DAY, GROUPS));
    assertTrue(e.getMessage().contains("layer 0") && e.getMessage().contains("D2N1=2"),
        e.getMessage());
  }

  @Test
  void unknownLayersCannotBeMatchedByLayer() {
    List<GroupLayers> unknown = List.of(GroupLayers.named("0"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PeriodRule.shallowestLayer().select(Period.NIGHT, unknown));
    assertTrue(e.getMessage().contains("layers of group '0' are unknown"), e.getMessage());
    assertArrayEquals(new int[] {0}, PeriodRule.shallowestLayer().select(Period.NONE, unknown));
  }

  @Test
  void explicitRulesNameTheirGroups() {
    PeriodRule rule = PeriodRule.explicit(Map.of(Period.DAY, List.of("D2N2", "D1N1"),
        Period.NIGHT, List.of("D1N1")));
    assertArrayEquals(new int[] {3, 0}, rule.select(Period.DAY, GROUPS));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PeriodRule.explicit(Map.of(Period.DAY, List.of("X"))).select(Period.DAY, GROUPS));
    assertTrue(e.getMessage().contains("'X'") && e.getMessage().contains("D2N2"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> PeriodRule.explicit(Map.of(Period.DAY, List.of("D1N1"))).select(Period.NIGHT, GROUPS));
    assertTrue(e.getMessage().contains("no group for NIGHT"), e.getMessage());
  }
}
