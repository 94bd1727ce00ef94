package io.github.seapopym4j.profile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class MemorySnapshotTest {

  @Test
  void offHeapCounterSeesAnNd4jArrayAndItsRelease() {
    MemorySnapshot before = MemorySnapshot.now();
    INDArray a = Nd4j.zeros(1_000_000); // 8 MB of doubles... or 4 MB of floats, whatever the default
    long during = MemorySnapshot.now().offHeapBytes();
    a.close();
    long after = MemorySnapshot.now().offHeapBytes();
    assertTrue(during - before.offHeapBytes() >= 4_000_000, "allocation seen: " + (during - before.offHeapBytes()));
    assertTrue(during - after >= 4_000_000, "release seen: " + (during - after));
  }

  @Test
  void residentSetSizeIsPositiveOnLinux() {
    long rss = MemorySnapshot.currentResidentBytes();
    assertTrue(rss > 0 || !System.getProperty("os.name").startsWith("Linux"), "rss = " + rss);
  }
}
