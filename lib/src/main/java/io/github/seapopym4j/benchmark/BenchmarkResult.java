package io.github.seapopym4j.benchmark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.seapopym4j.internal.Json;
import io.github.seapopym4j.profile.MemorySnapshot;

/**
 * The measurement of one workload by {@link WorkloadBenchmark}: wall times of the timed
 * repetitions and the memory they used.
 *
 * @param workload the workload's id, e.g. {@code cell-20y}
 * @param threads threads the workload used
 * @param strategy the kernel strategy
 * @param batch individuals per task (population workload; 1 elsewhere)
 * @param runs timed repetitions
 * @param simsPerRun simulations per repetition (all threads together)
 * @param medianMs median wall time [ms] per simulation ({@code cell-20y}, {@code grid-…}) or per
 *     repetition, the whole population ({@code population-256})
 * @param p10Ms 10th percentile of the same (nearest rank)
 * @param p90Ms 90th percentile of the same (nearest rank)
 * @param cpuMedianMs median CPU time of the threads [ms], on the scale of {@code medianMs} and per
 *     thread (summed over threads, divided by their number, except for the population workload,
 *     where it is the whole population's CPU time)
 * @param simsPerSecond simulations per second over all threads, from the median repetition
 * @param nsPerCellStep median wall time per simulated time step × cell × group, one thread's view
 *     (× threads for the population and multi-thread cell workloads)
 * @param allocatedBytesPerSim Java heap bytes allocated per simulation, summed over the threads
 *     that ran them ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes})
 * @param offHeapBytesPerSim growth per simulation of the off-heap bytes JavaCPP and ND4J count
 *     ({@link MemorySnapshot#offHeapNow()}) over the timed repetitions
 * @param runOffHeapBytes off-heap bytes of one open run (its outputs)
 * @param residentGrowthBytes growth of the resident set size over the timed repetitions
 * @param loadStart the 1-minute load average when timing started
 * @param loadEnd the 1-minute load average when timing ended
 */
public record BenchmarkResult(String workload, int threads, String strategy, int batch, int runs,
    int simsPerRun, double medianMs, double p10Ms, double p90Ms, double cpuMedianMs,
    double simsPerSecond,
    double nsPerCellStep, double allocatedBytesPerSim, double offHeapBytesPerSim,
    long runOffHeapBytes, long residentGrowthBytes, double loadStart, double loadEnd) {

  /** One JSON object on one line, the keys of the issue first. */
  public String toJson() {
    return Json.line(toJsonObject());
  }

  /** The object of {@link #toJson}, for workloads that add keys after these. */
  ObjectNode toJsonObject() {
    ObjectNode o = Json.object().put("workload", workload).put("threads", threads);
    Json.number(o, "median_ms", "%.4f", medianMs);
    Json.number(o, "sims_per_s", "%.1f", simsPerSecond);
    o.put("allocated_bytes_per_sim", Math.round(allocatedBytesPerSim))
        .put("offheap_bytes_per_sim", Math.round(offHeapBytesPerSim));
    Json.number(o, "p10_ms", "%.4f", p10Ms);
    Json.number(o, "p90_ms", "%.4f", p90Ms);
    o.put("runs", runs).put("sims_per_run", simsPerRun);
    Json.number(o, "cpu_median_ms", "%.4f", cpuMedianMs);
    Json.number(o, "ns_per_cell_step", "%.2f", nsPerCellStep);
    o.put("strategy", strategy).put("batch", batch).put("run_offheap_bytes", runOffHeapBytes)
        .put("rss_growth_bytes", residentGrowthBytes);
    Json.number(o, "load_start", "%.2f", loadStart);
    return Json.number(o, "load_end", "%.2f", loadEnd);
  }
}
