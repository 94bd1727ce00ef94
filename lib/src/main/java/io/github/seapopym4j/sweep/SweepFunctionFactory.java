package io.github.seapopym4j.sweep;

import java.io.Serializable;

/**
 * Builds a {@link SweepFunction} where a {@link ChunkExecutor} runs it: on each worker of a cluster
 * engine, once per JVM, from what it holds (a price series, forcings as arrays, settings), so that
 * functions themselves need not be serialisable. A function that is {@link AutoCloseable} is closed
 * when the worker drops it. A serialisable lambda works: {@code () -> new MyFunction(prices)}.
 */
@FunctionalInterface
public interface SweepFunctionFactory extends Serializable {

  /** Builds the function; called on the driver once and on each worker JVM once. */
  SweepFunction create() throws Exception;

  /**
   * Builds the function on the driver (for the checks, the manifest and the measure names).
   *
   * @throws IllegalStateException when the factory fails or returns null
   */
  static SweepFunction build(SweepFunctionFactory f) {
    try {
      SweepFunction fn = f.create();
      if (fn == null) {
        throw new IllegalStateException("sweep function factory returned null");
      }
      return fn;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("cannot build the sweep function: " + e, e);
    }
  }
}
