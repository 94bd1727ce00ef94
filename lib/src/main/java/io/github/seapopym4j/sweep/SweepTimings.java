package io.github.seapopym4j.sweep;

import java.util.Locale;

/**
 * Where the time of a sweep went.
 *
 * @param wallNanos wall time of {@link Sweep#run()} [ns]
 * @param kernelNanos time inside the kernel, summed over worker threads [ns]
 * @param resultNanos time handling results, summed over threads: copying chunk columns, writing and
 *     reading chunk files, assembling the final CSV [ns]
 * @param threads worker threads used
 * @param evaluated combinations evaluated in this run
 * @param resumed combinations read back from an earlier run
 */
public record SweepTimings(long wallNanos, long kernelNanos, long resultNanos, int threads,
    long evaluated, long resumed) {

  /** resultNanos / (kernelNanos + resultNanos): the share of work spent on results. */
  public double resultFraction() {
    long sum = kernelNanos + resultNanos;
    return sum == 0 ? 0 : (double) resultNanos / sum;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "SweepTimings[wall %.2f s, kernel %.2f s, results %.3f s (%.2f%%), %d threads, %,d evaluated,"
            + " %,d resumed]", wallNanos / 1e9, kernelNanos / 1e9, resultNanos / 1e9,
        100 * resultFraction(), threads, evaluated, resumed);
  }
}
