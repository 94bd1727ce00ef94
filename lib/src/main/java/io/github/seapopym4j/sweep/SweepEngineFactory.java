package io.github.seapopym4j.sweep;

import io.github.seapopym4j.internal.Engines;
import java.util.ServiceLoader;

/**
 * A source of {@link ChunkExecutor}s that evaluate sweeps somewhere else than this JVM's threads,
 * found at run time through {@link ServiceLoader}, as calibration's {@code EvaluatorFactory}: an
 * engine module (such as {@code seapopym4j-spark}, engine {@code spark}) registers its factory in
 * {@code META-INF/services/io.github.seapopym4j.sweep.SweepEngineFactory}.
 *
 * <pre>{@code
 * SweepFunctionFactory f = () -> new BollingerKernel(prices, 98_280);
 * try (ChunkExecutor spark = SweepEngineFactory.find("spark").create("local[2]", f)) {
 *   SweepResult r = Sweep.builder(plan, SweepFunctionFactory.build(f)).engine(spark)
 *       .chunkSize(4096).build().run();
 * }
 * }</pre>
 */
public interface SweepEngineFactory {

  /** The name this factory is found by, e.g. {@code spark}. */
  String engine();

  /**
   * An executor whose workers build their function with {@code function}; closing it releases what
   * the engine started for it.
   *
   * @param master where to run, in the engine's terms (for Spark a master URL); null for its default
   */
  ChunkExecutor create(String master, SweepFunctionFactory function);

  /**
   * The factory registered for {@code engine}.
   *
   * @throws IllegalStateException when no factory on the classpath has that name; the message lists
   *     the engines found and says which module provides {@code spark}
   */
  static SweepEngineFactory find(String engine) {
    return Engines.find(SweepEngineFactory.class, engine, SweepEngineFactory::engine,
        "sweep engine");
  }
}
