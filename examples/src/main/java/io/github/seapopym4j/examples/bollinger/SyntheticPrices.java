package io.github.seapopym4j.examples.bollinger;

import io.github.seapopym4j.internal.Checks;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded synthetic price series: geometric Brownian motion sampled once per bar and rounded to the
 * tick. With time step dt = 1 / barsPerYear and Z_t standard normal draws of {@code
 * SplittableRandom(seed).nextGaussian()}:
 * <pre>
 * P_0 = start,  P_t = P_{t−1} · exp((μ − σ²/2)·dt + σ·√dt·Z_t)
 * close_t = round(P_t · 10^decimals) ticks (at least 1 tick)
 * </pre>
 * Rounding does not accumulate: P is carried unrounded.
 *
 * @param start P_0 [price units], &gt; 0
 * @param annualDrift μ [1/year]
 * @param annualVolatility σ [1/√year], ≥ 0
 * @param barsPerYear bars in one year, &gt; 0 (default 98,280: 252 days × 390 minutes)
 * @param decimals the tick is 10^−decimals, in [0, 9]
 */
public record SyntheticPrices(double start, double annualDrift, double annualVolatility,
    double barsPerYear, int decimals) {

  /** The default number of bars of a synthetic series (the source document's 125,031). */
  public static final int DEFAULT_BARS = 125_031;

  /** Start 100.00, μ 5 %/year, σ 20 %/√year, minute bars (98,280 a year), tick 0.01. */
  public static final SyntheticPrices DEFAULT = new SyntheticPrices(100, 0.05, 0.20, 98_280, 2);

  /** Validates the parameters. */
  public SyntheticPrices {
    if (!(start > 0 && Double.isFinite(start))) {
      throw new IllegalArgumentException("start [price] must be > 0, but was " + start);
    }
    if (!Double.isFinite(annualDrift)) {
      throw new IllegalArgumentException("annualDrift [1/year] must be finite, but was " + annualDrift);
    }
    if (!(annualVolatility >= 0 && Double.isFinite(annualVolatility))) {
      throw new IllegalArgumentException("annualVolatility [1/sqrt(year)] must be >= 0, but was "
          + annualVolatility);
    }
    if (!(barsPerYear > 0 && Double.isFinite(barsPerYear))) {
      throw new IllegalArgumentException("barsPerYear must be > 0, but was " + barsPerYear);
    }
    if (decimals < 0 || decimals > 9) {
      throw new IllegalArgumentException("decimals must be in [0, 9], but was " + decimals);
    }
  }

  public SyntheticPrices withBarsPerYear(double v) {
    return new SyntheticPrices(start, annualDrift, annualVolatility, v, decimals);
  }

  /** {@code bars} closes (≥ 2) from {@code seed}; the same seed gives the same series. */
  public PriceSeries generate(int bars, long seed) {
    Checks.atLeast(bars, 2, "bars");
    SplittableRandom rng = new SplittableRandom(seed);
    double dt = 1 / barsPerYear;
    double drift = (annualDrift - annualVolatility * annualVolatility / 2) * dt;
    double diffusion = annualVolatility * Math.sqrt(dt);
    double scale = Math.pow(10, decimals);
    long[] ticks = new long[bars];
    double p = start;
    ticks[0] = Math.max(1, Math.round(p * scale));
    for (int t = 1; t < bars; t++) {
      p *= Math.exp(drift + diffusion * rng.nextGaussian());
      ticks[t] = Math.max(1, Math.round(p * scale));
    }
    String source = String.format(Locale.ROOT,
        "synthetic gbm seed=%d start=%s mu=%s sigma=%s barsPerYear=%s", seed, start, annualDrift,
        annualVolatility, barsPerYear);
    return new PriceSeries(source, ticks, decimals);
  }
}
