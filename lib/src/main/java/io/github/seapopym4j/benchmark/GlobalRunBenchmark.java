package io.github.seapopym4j.benchmark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.seapopym4j.internal.Json;
import io.github.seapopym4j.profile.MemorySnapshot;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Times the {@value GlobalRunWorkload#ID} workload ({@link GlobalRunWorkload}): {@code warmup}
 * untimed runs on the small grid (the JIT compiles the read, run and write loops), then {@code
 * repeats} timed runs of the workload, each from the forcing files to the output file.
 *
 * <p>The JSON line has the keys of every workload ({@link BenchmarkResult}, one simulation = one
 * whole run; the CPU time is the process's, divided by the threads) followed by {@code cell_days_per_s}
 * (cells × days × groups over the median wall time), the medians of {@code read_s}, {@code
 * compute_s} and {@code write_s} (the phases of {@link io.github.seapopym4j.model.BandedRun}),
 * {@code peak_resident_bytes} (VmHWM of /proc/self/status at the end: the process's peak, forcing
 * generation included), then {@code cell_days}, {@code rows_per_block}, {@code output_type} and the
 * fastest and slowest run ({@code wall_min_s}, {@code wall_max_s}).
 */
public final class GlobalRunBenchmark {

  private GlobalRunBenchmark() {}

  /** Measures {@code workload}; returns the JSON line. */
  public static String run(GlobalRunWorkload workload, int threads, int warmup, int repeats,
      boolean float32) {
    WorkloadBenchmark.requireRepetitions(warmup, repeats);
    if (warmup > 0) {
      try (GlobalRunWorkload small = GlobalRunWorkload.prepare(true,
          GlobalRunWorkload.DEFAULT_MEMORY_LIMIT, threads, float32, workload.variables())) {
        for (int i = 0; i < warmup; i++) { // same threads: the same code paths get compiled
          small.run();
        }
      }
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    long allocatedBefore = mx.getThreadAllocatedBytes(self);
    long offHeapBefore = MemorySnapshot.offHeapNow();
    long residentBefore = MemorySnapshot.currentResidentBytes();
    double loadStart = WorkloadBenchmark.load();
    double[] wall = new double[repeats];
    double[] cpu = new double[repeats];
    double[] read = new double[repeats];
    double[] compute = new double[repeats];
    double[] write = new double[repeats];
    int bands = 0;
    for (int i = 0; i < repeats; i++) {
      long c0 = os.getProcessCpuTime();
      GlobalRunWorkload.Repetition r = workload.run();
      cpu[i] = (os.getProcessCpuTime() - c0) / 1e6;
      wall[i] = r.wallNanos() / 1e6;
      read[i] = r.timings().readNanos() / 1e9;
      compute[i] = r.timings().computeNanos() / 1e9;
      write[i] = r.timings().writeNanos() / 1e9;
      bands = r.timings().blocks();
    }
    double loadEnd = WorkloadBenchmark.load();
    double[] sorted = wall.clone();
    Arrays.sort(sorted);
    double medianMs = Comparison.median(wall);
    BenchmarkResult common = new BenchmarkResult(GlobalRunWorkload.ID, threads, "fused", 1, repeats,
        1, medianMs, WorkloadBenchmark.rank(sorted, 0.10), WorkloadBenchmark.rank(sorted, 0.90),
        Comparison.median(cpu) / threads,
        1e3 / medianMs, medianMs * 1e6 / workload.cellDays(),
        (mx.getThreadAllocatedBytes(self) - allocatedBefore) / (double) repeats,
        (MemorySnapshot.offHeapNow() - offHeapBefore) / (double) repeats, -1,
        MemorySnapshot.currentResidentBytes() - residentBefore, loadStart, loadEnd);
    ObjectNode o = common.toJsonObject();
    Json.number(o, "cell_days_per_s", "%.4g", workload.cellDays() / (medianMs / 1e3));
    Json.number(o, "read_s", "%.3f", Comparison.median(read));
    Json.number(o, "compute_s", "%.3f", Comparison.median(compute));
    Json.number(o, "write_s", "%.3f", Comparison.median(write));
    o.put("peak_resident_bytes", MemorySnapshot.peakResidentBytes());
    o.put("cell_days", workload.cellDays()).put("rows_per_block", workload.rowsPerBlock())
        .put("bands", bands).put("variables", workload.variables().stream()
            .map(io.github.seapopym4j.model.OutputVariable::label)
            .collect(java.util.stream.Collectors.joining(",")))
        .put("output_type", float32 ? "float32" : "float64");
    Json.number(o, "wall_min_s", "%.3f", sorted[0] / 1e3);
    Json.number(o, "wall_max_s", "%.3f", sorted[repeats - 1] / 1e3);
    return Json.line(o);
  }
}
