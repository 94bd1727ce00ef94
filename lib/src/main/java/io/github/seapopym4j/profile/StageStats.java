package io.github.seapopym4j.profile;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The running figures of one stage: count, totals and a reservoir of durations (Vitter's algorithm
 * R with a fixed seed), in primitive arrays. Synchronized: threads record into it concurrently.
 */
final class StageStats {

  /** At most this many durations are kept for the percentiles. */
  static final int RESERVOIR = 4096;

  private final String name;
  private final int order;
  private final long[] reservoir = new long[RESERVOIR];
  private final SplittableRandom random = new SplittableRandom(0x5EA90B);
  private long calls;
  private long totalNanos;
  private long allocatedBytes;
  private boolean allocationUnknown;

  StageStats(String name, int order) {
    this.name = name;
    this.order = order;
  }

  int order() {
    return order;
  }

  synchronized void add(long nanos, long bytes) {
    if (calls < RESERVOIR) {
      reservoir[(int) calls] = nanos;
    } else {
      long j = random.nextLong(calls + 1);
      if (j < RESERVOIR) {
        reservoir[(int) j] = nanos;
      }
    }
    calls++;
    totalNanos += nanos;
    if (bytes < 0) {
      allocationUnknown = true;
    } else {
      allocatedBytes += bytes;
    }
  }

  synchronized StageSummary summary() {
    long[] sorted = Arrays.copyOf(reservoir, (int) Math.min(calls, RESERVOIR));
    Arrays.sort(sorted);
    return new StageSummary(name, calls, totalNanos, percentile(sorted, 0.50),
        percentile(sorted, 0.95), allocationUnknown ? -1 : allocatedBytes);
  }

  /** Nearest-rank percentile of sorted values; 0 when there are none. */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
