package io.github.seapopym4j.cli;

import io.github.seapopym4j.benchmark.BenchmarkResult;
import io.github.seapopym4j.benchmark.Workload;
import io.github.seapopym4j.benchmark.WorkloadBenchmark;
import io.github.seapopym4j.benchmark.WorkloadInstance;
import io.github.seapopym4j.model.KernelStrategy;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * grid-100x100-1y}, per population for {@code population-256}. With a list of thread counts
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
      description = "cell-20y, grid-100x100-1y, population-256, cell-10y-2g, a comma-separated "
          + "list, or all (default: all = the first three).")
  String workload;

  @Option(names = "--threads", paramLabel = "N[,N...]", defaultValue = "1", split = ",",
      description = "Threads (default: 1); a list such as 1,2 runs each workload with each count in "
          + "this one JVM, one after the other, so that a scaling ratio does not compare two JVMs.")
  List<Integer> threads;

  @Option(names = "--repeats", paramLabel = "N", defaultValue = "9",
      description = "Timed repetitions (default: 9); the median and spread are reported.")
  int repeats;

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

  @Option(names = "--smoke", hidden = true, description = "Tiny workloads, to test the command.")
  boolean smoke;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      List<Workload> workloads = workloads();
      KernelStrategy kernel = strategy();
      int fewest = threads.stream().mapToInt(Integer::intValue).min().orElse(0);
      if (fewest < 1 || repeats < 1 || warmup < 0 || batch < 0) {
        throw new IllegalArgumentException(String.format("--threads and --repeats must be ≥ 1, "
            + "--warmup and --batch ≥ 0, but got %s, %d, %d and %d", threads.size() == 1
            ? threads.get(0) : threads, repeats, warmup, batch));
      }
      for (Workload w : workloads) {
        for (int n : threads) {
          Nd4j.getEnvironment().setMaxMasterThreads(n);
          Nd4j.getEnvironment().setMaxThreads(n);
          BenchmarkResult r;
          try (WorkloadInstance instance = w.prepare(n, kernel, batch, smoke)) {
            r = WorkloadBenchmark.run(instance, warmup, repeats);
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

  private List<Workload> workloads() {
    if (workload.equals("all")) {
      return Workload.standard();
    }
    List<Workload> list = new ArrayList<>();
    for (String id : workload.split(",")) {
      list.add(Workload.byId(id.trim()));
    }
    return list;
  }

  private KernelStrategy strategy() {
    return switch (strategy.trim().toLowerCase(Locale.ROOT)) {
      case "default" -> KernelStrategy.DEFAULT;
      case "fused" -> KernelStrategy.FUSED;
      case "array" -> KernelStrategy.ARRAY;
      default -> throw new IllegalArgumentException(
          "--strategy: expected fused or array, but found '" + strategy + "'");
    };
  }
}
