package io.github.seapopym4j.bench;

import io.github.seapopym4j.benchmark.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * {@code population-256}: 256 cell-20y simulations with distinct parameters per operation, spread
 * over {@code threads} threads, {@code batch} individuals per task.
 */
public class Population256Benchmark extends AbstractBenchmark {

  @Param({"fused"})
  public String strategy;

  @Param({"1", "2"})
  public int threads;

  /** Individuals per task (1: one run after the other; more: one pass for the batch). */
  @Param({"1", "8"})
  public int batch;

  @Setup(Level.Trial)
  public void setup() {
    prepare(Workload.POPULATION_256, strategy, threads, batch);
  }

  @Benchmark
  public double population() {
    return instance.repeat();
  }
}
