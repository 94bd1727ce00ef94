package io.github.seapopym4j.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bytedeco.javacpp.Pointer;

/**
 * The memory of this process at one instant: Java heap in use, off-heap bytes allocated through
 * JavaCPP (ND4J arrays), and the resident set size the operating system reports.
 *
 * @param heapUsedBytes heap in use ({@code totalMemory - freeMemory}), without forcing a GC
 * @param offHeapBytes bytes currently allocated by JavaCPP ({@link Pointer#totalBytes()}), i.e. ND4J data
 * @param residentBytes resident set size ({@code VmRSS} of {@code /proc/self/status}); -1 where the
 *     platform does not expose it
 */
public record MemorySnapshot(long heapUsedBytes, long offHeapBytes, long residentBytes) {

  private static final Path STATUS = Path.of("/proc/self/status");

  /** Reads the three counters now. Cheap (a few µs): no GC is triggered. */
  public static MemorySnapshot now() {
    Runtime rt = Runtime.getRuntime();
    return new MemorySnapshot(rt.totalMemory() - rt.freeMemory(), Pointer.totalBytes(),
        currentResidentBytes());
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
      List<String> lines = Files.readAllLines(STATUS);
      for (String line : lines) {
        if (line.startsWith("VmRSS:")) {
          String[] parts = line.substring(6).trim().split("\\s+");
          return Long.parseLong(parts[0]) * 1024L;
        }
      }
      return -1;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + STATUS, e);
    }
  }

  @Override
  public String toString() {
    return String.format("MemorySnapshot[heap %.1f MB, off-heap %.1f MB, resident %.1f MB]",
        heapUsedBytes / 1e6, offHeapBytes / 1e6, residentBytes / 1e6);
  }
}
