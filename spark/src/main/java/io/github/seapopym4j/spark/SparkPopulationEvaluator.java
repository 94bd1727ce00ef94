package io.github.seapopym4j.spark;

import io.github.seapopym4j.calibration.CachingEvaluator;
import io.github.seapopym4j.calibration.CalibrationProblem;
import io.github.seapopym4j.calibration.EvaluationReport;
import io.github.seapopym4j.calibration.EvaluationReport.Failure;
import io.github.seapopym4j.calibration.PopulationEvaluator;
import io.github.seapopym4j.spark.EvaluatePartition.Individual;
import io.github.seapopym4j.spark.EvaluatePartition.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Evaluates a population on Apache Spark: one Spark job per {@code evaluate} call, individuals
 * spread over {@link Builder#partitions(int) partitions} (tasks), results by index, so they are
 * identical to a {@link io.github.seapopym4j.calibration.LocalPopulationEvaluator}'s whatever the
 * cluster.
 *
 * <p>What travels: the {@link ObjectiveFactory} (for a calibration the {@link CalibrationProblem},
 * forcings included) is broadcast once, when the evaluator is built; each executor JVM builds the
 * objective from it once and keeps it for every task of every generation ({@link ExecutorCache}).
 * Per task, only the parameter vectors go out and (index, fitness, failure) triples come back.
 *
 * <p>Failures: an individual whose objective throws or returns NaN/±∞ gets {@link #PENALTY} and a
 * {@link Failure} in the report, as locally. A task that fails (executor lost, objective that cannot
 * be built) is retried by Spark up to {@code spark.task.maxFailures} times (in local mode give the
 * retries in the master URL, {@code local[N,F]}); the retry scores the same individuals with the
 * same deterministic objective, so the results are unchanged. A job that still fails makes {@code
 * evaluate} throw IllegalStateException.
 *
 * <pre>{@code
 * try (JavaSparkContext sc = SparkContexts.local(2, 4);
 *      PopulationEvaluator ev = SparkPopulationEvaluator.builder(sc, problem).build()) {
 *   CalibrationResult r = Calibration.builder(ga, problem.space().domain(), ev).seed(42).build().run();
 * }
 * }</pre>
 *
 * @implNote {@code evaluate} is synchronized: one population at a time.
 */
public final class SparkPopulationEvaluator implements PopulationEvaluator {

  private final JavaSparkContext sc;
  private final boolean ownsContext;
  private final int partitions;
  private final String key;
  private final Broadcast<ObjectiveFactory> factory;
  private EvaluationReport last = EvaluationReport.empty();
  private boolean closed;

  private SparkPopulationEvaluator(Builder b) {
    this.sc = b.sc;
    this.ownsContext = b.ownsContext;
    this.partitions = b.partitions > 0 ? b.partitions : Math.max(1, sc.defaultParallelism());
    this.key = "evaluator-" + UUID.randomUUID();
    this.factory = sc.broadcast(b.factory);
  }

  /** A builder for a model calibration: {@code problem} is broadcast once, when built. */
  public static Builder builder(JavaSparkContext sc, CalibrationProblem problem) {
    return builder(sc, ObjectiveFactory.of(problem));
  }

  /** A builder for any objective built on the executors by {@code factory}. */
  public static Builder builder(JavaSparkContext sc, ObjectiveFactory factory) {
    return new Builder(Objects.requireNonNull(sc, "sc"), Objects.requireNonNull(factory, "factory"));
  }

  @Override
  public synchronized double[] evaluate(double[][] population) {
    if (closed) {
      throw new IllegalStateException("this Spark evaluator is closed");
    }
    long t0 = System.nanoTime();
    int n = population.length;
    double[] out = new double[n];
    if (n == 0) {
      last = new EvaluationReport(0, 0, 0, List.of(), System.nanoTime() - t0);
      return out;
    }
    List<Individual> individuals = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      individuals.add(new Individual(i, population[i].clone()));
    }
    List<Score> scores;
    try {
      scores = sc.parallelize(individuals, Math.min(partitions, n))
          .mapPartitions(new EvaluatePartition(key, factory)).collect();
    } catch (Exception e) { // Spark throws the checked SparkException through its Scala API
      throw new IllegalStateException("population evaluation failed on Spark (after its task "
          + "retries): " + SparkContexts.failure(e), e);
    }
    if (scores.size() != n) {
      throw new IllegalStateException(String.format(
          "Spark returned %d scores for %d individuals", scores.size(), n));
    }
    String[] reasons = new String[n];
    for (Score s : scores) {
      out[s.index()] = s.fitness();
      reasons[s.index()] = s.failure();
    }
    List<Failure> failures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (reasons[i] != null) {
        failures.add(new Failure(i, population[i], reasons[i]));
      }
    }
    last = new EvaluationReport(n, n, 0, failures, System.nanoTime() - t0);
    return out;
  }

  @Override
  public synchronized EvaluationReport lastReport() {
    return last;
  }

  /** The number of Spark tasks a population is split into (at most one per individual). */
  public int partitions() {
    return partitions;
  }

  /**
   * Removes the broadcast, frees the executor-side objective of this JVM (all of it in local mode;
   * other executors drop theirs when their cache needs room or their JVM ends), and stops the Spark
   * context if this evaluator created it.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      factory.destroy();
      ExecutorCache.release(key);
    } finally {
      if (ownsContext) {
        sc.stop();
      }
    }
  }

  /** Settings of a {@link SparkPopulationEvaluator}. */
  public static final class Builder {
    private final JavaSparkContext sc;
    private final ObjectiveFactory factory;
    private int partitions;
    private boolean cache = true;
    private boolean ownsContext;

    private Builder(JavaSparkContext sc, ObjectiveFactory factory) {
      this.sc = sc;
      this.factory = factory;
    }

    /** Tasks per population (default: the context's default parallelism, its total cores). */
    public Builder partitions(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("partitions must be >= 1, but was " + n);
      }
      this.partitions = n;
      return this;
    }

    /** Cache fitness of exact repeated vectors on the driver (default on). */
    public Builder cache(boolean on) {
      this.cache = on;
      return this;
    }

    /** Stop the Spark context when the evaluator closes (default: no, the caller's context). */
    public Builder ownsContext(boolean owns) {
      this.ownsContext = owns;
      return this;
    }

    /** Broadcasts the factory and returns the evaluator, cache-wrapped when the cache is on. */
    public PopulationEvaluator build() {
      SparkPopulationEvaluator ev = new SparkPopulationEvaluator(this);
      return cache ? new CachingEvaluator(ev, CachingEvaluator.DEFAULT_CAPACITY) : ev;
    }
  }
}
