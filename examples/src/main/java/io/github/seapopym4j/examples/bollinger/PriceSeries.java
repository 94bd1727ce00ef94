package io.github.seapopym4j.examples.bollinger;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Closing prices of consecutive bars, stored exactly as integer numbers of ticks: close = ticks ×
 * 10^−decimals (a tick of 0.01 for {@code decimals} 2). Integer ticks make the Bollinger statistics
 * exact (see {@link BollingerKernel}).
 *
 * <p>Immutable: the ticks are copied in and out.
 */
public final class PriceSeries implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final long[] ticks;
  private final int decimals;

  /**
   * @param source where the prices come from, e.g. "synthetic gbm seed=42" or a file path
   * @param ticks close of each bar in ticks; at least 2 bars, |ticks| &lt; 2^53
   * @param decimals the tick is 10^−decimals, 0 ≤ decimals ≤ 9
   */
  public PriceSeries(String source, long[] ticks, int decimals) {
    if (source == null) {
      throw new NullPointerException("source must not be null");
    }
    if (ticks.length < 2) {
      throw new IllegalArgumentException("a price series needs at least 2 bars, but has "
          + ticks.length + " (" + source + ")");
    }
    if (decimals < 0 || decimals > 9) {
      throw new IllegalArgumentException("decimals must be in [0, 9], but was " + decimals);
    }
    for (int i = 0; i < ticks.length; i++) {
      if (Math.abs(ticks[i]) >= (1L << 53)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "bar %d of %s: |close| must be < 2^53 ticks, but was %d", i, source, ticks[i]));
      }
    }
    this.source = source;
    this.ticks = ticks.clone();
    this.decimals = decimals;
  }

  public String source() {
    return source;
  }

  /** The number of bars. */
  public int size() {
    return ticks.length;
  }

  /** The tick is 10^−decimals. */
  public int decimals() {
    return decimals;
  }

  /** Ticks per price unit, 10^decimals. */
  public long ticksPerUnit() {
    return BigDecimal.ONE.movePointRight(decimals).longValueExact();
  }

  /** Close of bar {@code i} in ticks. */
  public long ticks(int i) {
    return ticks[i];
  }

  /** A copy of all closes in ticks. */
  public long[] ticks() {
    return ticks.clone();
  }

  /** Close of bar {@code i} in price units (ticks / 10^decimals). */
  public double close(int i) {
    return ticks[i] / (double) ticksPerUnit();
  }

  /** The first {@code bars} bars. */
  public PriceSeries first(int bars) {
    if (bars < 2 || bars > ticks.length) {
      throw new IllegalArgumentException("bars must be in [2, " + ticks.length + "], but was " + bars);
    }
    return new PriceSeries(source + " (first " + bars + " bars)", java.util.Arrays.copyOf(ticks, bars),
        decimals);
  }

  /** A 64-bit FNV-1a hash of the ticks and decimals, identifying the data in resume manifests. */
  public long fingerprint() {
    long h = 0xcbf29ce484222325L;
    for (long t : ticks) {
      h = (h ^ t) * 0x100000001b3L;
    }
    return (h ^ decimals) * 0x100000001b3L;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "PriceSeries[%s, %,d bars, tick 1e-%d]", source, ticks.length,
        decimals);
  }
}
