package io.github.seapopym4j.benchmark;

import io.github.seapopym4j.profile.MemorySnapshot;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.LongStream;

/**
 * Runs a {@link WorkloadInstance} outside JMH: untimed repetitions until the JIT has compiled
 * what a simulation calls ({@link #warm}; the result blocks are allocated then too), then {@code
 * repeats} timed ones, reporting the median and spread of their wall times and the memory they used
 * ({@link BenchmarkResult}).
 *
 * <p>Wall time is the measure; on a shared machine other processes slow a repetition down, which
 * the spread (p10, p90) and the load averages recorded with it make visible. The CPU time of the
 * threads is reported next to it: it is what the work cost when this process had a core, so it
 * stays near the unloaded wall time when other processes take the cores (cache and memory-bandwidth
 * contention still show in it).
 */
public final class WorkloadBenchmark {

  private static final Path LOADAVG = Path.of("/proc/loadavg");

  /** Simulations the warm-up runs, unless {@link #MAX_WARMUP_NANOS} pass first. */
  static final long WARMUP_SIMULATIONS = 30_000;

  /** Warm-up lasts at least this long. */
  static final long MIN_WARMUP_NANOS = 3_000_000_000L;

  /** Warm-up stops after this long even if it has not run {@link #WARMUP_SIMULATIONS}. */
  static final long MAX_WARMUP_NANOS = 15_000_000_000L;

  private WorkloadBenchmark() {}

  /** Measures {@code instance}. */
  public static BenchmarkResult run(WorkloadInstance instance, int warmup, int repeats) {
    requireRepetitions(warmup, repeats);
    double sink = 0;
    long start = System.nanoTime();
    long warmSims = 0;
    for (int i = 0; warmup > 0 && !warm(i, warmup, warmSims, System.nanoTime() - start); i++) {
      sink += instance.repeat();
      warmSims += instance.simulationsPerRepetition();
    }
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long[] ids = instance.threadIds();
    long allocatedBefore = sum(mx.getThreadAllocatedBytes(ids));
    long offHeapBefore = MemorySnapshot.offHeapNow();
    long residentBefore = MemorySnapshot.currentResidentBytes();
    double loadStart = load();
    double[] ms = new double[repeats];
    double[] cpu = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long c0 = cpuNanos(mx, ids);
      long t0 = System.nanoTime();
      sink += instance.repeat();
      ms[i] = (System.nanoTime() - t0) / 1e6;
      cpu[i] = (cpuNanos(mx, ids) - c0) / 1e6;
    }
    double loadEnd = load();
    long allocated = sum(mx.getThreadAllocatedBytes(ids)) - allocatedBefore;
    long offHeap = MemorySnapshot.offHeapNow() - offHeapBefore;
    long resident = MemorySnapshot.currentResidentBytes() - residentBefore;
    if (Double.isNaN(sink)) {
      throw new IllegalStateException(instance.workload().id() + " produced NaN results");
    }
    int sims = instance.simulationsPerRepetition();
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    double medianRep = Comparison.median(sorted);
    boolean perPopulation = instance.workload() == Workload.POPULATION_256;
    double perSim = instance.workload().singleCell() ? sims / (double) instance.threads() : 1;
    double scale = perPopulation ? 1 : 1 / perSim;
    long totalSims = (long) sims * repeats;
    double threadSims = perPopulation ? sims / (double) instance.threads() : perSim;
    return new BenchmarkResult(instance.workload().id(), instance.threads(),
        instance.model().strategy().name().toLowerCase(Locale.ROOT), instance.batch(), repeats, sims,
        medianRep * scale, rank(sorted, 0.10) * scale, rank(sorted, 0.90) * scale,
        Comparison.median(cpu) * scale / (perPopulation ? 1 : instance.threads()),
        sims / (medianRep / 1e3), medianRep * 1e6 / threadSims / instance.cellStepsPerSimulation(),
        allocated / (double) totalSims, offHeap / (double) totalSims, instance.runOffHeapBytes(),
        resident, loadStart, loadEnd);
  }

  /** Checks the repetition counts of a benchmark: ≥ 0 warm-up, ≥ 1 timed. */
  static void requireRepetitions(int warmup, int repeats) {
    if (warmup < 0 || repeats < 1) {
      throw new IllegalArgumentException(String.format(
          "benchmark needs ≥ 0 warm-up and ≥ 1 timed repetitions, but got %d and %d", warmup,
          repeats));
    }
  }

  /** CPU time of the threads so far [ns]; threads not started yet count 0. */
  private static long cpuNanos(com.sun.management.ThreadMXBean mx, long[] ids) {
    return sum(LongStream.of(ids).map(mx::getThreadCpuTime).toArray());
  }

  /**
   * Whether the warm-up is done: at least {@code warmup} repetitions and 3 s, and either 30,000
   * simulations or 15 s. Methods called once per simulation reach C2 after 5,000–15,000 calls, and on
   * a 2-core machine the compiler threads then compete with the workload, so a warm-up that stops
   * earlier times the compiler too (measured: population-256 on 2 threads ran at 9,300 simulations
   * per second after 2 s of warm-up and 15,700 after 77,000 simulations).
   */
  static boolean warm(int done, int warmup, long sims, long nanos) {
    return done >= warmup && nanos >= MIN_WARMUP_NANOS
        && (sims >= WARMUP_SIMULATIONS || nanos >= MAX_WARMUP_NANOS);
  }

  /** The sum of the values ≥ 0 (a counter of a thread not started or gone reads -1). */
  private static long sum(long[] values) {
    return LongStream.of(values).map(v -> Math.max(0, v)).sum();
  }

  /** Nearest-rank percentile of sorted values. */
  static double rank(double[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  /** The 1-minute load average, or NaN where {@code /proc/loadavg} does not exist. */
  static double load() {
    try {
      return Double.parseDouble(Files.readString(LOADAVG).trim().split("\\s+")[0]);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }
}
