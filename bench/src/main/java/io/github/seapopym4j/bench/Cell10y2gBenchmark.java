package io.github.seapopym4j.bench;

import io.github.seapopym4j.benchmark.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * {@code cell-10y-2g}: 200 simulations of 1 cell × 3,653 days × 2 groups, 3 layers per operation
 * (one thread), SeapoPym's second reference workload.
 */
public class Cell10y2gBenchmark extends AbstractBenchmark {

  @Param({"fused", "array"})
  public String strategy;

  @Setup(Level.Trial)
  public void setup() {
    prepare(Workload.CELL_10Y_2G, strategy, 1, 1);
  }

  /** 200 simulations; divide the time per operation by 200 for one simulation. */
  @Benchmark
  public double twoHundredSimulations() {
    return instance.repeat();
  }
}
