package io.github.seapopym4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.profile.MemorySnapshot;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ModelRunTest {

  @Test
  void closedRunFailsClearlyAndLeavesContextAndForcingsUsable() {
    try (ForcingSet f = TestForcings.grid(60, 2, 2);
        NoTransportModel model = NoTransportModel.prepare(f, ModelConfig.defaults())) {
      ModelRun run = model.start(TestForcings.epipelagic());
      double b = run.biomass(0, 59, 1, 1);
      assertTrue(run.ownedBytes() > 0);
      run.close();
      run.close(); // idempotent
      assertTrue(run.isClosed());
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> run.biomass(0, 59, 1, 1));
      assertEquals("model run is closed; its results were released (call detach() before close())",
          e.getMessage());
      assertThrows(IllegalStateException.class, run::detach);
      assertThrows(IllegalStateException.class, () -> run.dayLength(0, 0, 0));
      assertFalse(model.context().isClosed());
      assertFalse(f.isClosed());
      try (ModelRun again = model.start(TestForcings.epipelagic())) {
        assertEquals(b, again.biomass(0, 59, 1, 1), 0.0, "a later run reproduces the closed one");
      }
    }
  }

  @Test
  void indicesOutsideTheGridAreRejected() {
    try (ForcingSet f = TestForcings.grid(10, 2, 2);
        NoTransportModel model = NoTransportModel.prepare(f, ModelConfig.defaults());
        ModelRun run = model.start(TestForcings.epipelagic())) {
      assertEquals("cell (lat 2, lon 0) is outside the 2 × 2 output grid",
          assertThrows(IndexOutOfBoundsException.class, () -> run.biomass(0, 0, 2, 0)).getMessage());
      assertThrows(IndexOutOfBoundsException.class, () -> run.biomass(1, 0, 0, 0));
      assertThrows(IndexOutOfBoundsException.class, () -> run.mortality(0, 10, 0, 0));
    }
  }

  @Test
  void thresholdsAreExposedPerGroup() {
    try (ForcingSet f = TestForcings.grid(10, 1, 1);
        NoTransportModel model = NoTransportModel.prepare(f, ModelConfig.defaults());
        ModelRun run = model.start(TestForcings.epipelagic())) {
      assertEquals(11, run.minTemperature(0).length);
    }
  }

  /**
   * 10,000 runs closed one after another on one shared forcing set keep the resident set flat: after
   * a warm-up of 2,000 runs, the resident set measured after a GC every 1,000 runs never exceeds the
   * warm-up level by more than 10%, and the off-heap bytes JavaCPP counts return exactly to it. The
   * warm-up lets the JIT, the allocator's arenas and the heap size settle (the first full GC shrinks
   * the heap by ~20 MB); the GC before each sample separates Java garbage from native memory. It
   * lasts 12,000 runs because methods called once per run reach C2's compile thresholds only after
   * 5,000–15,000 calls, and C2's arenas grow the resident set by ~20 MB while it compiles them
   * (measured with -XX:NativeMemoryTracking: Compiler +6 MB, Arena Chunk +5 MB; flat with C1 only).
   * A leak of one run's 3 × 4 × 365 doubles would add 350 MB.
   */
  @Test
  void closingTenThousandRunsKeepsResidentMemoryFlat() {
    Assumptions.assumeTrue(MemorySnapshot.currentResidentBytes() > 0,
        "resident set size is only readable on Linux (/proc/self/status)");
    try (ForcingSet f = TestForcings.grid(365, 2, 2);
        NoTransportModel model = NoTransportModel.prepare(f, ModelConfig.defaults())) {
      List<FunctionalGroup> groups = List.of(TestForcings.epipelagic());
      double sink = 0;
      for (int i = 0; i < 12_000; i++) {
        sink += runOnce(model, groups, i);
        if (i % 1000 == 999) {
          System.gc();
        }
      }
      long before = MemorySnapshot.currentResidentBytes();
      long offHeapBefore = MemorySnapshot.offHeapNow();
      long peak = before;
      for (int i = 0; i < 10_000; i++) {
        sink += runOnce(model, groups, i);
        if (i % 1000 == 999) {
          System.gc();
          peak = Math.max(peak, MemorySnapshot.currentResidentBytes());
        }
      }
      assertTrue(sink > 0);
      assertEquals(offHeapBefore, MemorySnapshot.offHeapNow(), "off-heap bytes after 10,000 closed runs");
      assertTrue(peak <= before * 1.10, String.format(
          "resident set grew from %.1f MB to %.1f MB over 10,000 runs", before / 1e6, peak / 1e6));
    }
  }

  private static double runOnce(NoTransportModel model, List<FunctionalGroup> groups, int i) {
    List<FunctionalGroup> g = List.of(groups.get(0).withEnergyTransfert(0.1 + (i % 50) * 0.01));
    try (ModelRun run = model.start(g)) {
      return run.biomass(0, 364, 1, 1);
    }
  }
}
