package io.github.seapopym4j.cli;

import io.github.seapopym4j.benchmark.BenchmarkResult;
import io.github.seapopym4j.benchmark.GlobalRunBenchmark;
import io.github.seapopym4j.benchmark.GlobalRunWorkload;
import io.github.seapopym4j.benchmark.Workload;
import io.github.seapopym4j.benchmark.WorkloadBenchmark;
import io.github.seapopym4j.benchmark.WorkloadInstance;
import io.github.seapopym4j.model.KernelStrategy;
import io.github.seapopym4j.model.OutputVariable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nd4j.linalg.factory.Nd4j;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code seapopym bench}: runs the benchmark workloads of {@code docs/PERFORMANCE.md} outside JMH
 * (warm-up, then timed repetitions) and prints one JSON object per workload and line:
 *
 * <pre>
 * {"workload": "cell-20y", "threads": 1, "median_ms": 0.09, "sims_per_s": 11000.0,
 *  "allocated_bytes_per_sim": 2700, "offheap_bytes_per_sim": 0, "p10_ms": …, "p90_ms": …,
 *  "runs": 9, …}
 * </pre>
 *
 * <p>{@code median_ms} is per simulation for {@code cell-20y}, {@code cell-10y-2g} and {@code
 * grid-100x100-1y}, per population for {@code population-256}, per whole run (forcing files in,
 * output file out) for {@code global-1deg-6y} ({@link GlobalRunBenchmark}, which adds the keys
 * {@code cell_days_per_s}, {@code read_s}, {@code compute_s}, {@code write_s} and {@code
 * peak_resident_bytes}; its forcings are written before any timing). With a list of thread counts
 * ({@code --threads 1,2}) each workload runs once per count, in order, in the same JVM. ND4J's own
 * thread pool is limited to the thread count too. Bad options exit with status 1 and a one-line
 * message. {@code seapopym bench optimizers} ({@link OptimizerBenchCommand}) benchmarks CMA-ES on
 * test functions instead.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Time the benchmark workloads; print one JSON object per workload and line.",
    subcommands = OptimizerBenchCommand.class)
public class BenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--workload", paramLabel = "NAME", defaultValue = "all",
      description = "cell-20y, grid-100x100-1y, population-256, cell-10y-2g, global-1deg-6y, a "
          + "comma-separated list, or all (default: all = the first three).")
  String workload;

  @Option(names = "--threads", paramLabel = "N[,N...]", split = ",",
      description = "Threads (default: 1; global-1deg-6y: all processors, as seapopym run); a list "
          + "such as 1,2 runs each workload with each count in this one JVM, one after the other, "
          + "so that a scaling ratio does not compare two JVMs.")
  List<Integer> threads;

  @Option(names = "--repeats", paramLabel = "N",
      description = "Timed repetitions (default: 9; global-1deg-6y: 3); the median and spread are "
          + "reported.")
  Integer repeats;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "5",
      description = "Untimed repetitions first, at least (default: 5; 0: none). Warm-up also lasts "
          + "3 s and 30,000 simulations (or 15 s).")
  int warmup;

  @Option(names = "--strategy", paramLabel = "fused|array", defaultValue = "default",
      description = "Kernel strategy (default: the model's default).")
  String strategy;

  @Option(names = "--batch", paramLabel = "K", defaultValue = "0",
      description = "Individuals per task for population-256 (default: 1, Population.DEFAULT_BATCH).")
  int batch;

  @Option(names = "--memory-limit", paramLabel = "SIZE", defaultValue = "1g",
      description = "global-1deg-6y: memory of the bands of latitude rows in flight (one per "
          + "thread), as seapopym run --memory-limit (default: 1g).")
  String memoryLimit;

  @Option(names = "--variables", paramLabel = "LIST",
      description = "global-1deg-6y: the output variables, as seapopym run --variables (default: "
          + "biomass, the output of SeapoPym's global benchmark; all for the five).")
  String variables;

  @Option(names = "--float32",
      description = "global-1deg-6y: store the output as float32, as seapopym run --float32.")
  boolean float32;

  @Option(names = "--smoke", hidden = true, description = "Tiny workloads, to test the command.")
  boolean smoke;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      List<String> workloads = workloads();
      KernelStrategy kernel = strategy();
      boolean given = threads != null;
      List<Integer> counts = given ? threads : List.of(1);
      int fewest = counts.stream().mapToInt(Integer::intValue).min().orElse(0);
      if (fewest < 1 || (repeats != null && repeats < 1) || warmup < 0 || batch < 0) {
        throw new IllegalArgumentException(String.format("--threads and --repeats must be ≥ 1, "
            + "--warmup and --batch ≥ 0, but got %s, %d, %d and %d", counts.size() == 1
            ? counts.get(0) : counts, repeats, warmup, batch));
      }
      long limit = RunBlocks.parseSize(memoryLimit);
      for (String id : workloads) {
        if (id.equals(GlobalRunWorkload.ID)) {
          for (int n : given ? counts : List.of(Runtime.getRuntime().availableProcessors())) {
            try (GlobalRunWorkload g = GlobalRunWorkload.prepare(smoke, limit, n, float32,
                variables == null ? java.util.List.of(OutputVariable.BIOMASS)
                    : OutputVariable.parseList(variables))) {
              out.println(GlobalRunBenchmark.run(g, n, Math.min(warmup, 3),
                  repeats == null ? 3 : repeats, float32));
            }
            out.flush();
          }
          continue;
        }
        Workload w = Workload.byId(id);
        for (int n : counts) {
          Nd4j.getEnvironment().setMaxMasterThreads(n);
          Nd4j.getEnvironment().setMaxThreads(n);
          BenchmarkResult r;
          try (WorkloadInstance instance = w.prepare(n, kernel, batch, smoke)) {
            r = WorkloadBenchmark.run(instance, warmup, repeats == null ? 9 : repeats);
          }
          out.println(r.toJson());
          out.flush();
        }
      }
      return 0;
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("seapopym bench: " + String.valueOf(e.getMessage()).replace('\n', ' '));
      err.flush();
      return 1;
    }
  }

  /** The workloads' ids, checked before anything runs. */
  private List<String> workloads() {
    if (workload.equals("all")) {
      return Workload.standard().stream().map(Workload::id).toList();
    }
    List<String> list = new ArrayList<>();
    for (String id : workload.split(",")) {
      String name = id.trim();
      if (!name.equals(GlobalRunWorkload.ID)) {
        try {
          Workload.byId(name);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(e.getMessage().replaceFirst("]$",
              ", " + GlobalRunWorkload.ID + "]"), e);
        }
      }
      list.add(name);
    }
    return list;
  }

  private KernelStrategy strategy() {
    return ModelOptions.choice("--strategy", strategy, "fused or array", Map.of("default",
        KernelStrategy.DEFAULT, "fused", KernelStrategy.FUSED, "array", KernelStrategy.ARRAY));
  }
}
