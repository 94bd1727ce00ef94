package io.github.seapopym4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.TimeAxis;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryEstimateTest {

  @Test
  void countsEachFieldOnce() {
    // T = 10, C = 6, Z = 3, two groups in two layer pairs, 11 cohorts each at dt = 1
    MemoryEstimate m = MemoryEstimate.of(TimeAxis.daily(LocalDate.of(2000, 1, 1), 10), 6, 3,
        List.of(TestForcings.epipelagic(), TestForcings.migrant()), ModelConfig.defaults());
    long field = 10 * 6 * 8;
    assertEquals(field * 3 + 2 * field + 2 * field + 6 * 3, m.contextBytes());
    assertEquals(3 * 2 * field + 22 * 8, m.runBytes());
    assertEquals(9 * field, m.detachedBytes());
    assertEquals(m.contextBytes() + 4 * m.runBytes(), m.total(4));
  }

  @Test
  void matchesWhatAContextAndARunHoldOffHeap() {
    List<FunctionalGroup> groups = List.of(TestForcings.epipelagic(), TestForcings.migrant());
    try (ForcingSet f = TestForcings.grid(50, 2, 3);
        NoTransportModel model = NoTransportModel.prepare(f, ModelConfig.defaults());
        ModelRun run = model.start(groups)) {
      MemoryEstimate m = MemoryEstimate.of(f, groups, ModelConfig.defaults());
      assertEquals(m.contextBytes() - 6 * 3, model.context().sizeInBytes(), "layer mask is on the heap");
      assertEquals(m.runBytes() - 22 * 8, run.ownedBytes(), "cohort state is on the heap");
      assertEquals(m.detachedBytes(), run.detach().sizeInBytes());
    }
  }

  @Test
  void emptyDimensionsAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MemoryEstimate.of(
        TimeAxis.daily(LocalDate.of(2000, 1, 1), 10), 0, 3, List.of(TestForcings.epipelagic()),
        ModelConfig.defaults()));
    assertEquals("memory estimate needs ≥ 1 cell, layer and group, but got 0 cells, 3 layers, 1 groups",
        e.getMessage());
  }
}
