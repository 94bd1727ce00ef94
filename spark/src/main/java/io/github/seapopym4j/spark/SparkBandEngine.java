package io.github.seapopym4j.spark;

import io.github.seapopym4j.forcing.Rows;
import io.github.seapopym4j.model.BandEngine;
import io.github.seapopym4j.model.BandRecipe;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.VoidFunction;
import org.apache.spark.broadcast.Broadcast;

/**
 * Runs the bands of {@code seapopym run --engine spark} on Apache Spark: one Spark task per band,
 * which reads its rows from the forcing files (at the same paths on every executor: a shared file
 * system), runs the model ({@link BandRecipe#run}) and writes the band's part file atomically into
 * the parts directory (shared too). A retried or speculative attempt rewrites the same part with the
 * same values, so retries change nothing. Registered as run engine {@code spark} by {@link Factory}.
 */
public final class SparkBandEngine implements BandEngine {

  /** Something run at the start of each task attempt (tests use it to make an attempt fail). */
  interface TaskHook extends Serializable {
    void beforeBand(Rows rows);
  }

  private final JavaSparkContext sc;
  private final boolean ownsContext;
  private final TaskHook hook;

  /** Runs on {@code sc}, left running when this engine is closed. */
  public SparkBandEngine(JavaSparkContext sc) {
    this(sc, false, rows -> { });
  }

  SparkBandEngine(JavaSparkContext sc, boolean ownsContext, TaskHook hook) {
    this.sc = Objects.requireNonNull(sc, "sc");
    this.ownsContext = ownsContext;
    this.hook = Objects.requireNonNull(hook, "hook");
  }

  @Override
  public String master() {
    return sc.master();
  }

  @Override
  public int parallelism() {
    return Math.max(1, sc.defaultParallelism());
  }

  @Override
  public void run(BandRecipe recipe, List<Rows> bands, Path parts) {
    if (bands.isEmpty()) {
      return;
    }
    int[] first = bands.stream().mapToInt(Rows::first).toArray();
    int[] count = bands.stream().mapToInt(Rows::count).toArray();
    Broadcast<BandRecipe> shared = sc.broadcast(recipe);
    try {
      sc.parallelize(IntStream.range(0, bands.size()).boxed().toList(), bands.size())
          .foreach(new Task(shared, parts.toAbsolutePath().toString(), first, count, hook));
    } catch (Exception e) { // Spark throws the checked SparkException through its Scala API
      throw new IllegalStateException("the run failed on Spark (after its task retries): "
          + SparkContexts.failure(e), e);
    } finally {
      shared.destroy();
    }
  }

  /** Stops the Spark context when this engine started it ({@link Factory}). */
  @Override
  public void close() {
    if (ownsContext) {
      sc.stop();
    }
  }

  /** The Spark task: band {@code i}, rows {@code first[i]} to {@code first[i] + count[i]}. */
  private record Task(Broadcast<BandRecipe> recipe, String parts, int[] first, int[] count,
      TaskHook hook) implements VoidFunction<Integer> {
    @Override
    public void call(Integer i) {
      Rows rows = new Rows(first[i], count[i]);
      hook.beforeBand(rows);
      recipe.value().run(rows).write(BandEngine.partFile(Path.of(parts), rows));
    }
  }

  /** The {@code spark} run engine, registered for {@link java.util.ServiceLoader}. */
  public static final class Factory implements BandEngine.Factory {

    /** Checks that Spark itself is on the classpath (as {@link SparkEvaluatorFactory} does). */
    public Factory() {
      new SparkEvaluatorFactory();
    }

    @Override
    public String engine() {
      return SparkEvaluatorFactory.ENGINE;
    }

    @Override
    public BandEngine create(String master) {
      JavaSparkContext sc = SparkContexts.forMaster(master, "seapopym run");
      try {
        return new SparkBandEngine(sc, true, rows -> { });
      } catch (RuntimeException e) {
        sc.stop();
        throw e;
      }
    }
  }
}
