package io.github.seapopym4j.sweep;

import java.time.Duration;
import java.util.Locale;

/**
 * Where a running sweep stands.
 *
 * @param done combinations with results (evaluated in this run, or read back from chunks on resume)
 * @param total combinations in the plan
 * @param resumed combinations read back from an earlier run's chunks (not evaluated in this run)
 * @param elapsedNanos wall time since the sweep started [ns]
 * @param kernelNanos time spent inside {@link SweepFunction#evaluate(Chunk)}, summed over threads [ns]
 * @param resultNanos time spent handling results (copying columns, writing chunk files, reading them
 *     back), summed over threads [ns]
 */
public record SweepProgress(long done, long total, long resumed, long elapsedNanos, long kernelNanos,
    long resultNanos) {

  /** {@code done / total}, in [0, 1]. */
  public double fraction() {
    return total == 0 ? 1 : (double) done / total;
  }

  /** Combinations evaluated in this run per second of wall time; 0 before the first one. */
  public double rate() {
    return elapsedNanos <= 0 ? 0 : (done - resumed) * 1e9 / elapsedNanos;
  }

  /** Remaining combinations divided by {@link #rate()}; null while the rate is unknown. */
  public Duration eta() {
    double rate = rate();
    if (rate <= 0) {
      return done >= total ? Duration.ZERO : null;
    }
    return Duration.ofMillis(Math.round((total - done) / rate * 1e3));
  }

  /** E.g. "400,000 / 1,771,561 combinations (22.6%), 9,140/s, ETA 2m30s". */
  @Override
  public String toString() {
    Duration eta = eta();
    String etaText = eta == null ? "?" : formatDuration(eta);
    return String.format(Locale.ROOT, "%,d / %,d combinations (%.1f%%), %,.0f/s, ETA %s", done, total,
        100 * fraction(), rate(), etaText);
  }

  /** "1h02m03s", "2m30s" or "12s". */
  public static String formatDuration(Duration d) {
    long s = d.toSeconds();
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%dh%02dm%02ds", s / 3600, s / 60 % 60, s % 60);
    }
    return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
  }
}
