package io.github.seapopym4j.sweep;

import io.github.seapopym4j.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The state of one sweep, cut into chunks, as the driver ({@link Sweep}) keeps it while a {@link
 * ChunkExecutor} evaluates the chunks (in this JVM or in others). The driver {@link #open opens} the
 * sweep (checks, resume), hands the {@link #pending()} chunks to the executor, whose workers call
 * the static {@link #evaluateChunk} and, with an output directory, {@link #writeChunk}; it then
 * {@link #accept accepts} the columns they return and {@link #finish finishes} (assembles {@code
 * results.csv} from the chunk files).
 *
 * <p>The manifest, chunk files and {@code results.csv} are the same whatever the executor, so a
 * sweep started on one can be resumed on another. With an output directory, workers and driver must
 * see the same file system.
 *
 * @implNote Driver side not thread-safe: call {@code accept} from one thread.
 */
public final class SweepParts {

  private final SweepPlan plan;
  private final SweepFunction function;
  private final List<SweepMeasure> metrics;
  private final int chunkSize;
  private final int n;
  private final int chunkCount;
  private final double[][] columns;
  private final boolean[] done;
  private final SweepResultsCsv csv;
  private final ChunkStore store;
  private final long resumed;
  private final long t0;
  /** Time spent reading back the chunks of an earlier run [ns], counted as result handling. */
  private final long loadNanos;
  private long available;

  private SweepParts(SweepPlan plan, SweepFunction function, int chunkSize, Path output,
      boolean resume, long t0) {
    this.plan = plan;
    this.function = function;
    this.metrics = List.copyOf(function.metrics());
    this.chunkSize = chunkSize;
    this.t0 = t0;
    this.n = (int) plan.combinations();
    this.chunkCount = (int) ((n + (long) chunkSize - 1) / chunkSize);
    this.columns = new double[metrics.size()][n];
    for (double[] c : columns) {
      Arrays.fill(c, Double.NaN);
    }
    this.done = new boolean[chunkCount];
    this.csv = new SweepResultsCsv(plan, metrics);
    this.store = output == null ? null
        : new ChunkStore(output, Sweep.manifest(plan, function, metrics, chunkSize), resume);
    long l0 = System.nanoTime();
    this.resumed = store == null ? 0 : store.load(csv, columns, chunkSize, done);
    this.loadNanos = store == null ? 0 : System.nanoTime() - l0;
    this.available = resumed;
  }

  /**
   * Checks the plan against {@code limits} and {@code function} (as {@link Sweep#run()} does),
   * prepares its values, and reads back the chunks an earlier run left in {@code output}.
   *
   * @param output the directory of chunk files and results.csv, or null for none
   * @throws IllegalArgumentException when the plan exceeds a ceiling or does not suit the function
   * @throws IllegalStateException when {@code output} holds a different sweep, or a sweep and
   *     {@code resume} is false
   */
  public static SweepParts open(SweepPlan plan, SweepFunction function, int chunkSize,
      SweepLimits limits, Path output, boolean resume) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(limits, "limits");
    Checks.atLeast(chunkSize, 1, "chunkSize");
    if (resume && output == null) {
      throw new IllegalStateException("resume needs an output directory, but none was given");
    }
    long t0 = System.nanoTime();
    List<SweepMeasure> metrics = function.metrics();
    limits.check(plan, metrics.size());
    Sweep.checkNames(plan, metrics);
    function.check(plan);
    plan.materialise();
    return new SweepParts(plan, function, chunkSize, output, resume, t0);
  }

  /**
   * Evaluates chunk {@code chunk} of {@code plan} with {@code function}. Runs in the worker's JVM.
   *
   * @return the chunk's metric columns, {@code [metric][combination - from]}
   */
  public static double[][] evaluateChunk(SweepPlan plan, SweepFunction function, int chunk,
      int chunkSize) {
    int from = chunkStart(plan, chunk, chunkSize);
    int to = (int) Math.min(plan.combinations(), (long) from + chunkSize);
    Chunk c = new Chunk(plan, chunk, from, to, function.metrics().size());
    function.evaluate(c);
    double[][] out = new double[function.metrics().size()][];
    for (int m = 0; m < out.length; m++) {
      out[m] = c.column(m);
    }
    return out;
  }

  /**
   * Writes the rows of chunk {@code chunk} ({@code columns} as {@link #evaluateChunk} returned them)
   * to its file in the sweep directory {@code output}, atomically. Runs in the worker's JVM.
   */
  public static void writeChunk(SweepPlan plan, List<SweepMeasure> metrics, int chunk, int chunkSize,
      double[][] columns, Path output) {
    int from = chunkStart(plan, chunk, chunkSize);
    int to = (int) Math.min(plan.combinations(), (long) from + chunkSize);
    SweepResultsCsv rows = new SweepResultsCsv(plan, metrics);
    StringBuilder sb = new StringBuilder((to - from) * 96);
    for (int k = from; k < to; k++) {
      rows.appendRow(sb, k, columns, k - from);
    }
    ChunkStore.writeAtomically(ChunkStore.chunkFile(output, chunk),
        sb.toString().getBytes(StandardCharsets.ISO_8859_1));
  }

  private static int chunkStart(SweepPlan plan, int chunk, int chunkSize) {
    long n = plan.combinations();
    long from = (long) chunk * chunkSize;
    if (chunk < 0 || from >= n) {
      throw new IllegalArgumentException(String.format(
          "chunk must be in [0, %d) for %d combinations in chunks of %d, but was %d",
          (n + chunkSize - 1) / chunkSize, n, chunkSize, chunk));
    }
    return (int) from;
  }

  /** The combinations read back from an earlier run. */
  long resumed() {
    return resumed;
  }

  /** The plan, its values prepared (ship this one to the workers). */
  public SweepPlan plan() {
    return plan;
  }

  public int chunkSize() {
    return chunkSize;
  }

  public int chunkCount() {
    return chunkCount;
  }

  /** The chunks still to evaluate, in increasing order. */
  public int[] pending() {
    return IntStream.range(0, chunkCount).filter(i -> !done[i]).toArray();
  }

  /** Takes the columns {@link #evaluateChunk} returned for {@code chunk}. */
  public void accept(int chunk, double[][] chunkColumns) {
    if (chunk < 0 || chunk >= chunkCount) {
      throw new IllegalArgumentException(
          "chunk must be in [0, " + chunkCount + "), but was " + chunk);
    }
    if (done[chunk]) {
      throw new IllegalStateException("chunk " + chunk + " was already accepted or resumed");
    }
    int from = chunk * chunkSize;
    int size = (int) Math.min(n, (long) from + chunkSize) - from;
    if (chunkColumns.length != columns.length) {
      throw new IllegalArgumentException(String.format("chunk %d: expected %d metric columns, "
          + "but got %d", chunk, columns.length, chunkColumns.length));
    }
    for (int m = 0; m < columns.length; m++) {
      if (chunkColumns[m].length != size) {
        throw new IllegalArgumentException(String.format("chunk %d, metric %s: expected %d values, "
            + "but got %d", chunk, metrics.get(m).name(), size, chunkColumns[m].length));
      }
      System.arraycopy(chunkColumns[m], 0, columns[m], from, size);
    }
    done[chunk] = true;
    available += size;
  }

  /**
   * The result; when every chunk is in and there is an output directory, first assembles {@code
   * results.csv} from the chunk files (and deletes them).
   *
   * @param kernelNanos function time summed over workers [ns]
   * @param resultNanos result handling summed over workers (chunk files) [ns]
   * @param workers the number of parallel workers (e.g. executor cores)
   */
  public SweepResult finish(long kernelNanos, long resultNanos, int workers) {
    boolean complete = available == n;
    long r = resultNanos + loadNanos;
    if (complete && store != null && !store.resultsComplete()) {
      long r0 = System.nanoTime();
      store.assemble(csv.header(), chunkCount);
      r += System.nanoTime() - r0;
    }
    SweepTimings timings = new SweepTimings(System.nanoTime() - t0, kernelNanos, r, workers,
        available - resumed, resumed);
    return new SweepResult(plan, metrics, columns, complete, available, timings,
        function.workPerCombination(), store == null ? null : store.results());
  }
}
