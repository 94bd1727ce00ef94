package io.github.seapopym4j.internal;

import org.bytedeco.javacpp.Pointer;

/**
 * The memory left for a large allocation, checked before it is made, so that a file or a setting
 * that asks for more than the JVM has is refused with a remedy instead of ending in an {@link
 * OutOfMemoryError}. Heap: {@code -Xmx} less what is in use; off-heap (ND4J arrays): JavaCPP's
 * {@code Pointer.maxBytes()} (by default the heap's maximum) less {@code Pointer.totalBytes()}.
 *
 * <p>The system property {@value #LIMIT_PROPERTY} (bytes) caps both, for tests and for users who
 * want a run refused before it competes with other processes.
 */
public final class MemoryBudget {

  /** System property capping both budgets [bytes]. */
  public static final String LIMIT_PROPERTY = "seapopym.memory.limit";
  /** How users raise the limits ({@code bin/seapopym}). */
  public static final String MORE_MEMORY = "give the JVM more memory (bin/seapopym: "
      + "SEAPOPYM_JAVA_OPTS='-Xmx8g -Dorg.bytedeco.javacpp.maxbytes=8g')";

  private MemoryBudget() {}

  /** Bytes the heap can still take. */
  public static long heapAvailable() {
    Runtime r = Runtime.getRuntime();
    return Math.min(limit(), r.maxMemory() - (r.totalMemory() - r.freeMemory()));
  }

  /** Bytes ND4J can still allocate off the heap. */
  public static long offHeapAvailable() {
    long max = Pointer.maxBytes();
    long free = max <= 0 ? Long.MAX_VALUE : max - Pointer.totalBytes();
    return Math.min(limit(), free);
  }

  /**
   * Refuses an allocation that does not fit.
   *
   * @param what what would be allocated, e.g. "temperature (file.nc variable 'T'): 262,144,000 values"
   * @param heapBytes bytes it needs on the heap
   * @param offHeapBytes bytes it needs off the heap
   * @param remedy what the user can change, e.g. "select fewer cells with --cells"
   * @throws IllegalArgumentException naming both needs, what is available and the remedies
   */
  public static void require(String what, long heapBytes, long offHeapBytes, String remedy) {
    long heap = heapAvailable();
    long off = offHeapAvailable();
    if (heapBytes <= heap && offHeapBytes <= off) {
      return;
    }
    throw new IllegalArgumentException(String.format("%s needs about %s on the heap and %s off the "
        + "heap, but only %s and %s are available; %s, or %s", what, gb(heapBytes), gb(offHeapBytes),
        gb(heap), gb(off), remedy, MORE_MEMORY));
  }

  /** {@code bytes} in words, e.g. "2.10 GB" or "512 kB". */
  public static String gb(long bytes) {
    if (bytes >= 1_000_000_000L) {
      return String.format("%.2f GB", bytes / 1e9);
    }
    if (bytes >= 1_000_000L) {
      return String.format("%.1f MB", bytes / 1e6);
    }
    return String.format("%d kB", (bytes + 999) / 1000);
  }

  private static long limit() {
    String v = System.getProperty(LIMIT_PROPERTY);
    if (v == null || v.isBlank()) {
      return Long.MAX_VALUE;
    }
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("system property " + LIMIT_PROPERTY + ": expected a number "
          + "of bytes, but found '" + v + "'", e);
    }
  }
}
