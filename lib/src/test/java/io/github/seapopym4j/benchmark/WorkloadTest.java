package io.github.seapopym4j.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.model.KernelStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadTest {

  @Test
  void theStandardWorkloadsAreTheThreeOfTheIssueInOrder() {
    assertEquals(List.of(Workload.CELL_20Y, Workload.GRID_100X100_1Y, Workload.POPULATION_256),
        Workload.standard());
  }

  @Test
  void onlyTheSingleCellWorkloadsRunOnEachThread() {
    assertTrue(Workload.CELL_20Y.singleCell());
    assertTrue(Workload.CELL_10Y_2G.singleCell());
    assertFalse(Workload.GRID_100X100_1Y.singleCell());
    assertFalse(Workload.POPULATION_256.singleCell());
  }

  @Test
  void theTwoGroupCellRunsBothGroupsOnOneCellAndEachThreadCountsItsSimulations() {
    try (WorkloadInstance w = Workload.CELL_10Y_2G.prepare(2, KernelStrategy.FUSED, 0, true)) {
      assertEquals(10, w.simulationsPerRepetition(), "smoke: 5 simulations on each of 2 threads");
      assertEquals(366L * 1 * 2, w.cellStepsPerSimulation(), "smoke: 366 steps, 1 cell, 2 groups");
    }
  }

  @Test
  void anUnknownIdNamesTheKnownWorkloads() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Workload.byId("cell-2y"));
    assertEquals("unknown workload 'cell-2y'; expected one of [cell-20y, grid-100x100-1y, "
        + "population-256, cell-10y-2g]", e.getMessage());
  }
}
