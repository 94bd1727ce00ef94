package io.github.seapopym4j.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.memory.AllocationsTracker;

/**
 * The memory of this process at one instant: Java heap in use, off-heap bytes allocated through
 * JavaCPP (ND4J arrays), and the resident set size the operating system reports.
 *
 * @param heapUsedBytes heap in use ({@code totalMemory - freeMemory}), without forcing a GC
 * @param offHeapBytes off-heap bytes that ND4J's allocation tracker and JavaCPP ({@link
 *     Pointer#totalBytes()}) report. On the CPU backend of ND4J 1.0.0-M2.1 data buffers are allocated by
 *     libnd4j and neither counter sees them (measured: +16 bytes for a 64 MB array), so the resident set
 *     size is the trustworthy figure for ND4J data there
 * @param residentBytes resident set size ({@code VmRSS} of {@code /proc/self/status}); -1 where the
 *     platform does not expose it
 */
public record MemorySnapshot(long heapUsedBytes, long offHeapBytes, long residentBytes) {

  private static final Path STATUS = Path.of("/proc/self/status");

  /** Reads the three counters now. Cheap (a few µs): no GC is triggered. */
  public static MemorySnapshot now() {
    Runtime rt = Runtime.getRuntime();
    return new MemorySnapshot(rt.totalMemory() - rt.freeMemory(), offHeapNow(),
        currentResidentBytes());
  }

  /** Off-heap bytes held now by ND4J (host allocations it tracks) and JavaCPP. */
  public static long offHeapNow() {
    return AllocationsTracker.getInstance().bytesOnDevice(0) + Pointer.totalBytes();
  }

  /**
   * Heap in use just after the latest garbage collection, summed over the heap pools (each pool's
   * {@link MemoryPoolMXBean#getCollectionUsage()}): the live heap, without the garbage a plain
   * {@link #heapUsedBytes()} reading includes, and without forcing a collection. 0 before the first
   * collection.
   */
  public static long heapAfterLastGcBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .map(MemoryPoolMXBean::getCollectionUsage).filter(Objects::nonNull)
        .mapToLong(MemoryUsage::getUsed).sum();
  }

  /**
   * The resident set size of this process in bytes, from {@code /proc/self/status}; -1 when that file
   * does not exist (not Linux).
   */
  public static long currentResidentBytes() {
    if (!Files.isReadable(STATUS)) {
      return -1;
    }
    try {
      return statusBytes("VmRSS:");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + STATUS, e);
    }
  }

  /**
   * The peak resident set size of this process in bytes ({@code VmHWM} of {@code /proc/self/status});
   * -1 where unavailable (not Linux, or unreadable).
   */
  public static long peakResidentBytes() {
    try {
      return statusBytes("VmHWM:");
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The size on the line of {@code /proc/self/status} starting with {@code key}, in bytes; -1 without. */
  private static long statusBytes(String key) throws IOException {
    for (String line : Files.readAllLines(STATUS)) {
      if (line.startsWith(key)) {
        return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]) * 1024L;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return String.format("MemorySnapshot[heap %.1f MB, off-heap %.1f MB, resident %.1f MB]",
        heapUsedBytes / 1e6, offHeapBytes / 1e6, residentBytes / 1e6);
  }
}
