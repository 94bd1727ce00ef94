package io.github.seapopym4j.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.seapopym4j.profile.MemorySnapshot;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoryMonitorTest {

  private final AtomicInteger cleanups = new AtomicInteger();

  @Test
  void belowTheCeilingNothingHappens() {
    MemoryMonitor m = MemoryMonitor.withCeiling(1000, () -> new MemorySnapshot(1, 1, 999));
    assertEquals(MemoryMonitor.Status.OK, m.check(cleanups::incrementAndGet).status());
    assertEquals(0, cleanups.get());
  }

  @Test
  void aCleanupThatHelpsLetsTheRunGoOn() {
    long[] rss = {2_000_000_000L};
    MemoryMonitor m = MemoryMonitor.withCeiling(1_000_000_000L,
        () -> new MemorySnapshot(1, 1, rss[0]));
    MemoryMonitor.Check c = m.check(() -> rss[0] = 500_000_000L);
    assertEquals(MemoryMonitor.Status.CLEANED, c.status());
    assertEquals(500_000_000L, c.snapshot().residentBytes());
    assertEquals("memory 2000.0 MB exceeded the ceiling 1000.0 MB; after cleanup 500.0 MB",
        c.message());
  }

  @Test
  void memoryStillAboveAfterCleanupAsksToStop() {
    MemoryMonitor m = MemoryMonitor.withCeiling(1_000_000_000L,
        () -> new MemorySnapshot(1, 1, 3_000_000_000L));
    MemoryMonitor.Check c = m.check(cleanups::incrementAndGet);
    assertEquals(MemoryMonitor.Status.EXCEEDED, c.status());
    assertEquals(1, cleanups.get());
  }

  @Test
  void withoutAResidentSetHeapPlusOffHeapIsCompared() {
    assertEquals(30, MemoryMonitor.measuredBytes(new MemorySnapshot(10, 20, -1)));
    assertEquals(5, MemoryMonitor.measuredBytes(new MemorySnapshot(10, 20, 5)));
  }

  @Test
  void theCeilingMustBePositive() {
    assertEquals("memory ceiling must be > 0 bytes, but was 0", assertThrows(
        IllegalArgumentException.class, () -> MemoryMonitor.withCeiling(0)).getMessage());
  }
}
