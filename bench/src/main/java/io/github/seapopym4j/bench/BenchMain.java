package io.github.seapopym4j.bench;

import io.github.seapopym4j.cli.BenchCommand;
import picocli.CommandLine;

/**
 * {@code seapopym bench} from the benchmarks jar, for machines without {@code bin/seapopym}:
 * {@code java -cp bench/target/benchmarks.jar io.github.seapopym4j.bench.BenchMain --workload
 * cell-20y}. Same command class, same options, same output.
 */
public final class BenchMain {

  private BenchMain() {}

  /** Runs {@link BenchCommand} with {@code args} and exits with its status. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCommand()).execute(args));
  }
}
