package io.github.seapopym4j.cli;

import io.github.seapopym4j.sweep.Sweep;
import io.github.seapopym4j.sweep.SweepFunction;
import io.github.seapopym4j.sweep.SweepLimits;
import io.github.seapopym4j.sweep.SweepPlan;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options every sweep command shares, as a picocli mixin ({@code sweep model}, and {@code sweep
 * bollinger} of the examples module): worker threads, the output directory and its resume, the chunk
 * size, the progress interval, the ceiling on combinations and the rows of {@code top.csv}. Each
 * command gives its own defaults to the constructor; the help shows them.
 */
public final class SweepOptions {

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Directory for sweep.manifest, results.csv and top.csv.")
  Path out;

  @Option(names = "--resume", description = "Continue the sweep already in --out.")
  boolean resume;

  @Option(names = "--chunk-size", paramLabel = "N",
      description = "Combinations per kernel call and chunk file (default ${DEFAULT-VALUE}).")
  int chunkSize;

  @Option(names = "--progress-every", paramLabel = "N",
      description = "Progress line every N combinations (default ${DEFAULT-VALUE}).")
  long progressEvery;

  @Option(names = "--max-combinations", paramLabel = "N",
      description = "Refuse grids with more combinations (default ${DEFAULT-VALUE}).")
  long maxCombinations;

  @Option(names = "--top", paramLabel = "K", defaultValue = "20",
      description = "Rows of top.csv (default ${DEFAULT-VALUE}).")
  int top;

  /** The options with these defaults of {@code --chunk-size}, {@code --progress-every} and
   * {@code --max-combinations}. */
  public SweepOptions(int chunkSize, long progressEvery, long maxCombinations) {
    this.chunkSize = chunkSize;
    this.progressEvery = progressEvery;
    this.maxCombinations = maxCombinations;
  }

  /** The output directory, {@code --out}. */
  public Path out() {
    return out;
  }

  /** The rows of {@code top.csv}, {@code --top}. */
  public int top() {
    return top;
  }

  /** The worker threads: {@code --threads}, else all processors. */
  public int threads() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
  }

  /** A sweep of {@code plan} by {@code function} with these options, into {@code --out}. */
  public Sweep.Builder sweep(SweepPlan plan, SweepFunction function) {
    return Sweep.builder(plan, function).threads(threads()).chunkSize(chunkSize)
        .limits(SweepLimits.DEFAULT.withMaxCombinations(maxCombinations))
        .progressEvery(progressEvery).output(out).resume(resume);
  }
}
