package io.github.seapopym4j.spark;

import io.github.seapopym4j.sweep.SweepFunction;
import java.io.Serializable;

/**
 * Builds the {@link SweepFunction} of a {@link SparkSweep} on each executor, once per JVM (see {@link
 * ExecutorCache}), from what it holds (a price series, forcings as arrays, settings): kernels
 * themselves need not be serialisable. A kernel that is {@link AutoCloseable} is closed when the
 * executor drops it. A serialisable lambda works: {@code () -> new MyKernel(prices)}.
 */
@FunctionalInterface
public interface SweepFunctionFactory extends Serializable {

  /** Builds the kernel; called on the driver once and on each executor once. */
  SweepFunction create() throws Exception;
}
