package io.github.seapopym4j.bench;

import io.github.seapopym4j.benchmark.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/** {@code cell-20y}: 200 simulations of 1 cell × 7,305 days × 1 group per operation (one thread). */
public class Cell20yBenchmark extends AbstractBenchmark {

  @Param({"fused", "array"})
  public String strategy;

  @Setup(Level.Trial)
  public void setup() {
    prepare(Workload.CELL_20Y, strategy, 1, 1);
  }

  /** 200 simulations; divide the time per operation by 200 for one simulation. */
  @Benchmark
  public double twoHundredSimulations() {
    return instance.repeat();
  }
}
