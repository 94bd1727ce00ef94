package io.github.seapopym4j.examples.bollinger;

/**
 * The Bollinger rules of {@link BollingerKernel}, implemented the obvious way: bar by bar, window
 * sums recomputed from scratch at every bar, the equity curve and its drawdown tracked explicitly,
 * the Sharpe ratio from the stored returns by the two-pass formula. O(n·w) per combination: for
 * checking the fast kernel on small inputs, not for sweeps.
 */
public final class BollingerReference {

  private BollingerReference() {
  }

  /** Backtests one (window, k, exit) combination over {@code prices}. */
  public static BollingerOutcome backtest(PriceSeries prices, int window, double k, double exit,
      double barsPerYear) {
    int n = prices.size();
    long[] c = prices.ticks();
    long min = Long.MAX_VALUE;
    for (long v : c) {
      min = Math.min(min, v);
    }
    for (int t = 0; t < n; t++) {
      c[t] -= min; // sums relative to the minimum: same z, no overflow (see BollingerKernel)
    }
    boolean inPosition = false;
    long entry = 0;
    long equity = 0;
    long peak = 0;
    long maxDrawdown = 0;
    int trades = 0;
    int wins = 0;
    long[] returns = new long[n - 1];
    for (int t = 0; t < n; t++) {
      if (t > 0) {
        long r = inPosition ? c[t] - c[t - 1] : 0;
        returns[t - 1] = r;
        equity += r;
        peak = Math.max(peak, equity);
        maxDrawdown = Math.max(maxDrawdown, peak - equity);
      }
      if (t == n - 1) {
        if (inPosition) {
          trades++;
          wins += c[t] > entry ? 1 : 0;
          inPosition = false;
        }
        break;
      }
      if (t < window - 1) {
        continue;
      }
      long s = 0;
      long q = 0;
      for (int u = t - window + 1; u <= t; u++) {
        s = Math.addExact(s, c[u]);
        q = Math.addExact(q, Math.multiplyExact(c[u], c[u]));
      }
      long spread = Math.subtractExact(Math.multiplyExact(window, q), Math.multiplyExact(s, s));
      long deviation = Math.subtractExact(Math.multiplyExact(window, c[t]), s);
      double z = spread == 0 ? 0.0 : deviation / Math.sqrt((double) spread);
      if (inPosition) {
        if (z > exit) {
          trades++;
          wins += c[t] > entry ? 1 : 0;
          inPosition = false;
        }
      } else if (z < -k) {
        inPosition = true;
        entry = c[t];
      }
    }
    double mean = 0;
    for (long r : returns) {
      mean += r;
    }
    mean /= returns.length;
    double var = 0;
    for (long r : returns) {
      var += (r - mean) * (r - mean);
    }
    var /= returns.length;
    double sharpe = var > 0 ? mean / Math.sqrt(var) * Math.sqrt(barsPerYear) : 0;
    double unit = prices.ticksPerUnit();
    return new BollingerOutcome(equity / unit, sharpe, maxDrawdown / unit,
        trades == 0 ? 0 : (double) wins / trades, trades);
  }
}
