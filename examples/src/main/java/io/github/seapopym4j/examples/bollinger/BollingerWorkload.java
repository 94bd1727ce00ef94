package io.github.seapopym4j.examples.bollinger;

import io.github.seapopym4j.profile.Profiler;
import io.github.seapopym4j.benchmark.SweepWorkload;
import io.github.seapopym4j.sweep.Sweep;
import io.github.seapopym4j.sweep.SweepPlan;

/**
 * The sweep of {@code seapopym profile --workload sweep}: a Bollinger backtest of grid {@code --grid}
 * over 20,000 synthetic minute bars (registered through {@code
 * META-INF/services/io.github.seapopym4j.benchmark.SweepWorkload}).
 */
public final class BollingerWorkload implements SweepWorkload {

  @Override
  public Sweep prepare(String grid, long seed, int threads, Profiler profiler) {
    PriceSeries prices;
    try (Profiler.Stage s = profiler.stage(Profiler.LOAD)) {
      prices = SyntheticPrices.DEFAULT.generate(20_000, seed);
    }
    try (Profiler.Stage s = profiler.stage(Profiler.PREPARE)) {
      SweepPlan plan = BollingerAxes.grid(grid);
      return Sweep.builder(plan, new BollingerKernel(prices, 252 * 390)).threads(threads).build();
    }
  }
}
