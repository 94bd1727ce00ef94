package io.github.seapopym4j.calibration;

import io.github.seapopym4j.calibration.EvaluationReport.Failure;
import io.github.seapopym4j.internal.Checks;
import io.github.seapopym4j.internal.IndexedTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Evaluates a population on this machine: each individual is one {@link Objective} call, spread
 * over an explicit {@link ExecutorService}. The objective holds what all individuals share (the
 * prepared forcings, loaded once) and frees what each run allocates.
 *
 * <p>Results are written by index, so they are identical for any number of threads. An individual
 * whose objective throws an {@link Exception} or returns NaN/±∞ gets {@link
 * PopulationEvaluator#PENALTY} and a {@link Failure} in the report; the others are unaffected. An
 * {@link OutOfMemoryError} (also the error JavaCPP raises when off-heap memory runs out) is never a
 * penalty: the population's evaluation fails with an {@link IllegalStateException} that names the
 * individual and the remedies, since a penalty would steer the search away from parameters that
 * are merely expensive.
 *
 * <pre>{@code
 * try (PopulationEvaluator ev = LocalPopulationEvaluator.builder(objective).threads(4).build()) {
 *   double[] f = ev.evaluate(population);
 * }
 * }</pre>
 *
 * @implNote {@code evaluate} is synchronized: one population at a time.
 */
public final class LocalPopulationEvaluator implements PopulationEvaluator {

  private final Objective objective;
  private final ExecutorService executor;
  private final boolean ownsExecutor;
  private final int threads;
  private EvaluationReport last = EvaluationReport.empty();

  private LocalPopulationEvaluator(Objective objective, ExecutorService executor,
      boolean ownsExecutor, int threads) {
    this.objective = objective;
    this.executor = executor;
    this.ownsExecutor = ownsExecutor;
    this.threads = threads;
  }

  /** A builder; by default all available processors and a fitness cache. */
  public static Builder builder(Objective objective) {
    return new Builder(Objects.requireNonNull(objective, "objective"));
  }

  @Override
  public synchronized double[] evaluate(double[][] population) {
    long t0 = System.nanoTime();
    int n = population.length;
    double[] out = new double[n];
    String[] errors = new String[n];
    OutOfMemoryError[] oom = new OutOfMemoryError[n];
    // evaluateOne catches the objective's failures: every individual is scored.
    IndexedTasks.run(n, threads, executor, i -> evaluateOne(population[i], i, out, errors, oom),
        null, "evaluating the population");
    for (int i = 0; i < n; i++) {
      if (oom[i] != null) {
        throw new IllegalStateException(String.format("out of memory evaluating individual #%d %s "
            + "(%s); this is not a bad parameter set, so it is not given a penalty: use fewer "
            + "--threads, a smaller --population or fewer cells, or give the JVM more memory "
            + "(-Xmx for the heap, -Dorg.bytedeco.javacpp.maxbytes for ND4J)", i,
            java.util.Arrays.toString(population[i]), oom[i].getMessage()), oom[i]);
      }
    }
    List<Failure> failures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (errors[i] != null) {
        failures.add(new Failure(i, population[i], errors[i]));
      }
    }
    last = new EvaluationReport(n, n, 0, failures, System.nanoTime() - t0);
    return out;
  }

  private void evaluateOne(double[] x, int i, double[] out, String[] errors,
      OutOfMemoryError[] oom) {
    try {
      double v = objective.value(x.clone());
      if (Double.isFinite(v)) {
        out[i] = v;
      } else {
        out[i] = PENALTY;
        errors[i] = "objective value was " + v;
      }
    } catch (Exception e) {
      out[i] = PENALTY;
      errors[i] = e.toString();
    } catch (OutOfMemoryError e) {
      out[i] = PENALTY;
      oom[i] = e;
    }
  }

  @Override
  public synchronized EvaluationReport lastReport() {
    return last;
  }

  /** The number of threads individuals are spread over. */
  public int threads() {
    return threads;
  }

  /** Shuts down the executor if this evaluator created it; a caller's executor is left running. */
  @Override
  public void close() {
    if (ownsExecutor) {
      executor.shutdownNow();
    }
  }

  /** Settings of a {@link LocalPopulationEvaluator}. */
  public static final class Builder {
    private final Objective objective;
    private int threads = Runtime.getRuntime().availableProcessors();
    private ExecutorService executor;
    private boolean cache = true;

    private Builder(Objective objective) {
      this.objective = objective;
    }

    /** Evaluate on {@code n} threads of a pool the evaluator owns (default: all processors). */
    public Builder threads(int n) {
      this.threads = Checks.atLeast(n, 1, "threads");
      this.executor = null;
      return this;
    }

    /**
     * Evaluate on {@code executor} (not shut down on close) with up to {@code parallelism}
     * individuals at a time.
     */
    public Builder executor(ExecutorService executor, int parallelism) {
      threads(parallelism);
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** Cache fitness of exact repeated vectors (default on); turn off for noisy objectives. */
    public Builder cache(boolean on) {
      this.cache = on;
      return this;
    }

    /** The evaluator, wrapped in a {@link CachingEvaluator} when the cache is on. */
    public PopulationEvaluator build() {
      boolean owns = executor == null;
      ExecutorService ex = owns ? Executors.newFixedThreadPool(threads, daemonThreads()) : executor;
      LocalPopulationEvaluator local = new LocalPopulationEvaluator(objective, ex, owns, threads);
      return cache ? new CachingEvaluator(local, CachingEvaluator.DEFAULT_CAPACITY) : local;
    }

    private static ThreadFactory daemonThreads() {
      AtomicInteger count = new AtomicInteger();
      return r -> {
        Thread t = new Thread(r, "seapopym-eval-" + count.incrementAndGet());
        t.setDaemon(true);
        return t;
      };
    }
  }
}
