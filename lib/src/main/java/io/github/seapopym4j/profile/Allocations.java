package io.github.seapopym4j.profile;

import java.lang.management.ManagementFactory;

/**
 * Heap bytes allocated by threads, from HotSpot's per-thread counters ({@link
 * com.sun.management.ThreadMXBean}). The counter of a thread only grows; the difference of two reads
 * on one thread is what that thread allocated in between (TLAB granularity, so small differences are
 * approximate to a few kB).
 */
final class Allocations {

  private static final com.sun.management.ThreadMXBean BEAN = bean();

  private Allocations() {}

  private static com.sun.management.ThreadMXBean bean() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean b
        && b.isThreadAllocatedMemorySupported()) {
      if (!b.isThreadAllocatedMemoryEnabled()) {
        b.setThreadAllocatedMemoryEnabled(true);
      }
      return b;
    }
    return null;
  }

  /** Bytes allocated so far by the calling thread; -1 when the JVM does not count them. */
  static long currentThread() {
    return BEAN == null ? -1 : BEAN.getCurrentThreadAllocatedBytes();
  }
}
