package io.github.seapopym4j.sweep;

import java.util.List;

/**
 * A test fixture: a cheap, deterministic kernel over three axes (window, k, exit) with five metrics,
 * named as the Bollinger example's ({@code examples/}), which the sweep engine's tests used before it
 * left the library. Each metric is a smooth function of the combination's axis values, so two runs
 * of the same plan give identical columns whatever the threads, chunks or order.
 */
final class FiveMeasureFunction implements SweepFunction {

  private static final List<SweepMeasure> METRICS = List.of(SweepMeasure.real("pnl", "1"),
      SweepMeasure.real("sharpe", "1"), SweepMeasure.real("max_drawdown", "1"), SweepMeasure.real("win_rate", "1"),
      SweepMeasure.count("trades"));

  @Override
  public List<SweepMeasure> metrics() {
    return METRICS;
  }

  @Override
  public void evaluate(Chunk chunk) {
    for (int i = chunk.from(); i < chunk.to(); i++) {
      double w = chunk.value(0, i);
      double k = chunk.value(1, i);
      double x = chunk.value(2, i);
      chunk.set(0, i, Math.sin(w) * k - x);
      chunk.set(1, i, Math.cos(w * k) / (1 + x * x));
      chunk.set(2, i, Math.abs(w - 10 * k) + x * x);
      chunk.set(3, i, (1 + Math.sin(w + k + x)) / 2);
      chunk.set(4, i, Math.floor(w / (1 + k)));
    }
  }

  @Override
  public String describe() {
    return "five-metric test kernel over (window, k, exit)";
  }

  @Override
  public long workPerCombination() {
    return 2_000;
  }
}
