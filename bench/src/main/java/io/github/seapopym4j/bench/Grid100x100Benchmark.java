package io.github.seapopym4j.bench;

import io.github.seapopym4j.benchmark.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/** {@code grid-100x100-1y}: one simulation of 100 × 100 cells × 366 days × 2 groups per operation. */
public class Grid100x100Benchmark extends AbstractBenchmark {

  @Param({"fused", "array"})
  public String strategy;

  /** Threads the cells are split over. */
  @Param({"1", "2"})
  public int threads;

  @Setup(Level.Trial)
  public void setup() {
    prepare(Workload.GRID_100X100_1Y, strategy, threads, 1);
  }

  @Benchmark
  public double oneSimulation() {
    return instance.repeat();
  }
}
