package io.github.seapopym4j.examples.bollinger;

import io.github.seapopym4j.sweep.Axis;
import io.github.seapopym4j.sweep.Chunk;
import io.github.seapopym4j.sweep.SweepMeasure;
import io.github.seapopym4j.sweep.SweepFunction;
import io.github.seapopym4j.sweep.SweepPlan;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A long-only Bollinger-band mean-reversion backtest, fast: one sweep kernel call scores a chunk of
 * (window, k, exit) combinations over one {@link PriceSeries}.
 *
 * <h2>Rules</h2>
 * Bars t = 0 … n−1 with closes c_t in integer ticks. Parameters: window length w ≥ 2 [bars], band
 * width k [standard deviations], exit threshold x [standard deviations].
 * <ol>
 *   <li><b>Bands.</b> For t ≥ w−1, over the last w closes c_{t−w+1} … c_t: S_t = Σ c, Q_t = Σ c²
 *       (exact integers), mean m_t = S_t/w, population standard deviation s_t = √(Q_t/w − m_t²).
 *       The z-score is z_t = (c_t − m_t)/s_t, evaluated as the double {@code (w·c_t − S_t) /
 *       Math.sqrt((double) (w·Q_t − S_t²))} from exact long integers; z_t = 0 when the window is
 *       constant (s_t = 0). The lower band is m − k·s, the exit level m + x·s: {@code z < −k} means
 *       the close is below the lower band, {@code z > x} above the exit level.</li>
 *   <li><b>Entry.</b> Flat at bar t with w−1 ≤ t ≤ n−2 and z_t &lt; −k: buy one unit at c_t.</li>
 *   <li><b>Exit.</b> Long at bar t (bought at an earlier bar) and z_t &gt; x: sell at c_t. At the
 *       last bar n−1 a long position is sold at c_{n−1} (flat at the end). One action per bar: a bar
 *       that exits does not re-enter. No costs, no slippage, no stop.</li>
 *   <li><b>Returns.</b> r_t = c_t − c_{t−1} when long from bar t−1 to bar t, else 0, for t = 1 … n−1
 *       (n−1 returns, price units).</li>
 *   <li><b>Metrics.</b> pnl = Σ r_t; equity E_t = Σ_{u ≤ t} r_u (E_0 = 0) and max_drawdown = max_t
 *       (max_{u≤t} E_u − E_t); sharpe = mean(r) / std(r) × √barsPerYear with the population std
 *       (0 when std is 0); trades = number of entries; win_rate = trades exiting strictly above
 *       their entry / trades (0 without trades).</li>
 * </ol>
 * Because prices are integer ticks, every decision, pnl, drawdown, trade and win count is exact, and
 * a straightforward implementation of the same rules (the tests' {@code BollingerReference}) takes exactly the
 * same decisions.
 *
 * <h2>Speed</h2>
 * Per window length w the z-scores of all bars are computed once with exact rolling integer sums
 * (O(n), no drift, so no periodic recomputation is needed) and shared by every (k, x) of the chunk.
 * Each combination is then two alternating tight loops over primitive arrays: while flat, find the
 * next bar with z &lt; −k; while long, track the running peak and drawdown of the close and find the
 * next bar with z &gt; x. Per trade, Σr² comes from a prefix sum of squared price changes, so nothing
 * else is touched per bar. Exactness needs w·(max − min close) ≤ 3,037,000,499 ticks (checked).
 *
 * @implNote Immutable and thread-safe; scratch arrays are local to each call.
 */
public final class BollingerKernel implements SweepFunction {

  /** floor(√(2^63 − 1)): w·range must stay below it for w·Q and S² to fit in a long. */
  static final long EXACT_LIMIT = 3_037_000_499L;

  /** Bars per block of the skip scans: {@code 1 << BLOCK_SHIFT}. */
  static final int BLOCK_SHIFT = 3;
  static final int BLOCK = 1 << BLOCK_SHIFT;

  private static final List<SweepMeasure> METRICS = List.of(SweepMeasure.real("pnl", "price"),
      SweepMeasure.real("sharpe", "1"), SweepMeasure.real("max_drawdown", "price"), SweepMeasure.real("win_rate", "1"),
      SweepMeasure.count("trades"));

  private final PriceSeries prices;
  private final double barsPerYear;
  private final int n;
  private final int[] c;
  private final long[] sumSqDiff;
  /** Per full block of {@link #BLOCK} bars: highest and lowest close, largest drop within. */
  private final int[] blockMax;
  private final int[] blockMin;
  private final int[] blockDrop;
  private final long range;
  private final double ticksPerUnit;
  private final double sqrtBarsPerYear;

  /**
   * @param prices the series to backtest
   * @param barsPerYear annualisation of the Sharpe ratio (e.g. 252 for daily bars, 98,280 for
   *     minute bars of 390-minute days), &gt; 0
   */
  public BollingerKernel(PriceSeries prices, double barsPerYear) {
    if (!(barsPerYear > 0 && Double.isFinite(barsPerYear))) {
      throw new IllegalArgumentException("barsPerYear must be > 0, but was " + barsPerYear);
    }
    this.prices = prices;
    this.barsPerYear = barsPerYear;
    this.n = prices.size();
    long[] ticks = prices.ticks();
    long min = Arrays.stream(ticks).min().orElseThrow();
    long max = Arrays.stream(ticks).max().orElseThrow();
    this.range = max - min;
    if (range > EXACT_LIMIT / 2 || (range > 0 && (n - 1) > Long.MAX_VALUE / range / range)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: the closes span %,d ticks, too many for exact sums over %,d bars; use a coarser tick",
          prices.source(), range, n));
    }
    this.c = new int[n];
    this.sumSqDiff = new long[n];
    for (int t = 0; t < n; t++) {
      c[t] = (int) (ticks[t] - min);
      if (t > 0) {
        long d = c[t] - c[t - 1];
        sumSqDiff[t] = sumSqDiff[t - 1] + d * d;
      }
    }
    int blocks = n >> BLOCK_SHIFT;
    this.blockMax = new int[blocks];
    this.blockMin = new int[blocks];
    this.blockDrop = new int[blocks];
    for (int b = 0; b < blocks; b++) {
      int hi = Integer.MIN_VALUE;
      int lo = Integer.MAX_VALUE;
      int drop = 0;
      for (int t = b << BLOCK_SHIFT; t < (b + 1) << BLOCK_SHIFT; t++) {
        hi = Math.max(hi, c[t]);
        lo = Math.min(lo, c[t]);
        drop = Math.max(drop, hi - c[t]);
      }
      blockMax[b] = hi;
      blockMin[b] = lo;
      blockDrop[b] = drop;
    }
    this.ticksPerUnit = prices.ticksPerUnit();
    this.sqrtBarsPerYear = Math.sqrt(barsPerYear);
  }

  @Override
  public List<SweepMeasure> metrics() {
    return METRICS;
  }

  /** Needs axes {@code window} (integers ≥ 2), {@code k} and {@code exit}; checks exactness. */
  @Override
  public void check(SweepPlan plan) {
    Axis window = plan.axes().get(plan.axisIndex(BollingerAxes.WINDOW));
    plan.axisIndex(BollingerAxes.K);
    plan.axisIndex(BollingerAxes.EXIT);
    if (!window.integral() || window.min() < 2) {
      throw new IllegalArgumentException("axis window must hold integers >= 2, but is " + window);
    }
    if (window.max() * range > EXACT_LIMIT) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "window %.0f × price range %,d ticks exceeds %,d: exact rolling sums would overflow; use "
              + "shorter windows or a coarser tick", window.max(), range, EXACT_LIMIT));
    }
  }

  @Override
  public void evaluate(Chunk chunk) {
    SweepPlan plan = chunk.plan();
    int wAxis = plan.axisIndex(BollingerAxes.WINDOW);
    int kAxis = plan.axisIndex(BollingerAxes.K);
    int xAxis = plan.axisIndex(BollingerAxes.EXIT);
    Scores z = new Scores(n);
    long[] acc = new long[5];
    for (int i = chunk.from(); i < chunk.to(); i++) {
      int w = (int) plan.value(wAxis, i);
      if (w != z.window) {
        scores(w, z);
      }
      simulate(z, w, plan.value(kAxis, i), plan.value(xAxis, i), acc);
      chunk.set(0, i, acc[0] / ticksPerUnit);
      chunk.set(1, i, sharpe(acc[0], acc[1]));
      chunk.set(2, i, acc[2] / ticksPerUnit);
      chunk.set(3, i, acc[3] == 0 ? 0 : (double) acc[4] / acc[3]);
      chunk.set(4, i, acc[3]);
    }
  }

  /** One backtest, outside a sweep (same code path as {@link #evaluate}). */
  public BollingerOutcome backtest(int window, double k, double exit) {
    if (window < 2 || (long) window * range > EXACT_LIMIT) {
      throw new IllegalArgumentException("window must be in [2, " + EXACT_LIMIT / Math.max(1, range)
          + "], but was " + window);
    }
    Scores z = new Scores(n);
    scores(window, z);
    long[] acc = new long[5];
    simulate(z, window, k, exit, acc);
    return new BollingerOutcome(acc[0] / ticksPerUnit, sharpe(acc[0], acc[1]), acc[2] / ticksPerUnit,
        acc[3] == 0 ? 0 : (double) acc[4] / acc[3], (int) acc[3]);
  }

  /** The z-scores of one window length and their per-block minimum and maximum. */
  static final class Scores {
    final double[] z;
    final double[] min;
    final double[] max;
    int window = -1;

    Scores(int n) {
      z = new double[n];
      min = new double[n >> BLOCK_SHIFT];
      max = new double[n >> BLOCK_SHIFT];
    }
  }

  /**
   * z_t for t ≥ w−1 (NaN before) and +∞ at the last bar, so that every scan for an exit stops there;
   * then the minimum and maximum of each full block of {@link #BLOCK} bars (NaN ignored).
   */
  void scores(int w, Scores out) {
    double[] z = out.z;
    out.window = w;
    Arrays.fill(z, Double.NaN);
    if (w <= n) {
      long s = 0;
      long q = 0;
      for (int t = 0; t < w; t++) {
        long v = c[t];
        s += v;
        q += v * v;
      }
      for (int t = w - 1; t < n; t++) {
        if (t >= w) {
          long in = c[t];
          long out2 = c[t - w];
          s += in - out2;
          q += in * in - out2 * out2;
        }
        long spread = w * q - s * s;
        z[t] = spread == 0 ? 0.0 : (w * (long) c[t] - s) / Math.sqrt((double) spread);
      }
    }
    z[n - 1] = Double.POSITIVE_INFINITY;
    for (int b = 0; b < out.min.length; b++) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int t = b << BLOCK_SHIFT; t < (b + 1) << BLOCK_SHIFT; t++) {
        double v = z[t];
        lo = v < lo ? v : lo;
        hi = v > hi ? v : hi;
      }
      out.min[b] = lo;
      out.max[b] = hi;
    }
  }

  /**
   * Runs the rules for one (w, k, x); writes pnl and Σr² (ticks, ticks²), max drawdown (ticks),
   * trades and wins into acc[0..4]. Scans skip whole blocks of {@link #BLOCK} bars that cannot hold
   * the crossing looked for (block minimum of z ≥ −k while flat, block maximum ≤ x while long),
   * taking the block's price maximum, minimum and inner drawdown at once while long.
   */
  private void simulate(Scores scores, int w, double k, double x, long[] acc) {
    final int[] c = this.c;
    final double[] z = scores.z;
    final double[] zMin = scores.min;
    final double[] zMax = scores.max;
    final int[] cMax = this.blockMax;
    final int[] cMin = this.blockMin;
    final int[] cDrop = this.blockDrop;
    final int last = n - 1;
    final int lastFullBlockBeforeLast = last >> BLOCK_SHIFT;
    final int fullBlocks = n >> BLOCK_SHIFT;
    final double lo = -k;
    long pnl = 0;
    long sumSq = 0;
    long equity = 0;
    long peak = 0;
    long maxDd = 0;
    long trades = 0;
    long wins = 0;
    int t = w - 1;
    while (t < last) {
      // Flat: first t' >= t, t' < last, with z < lo.
      int stop = Math.min(((t >> BLOCK_SHIFT) + 1) << BLOCK_SHIFT, last);
      for (; t < stop; t++) {
        if (z[t] < lo) {
          break;
        }
      }
      if (t == stop) {
        if (t >= last) {
          break;
        }
        int b = t >> BLOCK_SHIFT; // t is at a block start here: skipping never goes backwards
        while (b < lastFullBlockBeforeLast && !(zMin[b] < lo)) {
          b++;
        }
        t = b << BLOCK_SHIFT;
        stop = Math.min(t + BLOCK, last);
        for (; t < stop; t++) {
          if (z[t] < lo) {
            break;
          }
        }
        if (t >= stop) {
          break;
        }
      }
      // Long from bar e: first t > e with z > x (at the latest the last bar, z = +inf).
      final int e = t;
      final long ce = c[e];
      long hi = Math.max(peak - equity + ce, ce);
      long dd = maxDd;
      t = e + 1;
      int aligned = Math.min(((t + BLOCK - 1) >> BLOCK_SHIFT) << BLOCK_SHIFT, n);
      boolean exited = false;
      for (; t < aligned; t++) {
        long cu = c[t];
        hi = Math.max(hi, cu);
        dd = Math.max(dd, hi - cu);
        if (z[t] > x) {
          exited = true;
          break;
        }
      }
      if (!exited) {
        int b = t >> BLOCK_SHIFT;
        while (b < fullBlocks && !(zMax[b] > x)) {
          dd = Math.max(dd, Math.max(hi - cMin[b], cDrop[b]));
          hi = Math.max(hi, cMax[b]);
          b++;
        }
        for (t = b << BLOCK_SHIFT; t < n; t++) {
          long cu = c[t];
          hi = Math.max(hi, cu);
          dd = Math.max(dd, hi - cu);
          if (z[t] > x) {
            break;
          }
        }
      }
      long cx = c[t];
      peak = equity - ce + hi;
      equity += cx - ce;
      pnl += cx - ce;
      maxDd = dd;
      sumSq += sumSqDiff[t] - sumSqDiff[e];
      trades++;
      if (cx > ce) {
        wins++;
      }
      t++;
    }
    acc[0] = pnl;
    acc[1] = sumSq;
    acc[2] = maxDd;
    acc[3] = trades;
    acc[4] = wins;
  }

  private double sharpe(long pnl, long sumSq) {
    double count = n - 1;
    double mean = pnl / count;
    double var = sumSq / count - mean * mean;
    return var > 0 ? mean / Math.sqrt(var) * sqrtBarsPerYear : 0;
  }

  @Override
  public String describe() {
    return String.format(Locale.ROOT, "bollinger bars=%d decimals=%d barsPerYear=%s prices=%016x (%s)",
        n, prices.decimals(), barsPerYear, prices.fingerprint(), prices.source());
  }

  @Override
  public long workPerCombination() {
    return n;
  }
}
