package io.github.seapopym4j.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --engine local|spark} and {@code --master URL} options, as a picocli mixin for the
 * commands that can run on Apache Spark ({@code run}, {@code sweep model}, the examples' {@code sweep
 * bollinger}; {@code calibrate} and {@code sensitivity} through {@link EvaluationOptions}), and the
 * one check of both ({@link #spark(String, String)}).
 */
public final class EngineOptions {

  @Option(names = "--engine", paramLabel = "local|spark", defaultValue = "local",
      description = "Where the work runs (default ${DEFAULT-VALUE}): spark runs it as Spark tasks, "
          + "whose executors read the input files and write into the output folder at the same "
          + "paths (a shared file system). The files are those of the local engine.")
  String engine = "local";

  @Option(names = "--master", paramLabel = "URL",
      description = "spark engine: the Spark master URL, e.g. local[2], spark://host:7077 "
          + "(default: spark.master of spark-submit, else local[*]).")
  String master;

  /** True for {@code --engine spark}; checks both options. */
  public boolean spark() {
    return spark(engine, master);
  }

  /** {@code --engine} as given: local or spark. */
  public String engine() {
    return engine;
  }

  /** {@code --master}, or null for the engine's default. */
  public String master() {
    return master;
  }

  /**
   * True for {@code spark}, false for {@code local}.
   *
   * @throws IllegalArgumentException for another engine, or {@code --master} beside {@code local}
   */
  public static boolean spark(String engine, String master) {
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
