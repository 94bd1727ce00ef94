package io.github.seapopym4j.calibration;

import io.github.seapopym4j.profile.MemorySnapshot;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Samples the process's memory once per generation and enforces an optional ceiling.
 *
 * <p>The figure compared with the ceiling is the resident set size: on ND4J's CPU backend neither
 * ND4J's nor JavaCPP's counters see the data buffers (see {@link MemorySnapshot}), so the resident
 * set is the trustworthy total. Where the platform does not report it, heap + off-heap is used.
 *
 * <p>Over the ceiling, {@link #check} warns, runs the cleanup (by default in a calibration:
 * {@link System#gc()}, which also lets ND4J release unreachable buffers, and clearing the fitness
 * cache), and samples again: still over, it answers {@link Status#EXCEEDED} and the calibration stops
 * cleanly after saving its checkpoint.
 */
public final class MemoryMonitor {

  /** The outcome of one {@link #check}. */
  public enum Status {
    /** Below the ceiling (or no ceiling). */
    OK,
    /** Was over the ceiling; below it after the cleanup. */
    CLEANED,
    /** Still over the ceiling after the cleanup: stop. */
    EXCEEDED
  }

  /**
   * One check.
   *
   * @param snapshot the memory after the check (after the cleanup, if one ran)
   * @param status what happened
   * @param message a sentence for the user; empty when {@code status} is OK
   */
  public record Check(MemorySnapshot snapshot, Status status, String message) {}

  private final long ceilingBytes;
  private final Supplier<MemorySnapshot> probe;

  private MemoryMonitor(long ceilingBytes, Supplier<MemorySnapshot> probe) {
    this.ceilingBytes = ceilingBytes;
    this.probe = Objects.requireNonNull(probe, "probe");
  }

  /** Samples only, never stops. */
  public static MemoryMonitor unlimited() {
    return new MemoryMonitor(Long.MAX_VALUE, MemorySnapshot::now);
  }

  /** Enforces {@code bytes} on the resident set. */
  public static MemoryMonitor withCeiling(long bytes) {
    return withCeiling(bytes, MemorySnapshot::now);
  }

  /** Enforces {@code bytes} on what {@code probe} reports (tests inject a probe). */
  public static MemoryMonitor withCeiling(long bytes, Supplier<MemorySnapshot> probe) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("memory ceiling must be > 0 bytes, but was " + bytes);
    }
    return new MemoryMonitor(bytes, probe);
  }

  /** The ceiling in bytes; {@link Long#MAX_VALUE} when unlimited. */
  public long ceilingBytes() {
    return ceilingBytes;
  }

  /** The figure compared with the ceiling: resident bytes, else heap + off-heap. */
  public static long measuredBytes(MemorySnapshot s) {
    return s.residentBytes() >= 0 ? s.residentBytes() : s.heapUsedBytes() + s.offHeapBytes();
  }

  /** Samples now; over the ceiling, runs {@code cleanup} and samples again. */
  public Check check(Runnable cleanup) {
    MemorySnapshot s = probe.get();
    long used = measuredBytes(s);
    if (used <= ceilingBytes) {
      return new Check(s, Status.OK, "");
    }
    cleanup.run();
    MemorySnapshot after = probe.get();
    long usedAfter = measuredBytes(after);
    if (usedAfter <= ceilingBytes) {
      return new Check(after, Status.CLEANED, String.format(
          "memory %.1f MB exceeded the ceiling %.1f MB; after cleanup %.1f MB", used / 1e6,
          ceilingBytes / 1e6, usedAfter / 1e6));
    }
    return new Check(after, Status.EXCEEDED, String.format(
        "memory %.1f MB exceeds the ceiling %.1f MB even after cleanup (was %.1f MB): stopping",
        usedAfter / 1e6, ceilingBytes / 1e6, used / 1e6));
  }
}
