package io.github.seapopym4j.cli;

import picocli.CommandLine.Option;

/**
 * Where the commands that evaluate many model runs ({@code calibrate}, {@code sensitivity}) evaluate
 * them, as a picocli mixin: local threads ({@code --threads}) or Apache Spark ({@code --engine
 * spark --master URL}, through the {@code seapopym4j-spark} module). Results depend on neither.
 */
final class EngineOptions {

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads evaluating model runs (default: all processors). Results do not "
          + "depend on it.")
  Integer threads;

  @Option(names = "--engine", paramLabel = "local|spark", defaultValue = "local",
      description = "Where model runs are evaluated: local threads, or Apache Spark (needs the "
          + "spark module; see docs/DISTRIBUTED.md) (default: local). Results do not depend on it.")
  String engine;

  @Option(names = "--master", paramLabel = "URL",
      description = "spark engine: the Spark master URL, e.g. local[2], spark://host:7077, yarn "
          + "(default: spark.master of spark-submit, else local[*]). Executors read the input "
          + "files at the same paths (a shared filesystem).")
  String master;

  /** The local threads: --threads, else all processors; checked to be at least 1. */
  int threads() {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new IllegalArgumentException("--threads must be >= 1, but was " + n);
    }
    return n;
  }

  /** True for the spark engine; checks --engine, and that --master comes with it. */
  boolean spark() {
    return switch (engine) {
      case "local" -> {
        if (master != null) {
          throw new IllegalArgumentException("--master is for --engine spark, but the engine is "
              + "local");
        }
        yield false;
      }
      case "spark" -> true;
      default -> throw new IllegalArgumentException(
          "--engine must be local or spark, but was '" + engine + "'");
    };
  }
}
