package io.github.seapopym4j.examples.bollinger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.sweep.Axis;
import io.github.seapopym4j.sweep.Sweep;
import io.github.seapopym4j.sweep.SweepPlan;
import io.github.seapopym4j.sweep.SweepResult;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BollingerKernelTest {

  /**
   * Random series: a small random walk in ticks, sometimes with flat stretches (constant windows,
   * s = 0) and sometimes with big jumps.
   */
  private static PriceSeries randomSeries(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int n = 2 + rng.nextInt(400);
    long[] ticks = new long[n];
    long p = 1000 + rng.nextInt(10_000);
    boolean flats = rng.nextBoolean();
    for (int t = 0; t < n; t++) {
      if (!(flats && rng.nextInt(4) == 0)) {
        p = Math.max(1, p + rng.nextInt(-20, 21) + (rng.nextInt(50) == 0 ? rng.nextInt(-500, 501) : 0));
      }
      ticks[t] = p;
    }
    return new PriceSeries("random seed=" + seed, ticks, rng.nextInt(4));
  }

  /**
   * Exactness argument: pnl, drawdown, trades and wins are integer tick arithmetic in both
   * implementations, and z is the same double expression of the same exact integers, so every
   * decision and every integer total is identical: compared with tolerance 0. Only the Sharpe ratio
   * differs by rounding (one-pass Σr²/N − mean² in the kernel, two-pass Σ(r − mean)²/N in the
   * reference, at most a few hundred returns of similar size): relative tolerance 1e-9.
   */
  @Test
  void fastKernelAgreesWithReferenceOnRandomSeries() {
    SplittableRandom rng = new SplittableRandom(20240607);
    int checked = 0;
    int withTrades = 0;
    for (int s = 0; s < 300; s++) {
      PriceSeries prices = randomSeries(s);
      double barsPerYear = 252;
      BollingerKernel kernel = new BollingerKernel(prices, barsPerYear);
      for (int c = 0; c < 20; c++) {
        int w = 2 + rng.nextInt(Math.min(60, prices.size() + 2));
        double k = rng.nextInt(-10, 41) / 10.0;
        double x = rng.nextInt(-30, 31) / 10.0;
        BollingerOutcome ref = BollingerReference.backtest(prices, w, k, x, barsPerYear);
        BollingerOutcome fast = kernel.backtest(w, k, x);
        String where = "seed " + s + " w=" + w + " k=" + k + " x=" + x;
        assertEquals(ref.trades(), fast.trades(), where);
        assertEquals(ref.pnl(), fast.pnl(), 0.0, where);
        assertEquals(ref.maxDrawdown(), fast.maxDrawdown(), 0.0, where);
        assertEquals(ref.winRate(), fast.winRate(), 0.0, where);
        assertEquals(ref.sharpe(), fast.sharpe(), 1e-9 * Math.abs(ref.sharpe()), where);
        checked++;
        withTrades += ref.trades() > 0 ? 1 : 0;
      }
    }
    assertEquals(6000, checked);
    assertTrue(withTrades > 3000, "too few combinations trade to be a test: " + withTrades);
  }

  @Test
  void sweepColumnsEqualSingleBacktests() {
    PriceSeries prices = SyntheticPrices.DEFAULT.generate(3000, 7);
    BollingerKernel kernel = new BollingerKernel(prices, 98_280);
    SweepPlan plan = SweepPlan.grid(Axis.integers("window", 10, 40, 4), Axis.linear("k", 0.5, 3, 6),
        Axis.linear("exit", -1, 2, 5));
    SweepResult r = Sweep.builder(plan, kernel).threads(2).chunkSize(7).build().run();
    for (int i = 0; i < r.size(); i++) {
      BollingerOutcome o = BollingerReference.backtest(prices, (int) r.parameter("window", i),
          r.parameter("k", i), r.parameter("exit", i), 98_280);
      assertEquals(o.pnl(), r.metric("pnl", i), 0.0);
      assertEquals(o.trades(), r.metric("trades", i), 0.0);
      assertEquals(o.maxDrawdown(), r.metric("max_drawdown", i), 0.0);
    }
  }

  @Test
  void handComputedSeriesGivesKnownTrades() {
    // closes 10 10 10 7 10 13 10: w=2, k=0.5, x=0.5.
    // t=1: window (10,10) constant, z=0. t=2: z=0. t=3: window (10,7): m=8.5, s=1.5, z=-1 < -0.5:
    // buy at 7. t=4: (7,10) z=+1 > 0.5: sell at 10 (+3). t=5: (10,13) z=+1, flat, no entry.
    // t=6: last bar, no entry. pnl 3, 1 trade, 1 win, drawdown 0.
    PriceSeries p = new PriceSeries("hand", new long[] {10, 10, 10, 7, 10, 13, 10}, 0);
    BollingerOutcome o = new BollingerKernel(p, 1).backtest(2, 0.5, 0.5);
    assertEquals(new BollingerOutcome(3, o.sharpe(), 0, 1, 1), o);
    // returns: 0 0 0 +3 0 0 over 6 bars: mean 0.5, population std sqrt(9/6 - 0.25) = sqrt(1.25).
    assertEquals(0.5 / Math.sqrt(1.25), o.sharpe(), 1e-15);
  }

  @Test
  void openPositionIsClosedAtLastBarAndCountsDrawdown() {
    // w=2, k=0.5, x=10 (never exits by signal): buy at t=2 (z=-1), ride 8 -> 12 -> 6 (last bar).
    PriceSeries p = new PriceSeries("hand", new long[] {10, 10, 8, 12, 6}, 0);
    BollingerOutcome o = new BollingerKernel(p, 1).backtest(2, 0.5, 10);
    assertEquals(1, o.trades());
    assertEquals(-2, o.pnl(), 0.0);
    assertEquals(0, o.winRate(), 0.0);
    assertEquals(6, o.maxDrawdown(), 0.0); // peak equity +4 at 12, then -2 at 6
  }

  @Test
  void windowAxisMustHoldIntegersOfAtLeastTwo() {
    BollingerKernel kernel = new BollingerKernel(SyntheticPrices.DEFAULT.generate(100, 1), 252);
    SweepPlan plan = SweepPlan.grid(Axis.of("window", 1, 5), Axis.of("k", 1), Axis.of("exit", 0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> kernel.check(plan));
    assertTrue(e.getMessage().contains("window must hold integers >= 2"), e.getMessage());
    SweepPlan missing = SweepPlan.grid(Axis.of("window", 5), Axis.of("band", 1), Axis.of("exit", 0));
    e = assertThrows(IllegalArgumentException.class, () -> kernel.check(missing));
    assertTrue(e.getMessage().contains("no axis 'k'"), e.getMessage());
  }
}
