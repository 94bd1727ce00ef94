package io.github.seapopym4j.benchmark;

import io.github.seapopym4j.internal.IndexedTasks;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.ModelOutput;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.ToDoubleFunction;

/**
 * Evaluates a population of parameter sets (each a list of groups) on one model, sharing its
 * prepared context, spread over the threads of an executor: the building block of calibration.
 *
 * <pre>{@code
 * double[] scores = Population.evaluate(model, candidates, run -> rmse(run, observations), pool);
 * }</pre>
 *
 * <p>Individual i's result lands at index i, whatever thread computed it, and each run is
 * deterministic, so the results are identical (bit for bit) for any number of threads and any
 * batch size. Each run is closed as soon as its result is taken: memory in flight is one task's
 * runs per worker, not one run per individual.
 *
 * <p>The work is cut into tasks of {@code batch} consecutive individuals, which as many workers as
 * the executor has threads take in increasing order. With {@code batch > 1} a task runs its
 * individuals in one pass over the forcings ({@link NoTransportModel#startAll}), reading each block
 * of forcings once for all of them; with 1 (the default, {@link #DEFAULT_BATCH}) it runs them one
 * after the other.
 *
 * <p>A failing run or result function ends the evaluation: no new task starts, and once the running
 * ones have finished the exception of the lowest failing index is thrown. Functions that want a
 * penalty instead catch their own exceptions.
 */
public final class Population {

  /**
   * Individuals per task by default: 1, one run after the other. One pass for 8 individuals was not
   * consistently faster on population-256 (faster in 4 of 8 paired runs on 2 threads, slower in the
   * other 4; {@code docs/PERFORMANCE.md}), and it multiplies the results held in memory by the batch.
   */
  public static final int DEFAULT_BATCH = 1;

  private Population() {}

  /** Scores every individual on {@code executor}, {@link #DEFAULT_BATCH} per task. */
  public static double[] evaluate(NoTransportModel model, List<List<FunctionalGroup>> individuals,
      ToDoubleFunction<? super ModelOutput> score, ExecutorService executor) {
    return evaluate(model, individuals, score, executor, DEFAULT_BATCH);
  }

  /**
   * Scores every individual on {@code executor}, {@code batch} individuals per task.
   *
   * @return {@code score} of individual i at index i
   * @throws IllegalArgumentException when {@code batch < 1}, or as {@link NoTransportModel#start}
   */
  public static double[] evaluate(NoTransportModel model, List<List<FunctionalGroup>> individuals,
      ToDoubleFunction<? super ModelOutput> score, ExecutorService executor, int batch) {
    Objects.requireNonNull(score, "score function");
    double[] out = new double[individuals.size()];
    run(model, individuals, executor, batch, (i, run) -> out[i] = score.applyAsDouble(run));
    return out;
  }

  /** What to do with individual {@code index}'s run before it is closed. */
  interface Sink {
    void accept(int index, ModelRun run);
  }

  /** Runs every individual on {@code executor}, {@code batch} per task, into {@code sink}. */
  static void run(NoTransportModel model, List<List<FunctionalGroup>> individuals,
      ExecutorService executor, int batch, Sink sink) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(individuals, "individuals");
    Objects.requireNonNull(executor, "executor");
    if (batch < 1) {
      throw new IllegalArgumentException("individuals per task must be ≥ 1, but was " + batch);
    }
    int chunks = (individuals.size() + batch - 1) / batch;
    IndexedTasks.run(chunks, IndexedTasks.parallelism(executor), executor, c -> {
      int from = c * batch;
      task(model, individuals.subList(from, Math.min(individuals.size(), from + batch)), from, sink);
    }, null, "evaluating the population");
  }

  /** Runs the individuals of {@code chunk} (the first has index {@code first}); closes each run. */
  private static void task(NoTransportModel model, List<List<FunctionalGroup>> chunk, int first,
      Sink sink) {
    if (chunk.size() == 1) {
      try (ModelRun run = model.start(chunk.get(0))) {
        sink.accept(first, run);
      }
      return;
    }
    List<ModelRun> runs = model.startAll(chunk);
    try {
      for (int k = 0; k < runs.size(); k++) {
        sink.accept(first + k, runs.get(k));
      }
    } finally {
      runs.forEach(ModelRun::close);
    }
  }
}
