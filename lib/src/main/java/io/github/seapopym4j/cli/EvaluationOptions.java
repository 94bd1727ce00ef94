package io.github.seapopym4j.cli;

import io.github.seapopym4j.internal.Checks;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where the commands that evaluate many model runs ({@code calibrate}, {@code sensitivity}) evaluate
 * them, as a picocli mixin: local threads ({@code --threads}) or Apache Spark ({@code --engine
 * spark --master URL}, {@link EngineOptions}, through the {@code seapopym4j-spark} module). Results
 * depend on neither.
 */
final class EvaluationOptions {

  @Mixin
  EngineOptions engine = new EngineOptions();

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads evaluating model runs (default: all processors). Results do not "
          + "depend on it.")
  Integer threads;

  /** The local threads: --threads, else all processors; checked to be at least 1. */
  int threads() {
    return Checks.atLeast(threads == null ? Runtime.getRuntime().availableProcessors() : threads, 1,
        "--threads");
  }

  /** True for the spark engine; checks --engine, and that --master comes with it. */
  boolean spark() {
    return engine.spark();
  }

  /** --master, or null for the engine's default. */
  String master() {
    return engine.master();
  }

  /** --engine as given. */
  String name() {
    return engine.engine();
  }
}
