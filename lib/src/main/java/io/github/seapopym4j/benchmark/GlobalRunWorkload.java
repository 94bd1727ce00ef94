package io.github.seapopym4j.benchmark;

import io.github.seapopym4j.forcing.ForcingLoader;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.GlobalSyntheticForcings;
import io.github.seapopym4j.forcing.LoadOptions;
import io.github.seapopym4j.forcing.Rows;
import io.github.seapopym4j.internal.AtomicFiles;
import io.github.seapopym4j.model.BandedRun;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.OutputVariable;
import io.github.seapopym4j.model.StreamedRun;
import io.github.seapopym4j.model.ModelConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The {@value #ID} workload: SeapoPym's global benchmark, a 1° grid of 170 × 360 cells (latitudes
 * −84.5..84.5) × 2,191 days from 1998-01-01 × 1 group ({@link Workload#EPIPELAGIC}), from NetCDF
 * forcings ({@link GlobalSyntheticForcings}, seed 1, land fraction 0.3, float32, written into a
 * temporary directory before any timing) to a NetCDF output of every variable, or of those asked
 * for, streamed from the files with the forcings' scan ({@link StreamedRun#run}, what {@code seapopym
 * run --memory-limit …} does when the grid does not fit in memory), {@code threads} bands at a time. The {@code smoke} size (tests) is a 10° grid of 17 × 36 cells × 40 days.
 */
public final class GlobalRunWorkload implements AutoCloseable {

  /** The workload's name on the command line. */
  public static final String ID = "global-1deg-6y";

  /** The memory limit of the bands when none is given: 1 GiB. */
  public static final long DEFAULT_MEMORY_LIMIT = 1L << 30;

  /** One timed run: wall time and the phases of {@link BandedRun}. */
  public record Repetition(long wallNanos, BandedRun.Timings timings) {}

  private final Path dir;
  private final Path temperature;
  private final Path production;
  private final BandedRun.Grid grid;
  private final List<FunctionalGroup> groups = List.of(Workload.EPIPELAGIC);
  private final int rowsPerBlock;
  private final boolean float32;
  private final int threads;
  private final List<OutputVariable> variables;
  private final int[] layers;

  private GlobalRunWorkload(Path dir, BandedRun.Grid grid, ForcingSet firstRow, long memoryLimit,
      int threads, boolean float32, List<OutputVariable> variables) {
    this.dir = dir;
    this.temperature = dir.resolve(GlobalSyntheticForcings.TEMPERATURE_FILE);
    this.production = dir.resolve(GlobalSyntheticForcings.PRODUCTION_FILE);
    this.grid = grid;
    this.float32 = float32;
    this.threads = threads;
    this.variables = List.copyOf(variables);
    this.layers = firstRow.layers();
    long perRow = StreamedRun.bytesPerRow(firstRow.lonSize(), firstRow.layerSize(),
        firstRow.time(), groups);
    if (perRow * threads > memoryLimit) {
      throw new IllegalArgumentException(String.format("memory limit %d bytes is below %d "
          + "latitude rows of %d bytes (one per thread)", memoryLimit, threads, perRow));
    }
    this.rowsPerBlock = (int) Math.min(grid.latitude().length, memoryLimit / threads / perRow);
  }

  /**
   * Writes the forcings into a new temporary directory (deleted by {@link #close()}).
   *
   * @param memoryLimit bytes the bands in flight may use together (as {@code seapopym run
   *     --memory-limit})
   * @param threads bands in flight at once ({@link BandedRun}: each read, run and written by its
   *     own thread)
   * @param float32 whether the output stores float32 ({@code --float32}) instead of float64
   * @param variables the output variables ({@code seapopym run --variables})
   */
  public static GlobalRunWorkload prepare(boolean smoke, long memoryLimit, int threads,
      boolean float32, List<OutputVariable> variables) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be ≥ 1, but was " + threads);
    }
    GlobalSyntheticForcings spec = smoke
        ? GlobalSyntheticForcings.grid(10, 10, -80, 80).daily(LocalDate.of(1998, 1, 1), 40)
        : GlobalSyntheticForcings.grid(1, 1, -84.5, 84.5).daily(LocalDate.of(1998, 1, 1), 2191);
    Path dir;
    try {
      dir = Files.createTempDirectory("seapopym-" + ID + "-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory: " + e.getMessage(), e);
    }
    try {
      spec.write(dir);
      Path t = dir.resolve(GlobalSyntheticForcings.TEMPERATURE_FILE);
      Path p = dir.resolve(GlobalSyntheticForcings.PRODUCTION_FILE);
      try (ForcingSet firstRow = ForcingLoader.load(t, p, LoadOptions.defaults().withCache(false),
          new Rows(0, 1))) {
        BandedRun.Grid grid = new BandedRun.Grid(firstRow.time(), spec.latitude(),
            firstRow.longitude());
        return new GlobalRunWorkload(dir, grid, firstRow, memoryLimit, threads, float32,
            variables);
      }
    } catch (RuntimeException e) {
      AtomicFiles.deleteTree(dir);
      throw e;
    }
  }

  /** Cells (land included: the output covers them) × days × groups of one run. */
  public long cellDays() {
    return (long) grid.latitude().length * grid.longitude().length * grid.time().size()
        * groups.size();
  }

  public int rowsPerBlock() {
    return rowsPerBlock;
  }

  /** The output of the last run. */
  public Path output() {
    return dir.resolve("outputs.nc");
  }

  /** One run from the forcing files to {@link #output()} (replaced). */
  public Repetition run() {
    long t0 = System.nanoTime();
    BandedRun.Timings timings = StreamedRun.run(temperature, production,
        LoadOptions.defaults().withCache(false), grid, layers, rowsPerBlock, threads, groups,
        ModelConfig.defaults(), new BandedRun.Output(output(), float32, variables,
            Map.of("source_workload", ID)), true).timings();
    return new Repetition(System.nanoTime() - t0, timings);
  }

  /** The output variables written. */
  public List<OutputVariable> variables() {
    return variables;
  }

  /** Deletes the temporary directory. */
  @Override
  public void close() {
    AtomicFiles.deleteTree(dir);
  }
}
