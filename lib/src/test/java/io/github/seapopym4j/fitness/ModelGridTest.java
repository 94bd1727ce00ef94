package io.github.seapopym4j.fitness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.model.TestOutput;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ModelGridTest {

  @Test
  void aForcingAndGroupsGiveTheGridOfTheirRuns() {
    try (ForcingSet f = ForcingSet.builder().daily(LocalDate.of(2000, 1, 1), 2).latitude(0.5)
        .longitude(10, 11).layers(1, 2).temperature(new double[2 * 2 * 2])
        .primaryProduction(new double[2 * 2]).build()) {
      ModelGrid g = ModelGrid.of(f, List.of(TestOutput.group("D2N1", 2, 1)));
      assertEquals(f.time(), g.time());
      assertArrayEquals(new double[] {10, 11}, g.longitude());
      assertEquals(new GroupLayers("D2N1", OptionalInt.of(2), OptionalInt.of(1)), g.groups().get(0));
    }
  }

  @Test
  void coordinatesAreCopiedInAndOut() {
    double[] lat = {1, 2};
    ModelGrid g = new ModelGrid(TestOutput.daily(3), lat, new double[] {5},
        List.of(GroupLayers.named("a")));
    lat[0] = 9;
    g.latitude()[1] = 9;
    assertArrayEquals(new double[] {1, 2}, g.latitude());
    assertEquals(g, new ModelGrid(TestOutput.daily(3), new double[] {1, 2}, new double[] {5},
        List.of(GroupLayers.named("a"))));
  }

  @Test
  void checkNamesWhatDiffers() {
    TestOutput o = new TestOutput(List.of(TestOutput.group("a", 1, 1)), TestOutput.daily(3),
        new double[] {1, 2}, new double[] {5}, (g, t, y, x) -> 0);
    ModelGrid.of(o).check(o);
    ModelGrid other = new ModelGrid(TestOutput.daily(3), new double[] {1}, new double[] {5},
        List.of(GroupLayers.named("a")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> other.check(o));
    assertTrue(e.getMessage().contains("2 lat × 1 lon") && e.getMessage().contains("(1 × 1)"),
        e.getMessage());
    ModelGrid twoGroups = new ModelGrid(TestOutput.daily(3), new double[] {1, 2},
        new double[] {5}, List.of(GroupLayers.named("a"), GroupLayers.named("b")));
    e = assertThrows(IllegalArgumentException.class, () -> twoGroups.check(o));
    assertTrue(e.getMessage().contains("1 groups") && e.getMessage().contains("expects 2"),
        e.getMessage());
  }
}
