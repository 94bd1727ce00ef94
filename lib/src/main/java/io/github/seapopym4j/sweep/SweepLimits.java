package io.github.seapopym4j.sweep;

import io.github.seapopym4j.internal.Checks;
import java.util.Locale;

/**
 * Ceilings a sweep must fit under before anything runs.
 *
 * @param maxCombinations the most combinations a plan may have (at most {@link #HARD_MAX_COMBINATIONS},
 *     the length limit of a Java array)
 * @param maxResultBytes the most bytes its results may take in memory ({@link
 *     SweepPlan#resultBytes(int)})
 */
public record SweepLimits(long maxCombinations, long maxResultBytes) {

  /** Result columns are Java arrays indexed by {@code int}. */
  public static final long HARD_MAX_COMBINATIONS = Integer.MAX_VALUE - 8;

  /** 10,000,000 combinations and 512 MiB of results. */
  public static final SweepLimits DEFAULT = new SweepLimits(10_000_000L, 512L << 20);

  /** Validates both ceilings. */
  public SweepLimits {
    if (maxCombinations < 1 || maxCombinations > HARD_MAX_COMBINATIONS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "maxCombinations must be in [1, %,d], but was %,d", HARD_MAX_COMBINATIONS, maxCombinations));
    }
    Checks.atLeast(maxResultBytes, 1, "maxResultBytes");
  }

  public SweepLimits withMaxCombinations(long v) {
    return new SweepLimits(v, maxResultBytes);
  }

  public SweepLimits withMaxResultBytes(long v) {
    return new SweepLimits(maxCombinations, v);
  }

  /**
   * Throws an IllegalArgumentException that says what to change when {@code plan} with {@code
   * metricCount} metrics exceeds a ceiling, e.g. "sweep has 1,771,561 combinations, above the ceiling
   * of 1,000,000; raise maxCombinations or coarsen an axis (window 121 × k 121 × exit 121)".
   */
  public void check(SweepPlan plan, int metricCount) {
    long n = plan.combinations();
    if (n > maxCombinations) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "sweep has %,d combinations, above the ceiling of %,d; raise maxCombinations or %s", n,
          maxCombinations, plan.howToShrink()));
    }
    long bytes = plan.resultBytes(metricCount);
    if (bytes > maxResultBytes) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "sweep results need %.1f MB (%,d combinations × %d metrics × 8 B%s), above the ceiling of "
              + "%.1f MB; raise maxResultBytes, drop metrics or %s", bytes / 1e6, n, metricCount,
          plan.resultBytes(0) > 0 ? " + stored sample" : "", maxResultBytes / 1e6,
          plan.howToShrink()));
    }
  }
}
