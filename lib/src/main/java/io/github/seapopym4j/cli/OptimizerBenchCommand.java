package io.github.seapopym4j.cli;

import io.github.seapopym4j.calibration.CmaEs;
import io.github.seapopym4j.calibration.OptimizerBenchmark;
import io.github.seapopym4j.calibration.TestFunction;
import io.github.seapopym4j.internal.Checks;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code seapopym bench optimizers}: CMA-ES on standard test functions, set up as pycma is usually
 * benchmarked ({@link OptimizerBenchmark}: seeds 1..N, x0 uniform in [−4, 4]^D, σ0 = 2, unbounded,
 * budget 1e5 evaluations without restarts and 1e6 with IPOP), so that the figures compare with the
 * reference implementation's (docs/CALIBRATION.md). Prints one JSON object per function and restart
 * strategy and line:
 *
 * <pre>
 * {"function":"sphere","dim":10,"restart_strategy":"none","runs":51,"successes":51,"ert":…,
 *  "median_evaluations":…,"p10_evaluations":…,"p90_evaluations":…}
 * </pre>
 *
 * <p>ERT = all evaluations spent / successes (null when none succeeded); the percentiles are over
 * every run's evaluations (to the target, else all spent). Bad options exit with status 1 and a
 * one-line message.
 */
@Command(name = "optimizers", mixinStandardHelpOptions = true,
    description = "Run CMA-ES on standard test functions as pycma is benchmarked; print one JSON "
        + "object per function and restart strategy and line.")
public class OptimizerBenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--function", paramLabel = "NAME[,NAME...]", split = ",",
      defaultValue = "sphere,ellipsoid,rosenbrock,rastrigin",
      description = "Test functions: sphere, ellipsoid, rosenbrock, rastrigin (default: all four).")
  List<String> functions;

  @Option(names = "--dim", paramLabel = "D", defaultValue = "10",
      description = "Dimension, >= 2 (default: 10).")
  int dim;

  @Option(names = "--seeds", paramLabel = "N", defaultValue = "51",
      description = "Runs, with seeds 1..N (default: 51).")
  int seeds;

  @Option(names = "--restart-strategy", paramLabel = "none|ipop|bipop", split = ",",
      defaultValue = "none,ipop",
      description = "Restart strategies, each a separate line (default: none,ipop); with restarts: "
          + "9 restarts, budget 1e6 evaluations, else 1e5.")
  List<String> strategies;

  @Option(names = "--target", paramLabel = "F", defaultValue = "1e-8",
      description = "Success: f <= F (default: 1e-8).")
  double target;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = "Threads running seeds in parallel (default: 1); results do not depend on it.")
  int threads;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      List<TestFunction> fs = functions.stream().map(String::trim).map(TestFunction::byId).toList();
      List<CmaEs.RestartStrategy> ss = strategies.stream().map(String::trim)
          .map(CmaEs.RestartStrategy::byId).toList();
      Checks.atLeast(threads, 1, "--threads");
      for (TestFunction f : fs) {
        for (CmaEs.RestartStrategy s : ss) {
          out.println(new OptimizerBenchmark(f, dim, s, seeds, target).run(threads).toJson());
          out.flush();
        }
      }
      return 0;
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("seapopym bench optimizers: " + String.valueOf(e.getMessage()).replace('\n', ' '));
      err.flush();
      return 1;
    }
  }
}
