package io.github.seapopym4j.spark;

import io.github.seapopym4j.sweep.ChunkExecutor;
import io.github.seapopym4j.sweep.SweepEngineFactory;
import io.github.seapopym4j.sweep.SweepFunctionFactory;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The {@code spark} sweep engine, registered for {@link java.util.ServiceLoader}: starts a Spark
 * context for the master URL and returns a {@link SparkChunkExecutor} that owns it (closing the
 * executor stops the context).
 */
public final class SparkSweepEngineFactory implements SweepEngineFactory {

  /** Checks that Spark itself is on the classpath (as {@link SparkEvaluatorFactory} does). */
  public SparkSweepEngineFactory() {
    new SparkEvaluatorFactory();
  }

  @Override
  public String engine() {
    return SparkEvaluatorFactory.ENGINE;
  }

  @Override
  public ChunkExecutor create(String master, SweepFunctionFactory function) {
    JavaSparkContext sc = SparkContexts.forMaster(master, "seapopym sweep",
        function.getClass());
    try {
      return new SparkChunkExecutor(sc, function, true);
    } catch (RuntimeException e) {
      sc.stop();
      throw e;
    }
  }
}
