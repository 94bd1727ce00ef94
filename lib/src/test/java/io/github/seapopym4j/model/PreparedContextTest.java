package io.github.seapopym4j.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.kernel.TemperatureGillooly;
import java.nio.DoubleBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreparedContextTest {

  @Test
  void holdsGilloolyTemperaturesMasksDayLengthAndProduction() {
    try (ForcingSet f = TestForcings.grid(30, 2, 2, 3);
        PreparedContext c = PreparedContext.prepare(f, ModelConfig.defaults())) {
      assertEquals(TemperatureGillooly.apply(f.temperature().get(7, 0, 1, 2)),
          c.temperature().get((7 * 4 + 1) * 3 + 2), 0.0);
      assertTrue(c.layerExists(0, 2));
      assertFalse(c.layerExists(3, 0), "cell (1, 1) is land");
      assertArrayEquals(new boolean[] {true, true, true, false}, c.groupMask(1, 0));
      assertEquals(0.0, c.primaryProduction().get(7 * 4 + 3), "land production NaN → 0");
      assertEquals(f.primaryProduction().get(7, 0, 1), c.primaryProduction().get(7 * 4 + 1), 0.0);
      assertTrue(c.dayLength().get(0) > 0.4 && c.dayLength().get(0) < 0.5, "January at 20°N");
      assertEquals(30 * 4 * (3 + 2) * 8L, c.sizeInBytes());
    }
  }

  @Test
  void meanTemperatureIsComputedOncePerLayerPair() {
    try (ForcingSet f = TestForcings.grid(30, 2, 2);
        PreparedContext c = PreparedContext.prepare(f, ModelConfig.defaults())) {
      assertTrue(c.cachedLayerPairs().isEmpty());
      DoubleBuffer a = c.averageTemperature(1, 0);
      DoubleBuffer b = c.averageTemperature(1, 0);
      assertEquals(1, c.cachedLayerPairs().size());
      assertArrayEquals(new int[] {1, 0}, c.cachedLayerPairs().get(0));
      assertEquals(a.get(17), b.get(17), 0.0);
      assertThrows(java.nio.ReadOnlyBufferException.class, () -> a.put(0, 1.0));
      assertEquals(30 * 4 * (3 + 2 + 1) * 8L, c.sizeInBytes());
    }
  }

  @Test
  void closedRunsHandTheirResultBlocksBackForTheNextRun() {
    try (ForcingSet f = TestForcings.grid(30, 2, 2);
        NoTransportModel model = NoTransportModel.prepare(f, ModelConfig.defaults())) {
      PreparedContext c = model.context();
      long block = 3 * 30 * 4 * 8L;
      assertEquals(0, c.idleBlockBytes());
      ModelRun a = model.start(TestForcings.epipelagic(), TestForcings.migrant());
      assertEquals(0, c.idleBlockBytes(), "blocks in use are not idle");
      a.close();
      assertEquals(2 * block, c.idleBlockBytes(), "one block per group waits for reuse");
      try (ModelRun b = model.start(TestForcings.epipelagic())) {
        assertEquals(block, c.idleBlockBytes(), "the next run took one of them");
        assertEquals(block, b.ownedBytes());
      }
      List<ModelRun> many = new java.util.ArrayList<>();
      for (int i = 0; i < c.maxIdleBlocks() + 3; i++) {
        many.add(model.start(TestForcings.epipelagic()));
      }
      many.forEach(ModelRun::close);
      assertEquals(c.maxIdleBlocks() * block, c.idleBlockBytes(), "at most maxIdleBlocks() wait");
      c.close();
      assertEquals(0, c.idleBlockBytes(), "closing the context frees them");
    }
  }

  @Test
  void closedContextRefusesReads() {
    try (ForcingSet f = TestForcings.grid(5, 1, 1)) {
      PreparedContext c = PreparedContext.prepare(f, ModelConfig.defaults());
      c.close();
      c.close();
      IllegalStateException e = assertThrows(IllegalStateException.class, c::temperature);
      assertEquals("prepared context of 'test grid' is closed; its memory has been released", e.getMessage());
      assertThrows(IllegalStateException.class, () -> c.averageTemperature(0, 0));
      assertFalse(f.isClosed(), "the forcings are the caller's");
    }
  }

  @Test
  void selectionOutsideTheGridIsRejected() {
    try (ForcingSet f = TestForcings.grid(5, 2, 2)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> PreparedContext.prepare(f, ModelConfig.defaults(), CellSelection.cell(0, 2)));
      assertEquals("cell selection: cell (lat index 0, lon index 2) is outside the 2 × 2 grid of test grid",
          e.getMessage());
    }
  }
}
