package io.github.seapopym4j.benchmark;

import io.github.seapopym4j.calibration.Calibration;
import io.github.seapopym4j.calibration.CalibrationResult;
import io.github.seapopym4j.calibration.GeneticAlgorithm;
import io.github.seapopym4j.calibration.LocalPopulationEvaluator;
import io.github.seapopym4j.calibration.Logbook;
import io.github.seapopym4j.calibration.MemoryMonitor;
import io.github.seapopym4j.calibration.ModelObjective;
import io.github.seapopym4j.calibration.PopulationEvaluator;
import io.github.seapopym4j.calibration.StopCriteria;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.internal.Checks;
import io.github.seapopym4j.profile.MemorySnapshot;
import io.github.seapopym4j.profile.Profiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The naive workflow next to the seapopym4j one, on the same calibration: a GA of the same size,
 * seed and generation budget, once with a {@link NaiveEvaluator} (forcings re-read, context rebuilt
 * and nothing released per individual) and once the seapopym4j way (forcings read once, one shared
 * prepared context, every run closed). Both evaluate on one thread without the fitness cache, so
 * the comparison measures the workflow, not parallelism or caching.
 *
 * <pre>{@code
 * BaselineReport r = Baseline.builder(CalibrationWorkload.synthetic(dir, 1))
 *     .population(16).generations(6).repeats(3).build().run();
 * System.out.println(r.summary());
 * }</pre>
 *
 * <p>The seapopym4j repeats run first, then the naive ones, each preceded by a {@link System#gc()}.
 * The naive repeats' leaks are all released only after the last one: memory freed by the C
 * allocator is kept by the process and reused, so a naive repeat run after a released one would
 * grow into it without the resident set showing it, and a seapopym4j repeat after it would look
 * like it shrinks. The bound is {@code repeats × maxRetained} individuals. A warm-up of both (one generation of 2 individuals) runs
 * first and is discarded, so that class loading and JIT do not land on the first repeat.
 */
public final class Baseline {

  /** Name of the naive workflow. */
  public static final String NAIVE = "naive";
  /** Name of the seapopym4j workflow. */
  public static final String SEAPOPYM4J = "seapopym4j";

  private final Builder cfg;

  private Baseline(Builder cfg) {
    this.cfg = cfg;
  }

  public static Builder builder(CalibrationWorkload workload) {
    return new Builder(Objects.requireNonNull(workload, "workload"));
  }

  /** Runs the warm-up and every repeat. */
  public BaselineReport run() {
    shared(2, 1);
    naive(2, 1);
    List<BaselineOutcome> naive = new ArrayList<>();
    List<BaselineOutcome> shared = new ArrayList<>();
    for (int r = 0; r < cfg.repeats; r++) {
      shared.add(shared(cfg.population, cfg.generations));
    }
    List<NaiveEvaluator> leaking = new ArrayList<>();
    try {
      for (int r = 0; r < cfg.repeats; r++) {
        NaiveEvaluator ev = new NaiveEvaluator(cfg.workload, Profiler.enabled(), cfg.maxRetained);
        leaking.add(ev);
        naive.add(naive(ev, cfg.population, cfg.generations));
      }
    } finally {
      leaking.forEach(NaiveEvaluator::close);
    }
    return new BaselineReport(naive, shared);
  }

  /** The seapopym4j workflow, once. */
  public BaselineOutcome shared(int population, int generations) {
    long before = memoryAfterGc();
    Profiler p = Profiler.enabled();
    long t0 = System.nanoTime();
    try (ForcingSet forcings = cfg.workload.load(false, p);
        ModelObjective objective = cfg.workload.objective(forcings, p);
        PopulationEvaluator ev = LocalPopulationEvaluator.builder(
            objective.withProfiler(p)).threads(1).cache(false).build()) {
      CalibrationResult r = calibrate(ev, p, population, generations);
      return outcome(SEAPOPYM4J, t0, before, p, r);
    }
  }

  /** The naive workflow, once (its leaks are released before returning). */
  public BaselineOutcome naive(int population, int generations) {
    try (NaiveEvaluator ev = new NaiveEvaluator(cfg.workload, Profiler.enabled(),
        cfg.maxRetained)) {
      return naive(ev, population, generations);
    }
  }

  private BaselineOutcome naive(NaiveEvaluator ev, int population, int generations) {
    long before = memoryAfterGc();
    long t0 = System.nanoTime();
    CalibrationResult r = calibrate(ev, ev.profiler(), population, generations);
    return outcome(NAIVE, t0, before, ev.profiler(), r);
  }

  private CalibrationResult calibrate(PopulationEvaluator ev, Profiler p, int population,
      int generations) {
    return Calibration.builder(GeneticAlgorithm.builder().populationSize(population).build(),
            cfg.workload.space().domain(), ev)
        .seed(cfg.seed).stop(StopCriteria.generations(generations)).profiler(p).build().run();
  }

  private static BaselineOutcome outcome(String name, long t0, long before, Profiler p,
      CalibrationResult r) {
    long wall = System.nanoTime() - t0;
    long init = p.summary(Profiler.LOAD).totalNanos() + p.summary(Profiler.PREPARE).totalNanos();
    Logbook log = r.logbook();
    double[] fitness = IntStream.range(0, log.size()).mapToDouble(log::fitness).toArray();
    return new BaselineOutcome(name, wall, init, r.totals().evaluated(), before, r.memory(),
        p.summaries(), fitness);
  }

  private static long memoryAfterGc() {
    System.gc();
    return MemoryMonitor.measuredBytes(MemorySnapshot.now());
  }

  /** Settings of a {@link Baseline}. */
  public static final class Builder {
    private final CalibrationWorkload workload;
    private int population = 16;
    private int generations = 6;
    private int repeats = 3;
    private long seed = 42;
    private int maxRetained = 500;

    private Builder(CalibrationWorkload workload) {
      this.workload = workload;
    }

    /** Individuals per generation (default 16, ≥ 2). */
    public Builder population(int n) {
      this.population = Checks.atLeast(n, 2, "population");
      return this;
    }

    /** Generations, the initial one included (default 6). */
    public Builder generations(int n) {
      this.generations = Checks.atLeast(n, 1, "generations");
      return this;
    }

    /** Repeats of each workflow (default 3; at least 2 give a spread to judge by). */
    public Builder repeats(int n) {
      this.repeats = Checks.atLeast(n, 1, "repeats");
      return this;
    }

    /** The GA's seed (default 42). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** The most individuals one naive repeat keeps in memory (default 500). */
    public Builder maxRetained(int n) {
      this.maxRetained = Checks.atLeast(n, 0, "maxRetained");
      return this;
    }

    public Baseline build() {
      return new Baseline(this);
    }
  }
}
