package io.github.seapopym4j.profile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class MemorySnapshotTest {

  @Test
  void residentSetSeesAnNd4jArrayAndItsRelease() {
    org.junit.jupiter.api.Assumptions.assumeTrue(MemorySnapshot.currentResidentBytes() > 0, "no /proc/self/status");
    Nd4j.scalar(0.0).close(); // load the backend before the first reading
    long before = MemorySnapshot.currentResidentBytes();
    INDArray a = Nd4j.ones(DataType.DOUBLE, 8_000_000); // 64 MB, touched by the fill
    long during = MemorySnapshot.currentResidentBytes();
    a.close();
    long after = MemorySnapshot.currentResidentBytes();
    // Tolerance: other threads may move RSS by a few MB; 64 MB is far above that noise.
    assertTrue(during - before >= 48_000_000, "allocation seen: " + (during - before));
    assertTrue(during - after >= 48_000_000, "release seen: " + (during - after));
  }

  @Test
  void snapshotReportsPositiveHeapAndResidentSet() {
    MemorySnapshot s = MemorySnapshot.now();
    assertTrue(s.heapUsedBytes() > 0, s.toString());
    assertTrue(s.residentBytes() > 0 || !System.getProperty("os.name").startsWith("Linux"), s.toString());
  }

  @Test
  void heapAfterLastGcIsPositiveAfterACollectionAndBelowTheMaximum() {
    System.gc();
    long live = MemorySnapshot.heapAfterLastGcBytes();
    org.junit.jupiter.api.Assertions.assertTrue(live > 0 && live <= Runtime.getRuntime().maxMemory(),
        "heap after GC: " + live);
  }
}
