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
    // The resident set is process-wide: other threads (G1 giving heap back concurrently after
    // earlier tests' garbage collections) can lower it while we read. Best of 3 attempts.
    long seen = Long.MIN_VALUE;
    long released = Long.MIN_VALUE;
    for (int attempt = 0; attempt < 3 && (seen < 48_000_000 || released < 48_000_000); attempt++) {
      long before = MemorySnapshot.currentResidentBytes();
      INDArray a = Nd4j.ones(DataType.DOUBLE, 8_000_000); // 64 MB, touched by the fill
      long during = MemorySnapshot.currentResidentBytes();
      a.close();
      long after = MemorySnapshot.currentResidentBytes();
      seen = Math.max(seen, during - before);
      released = Math.max(released, during - after);
    }
    // Tolerance: other threads may move RSS by a few MB; 64 MB is far above that noise.
    assertTrue(seen >= 48_000_000, "allocation seen: " + seen);
    assertTrue(released >= 48_000_000, "release seen: " + released);
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
