package io.github.seapopym4j.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.forcing.ForcingSet;
import org.junit.jupiter.api.Test;

class CellSelectionTest {

  @Test
  void cellsAreSortedAndRepeatsDropped() {
    CellSelection s = CellSelection.of(new int[] {2, 0, 2}, new int[] {1, 3, 1});
    assertEquals(2, s.size());
    assertArrayEquals(new int[] {0, 2}, s.latIndices());
    assertArrayEquals(new int[] {3, 1}, s.lonIndices());
    assertArrayEquals(new int[] {0, 2}, s.rows());
    assertArrayEquals(new int[] {1, 3}, s.columns());
    assertEquals(s, CellSelection.of(new int[] {0, 2}, new int[] {3, 1}));
  }

  @Test
  void allIsTheWholeGridInRowMajorOrder() {
    CellSelection s = CellSelection.all(2, 3);
    assertEquals(6, s.size());
    assertEquals(1, s.latIndex(4));
    assertEquals(1, s.lonIndex(4));
    assertTrue(s.isWholeGrid(2, 3));
    assertTrue(CellSelection.of(new int[] {1, 0}, new int[] {0, 0}).isWholeGrid(2, 1));
  }

  @Test
  void withinSelectsTheBox() {
    try (ForcingSet f = TestForcings.grid(2, 3, 4)) { // lat 20..22, lon 150..153
      CellSelection s = CellSelection.within(f, 20.5, 22, 151, 152);
      assertArrayEquals(new int[] {1, 1, 2, 2}, s.latIndices());
      assertArrayEquals(new int[] {1, 2, 1, 2}, s.lonIndices());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> CellSelection.within(f, 40, 50, 150, 153));
      assertEquals("cell selection: no cell of test grid lies in lat [40.0, 50.0], lon [150.0, 153.0]; "
          + "the grid spans lat [20.0, 22.0], lon [150.0, 153.0]", e.getMessage());
    }
  }

  @Test
  void badSelectionsAreRejectedWithTheirReason() {
    assertEquals("cell selection: 2 latitude indices but 1 longitude indices; expected one of each per cell",
        assertThrows(IllegalArgumentException.class,
            () -> CellSelection.of(new int[] {0, 1}, new int[] {0})).getMessage());
    assertEquals("cell selection must hold ≥ 1 cell, but was empty",
        assertThrows(IllegalArgumentException.class,
            () -> CellSelection.of(new int[0], new int[0])).getMessage());
    assertEquals("cell selection: indices must be ≥ 0, but cell 0 is (-1, 2)",
        assertThrows(IllegalArgumentException.class, () -> CellSelection.cell(-1, 2)).getMessage());
    assertEquals("cell selection: cell (lat index 3, lon index 0) is outside the 3 × 4 grid of test grid",
        assertThrows(IllegalArgumentException.class,
            () -> CellSelection.cell(3, 0).checkWithin(3, 4, "test grid")).getMessage());
  }
}
