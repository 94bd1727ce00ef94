package io.github.seapopym4j.calibration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.seapopym4j.internal.Checks;
import io.github.seapopym4j.internal.Json;
import io.github.seapopym4j.space.Domain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * CMA-ES on a {@link TestFunction} as pycma is usually benchmarked (the BBOB setup of Hansen's
 * IPOP/BIPOP papers): for seed s = 1..runs, x0 uniform in [−4, 4]^D (drawn from the seed), σ0 = 2,
 * unbounded, stop at f ≤ target; a budget of 1e5 evaluations without restarts and 1e6 with them
 * (9 restarts, population doubling). Runs are independent, so {@code threads} changes nothing but
 * the wall time.
 *
 * @param function the test function
 * @param dimension D (&gt;= 2)
 * @param strategy restarts or none
 * @param runs how many seeds (1..runs)
 * @param target f value that counts as success
 */
public record OptimizerBenchmark(TestFunction function, int dimension,
    CmaEs.RestartStrategy strategy, int runs, double target) {

  /** Half-width of the start region [−4, 4]^D. */
  public static final double REGION = 4;
  /** Initial step size in the function's units. */
  public static final double SIGMA0 = 2;

  public OptimizerBenchmark {
    if (dimension < 2 || runs < 1 || Double.isNaN(target)) {
      throw new IllegalArgumentException(String.format("optimizer benchmark: expected dimension "
          + ">= 2, runs >= 1 and a target, but got %d, %d and %s", dimension, runs, target));
    }
  }

  /** The evaluation budget of one run: 1e5 without restarts, 1e6 with. */
  public long budget() {
    return strategy == CmaEs.RestartStrategy.NONE ? 100_000 : 1_000_000;
  }

  /** The optimiser of every run. */
  public CmaEs optimizer() {
    CmaEs cma = CmaEs.withDefaults().unbounded().randomStart().sigma0(SIGMA0 / (2 * REGION));
    return strategy == CmaEs.RestartStrategy.NONE ? cma
        : cma.restarts(strategy, CmaEs.DEFAULT_RESTARTS);
  }

  /** Runs seed {@code seed} alone. */
  public Minimum runSeed(long seed) {
    return optimizer().minimize(function::value, Domain.cube(dimension, -REGION, REGION), seed,
        budget(), target);
  }

  /** Runs seeds 1..runs on {@code threads} threads and summarises them. */
  public Result run(int threads) {
    Checks.atLeast(threads, 1, "threads");
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Minimum>> futures = new ArrayList<>();
      for (int s = 1; s <= runs; s++) {
        long seed = s;
        futures.add(pool.submit(() -> runSeed(seed)));
      }
      List<Minimum> results = new ArrayList<>();
      for (Future<Minimum> f : futures) {
        results.add(f.get());
      }
      return Result.of(this, results);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("optimizer benchmark interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("optimizer benchmark failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The summary of the runs.
   *
   * @param ert all evaluations spent / successes (NaN when none succeeded)
   * @param median median of the evaluations of every run (to the target, else all spent)
   */
  public record Result(OptimizerBenchmark setup, int successes, double ert, double median,
      double p10, double p90, long[] evaluations) {

    static Result of(OptimizerBenchmark setup, List<Minimum> runs) {
      long[] ev = runs.stream().mapToLong(Minimum::evaluations).toArray();
      int ok = (int) runs.stream().filter(Minimum::reachedTarget).count();
      double total = Arrays.stream(ev).sum();
      return new Result(setup, ok, ok == 0 ? Double.NaN : total / ok, percentile(ev, 50),
          percentile(ev, 10), percentile(ev, 90), ev);
    }

    /** The p-th percentile with linear interpolation between order statistics (numpy's default). */
    static double percentile(long[] values, double p) {
      long[] s = values.clone();
      Arrays.sort(s);
      double h = (s.length - 1) * p / 100;
      int lo = (int) Math.floor(h);
      int hi = Math.min(s.length - 1, lo + 1);
      return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }

    /** One JSON object on one line, the keys of issue 14 in its order (ert null without success). */
    public String toJson() {
      ObjectNode o = Json.object().put("function", setup.function().id())
          .put("dim", setup.dimension()).put("restart_strategy", setup.strategy().id())
          .put("runs", setup.runs()).put("successes", successes);
      Json.value(o, "ert", Double.isNaN(ert) ? null : number(ert));
      Json.value(o, "median_evaluations", number(median));
      Json.value(o, "p10_evaluations", number(p10));
      Json.value(o, "p90_evaluations", number(p90));
      return Json.compact(o);
    }

    /** Whole numbers as integers, others to one decimal. */
    private static Number number(double v) {
      return v == Math.rint(v) ? (Number) (long) v : (Number) (Math.rint(v * 10) / 10);
    }
  }
}
