package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.ForcingLoader;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.LoadOptions;
import io.github.seapopym4j.forcing.Rows;
import io.github.seapopym4j.forcing.StreamedForcings;
import io.github.seapopym4j.forcing.TimeAxis;
import io.github.seapopym4j.internal.IndexedTasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A run of the whole grid in bands of latitude rows (all longitudes, the whole time axis: the model
 * has no horizontal coupling), each band read, run and written into one NetCDF output ({@link
 * ResultNetcdf}) before the next, so memory holds one band: what {@code seapopym run} does when the
 * grid does not fit its memory limit and the forcings cannot be streamed ({@link StreamedRun}, which
 * it hands classic NetCDF forcings to).
 *
 * <p>A band's forcings are read alone from NetCDF files ({@code whole} stays unread), or copied out
 * of {@code whole} for CSV forcings.
 */
public final class BandedRun {

  /**
   * Wall times of the phases, summed over the bands.
   *
   * @param readNanos reading the bands' forcings
   * @param computeNanos preparing each band's context and running the model on it
   * @param writeNanos writing the outputs (the file's axes and each band's values)
   * @param blocks number of bands
   */
  public record Timings(long readNanos, long computeNanos, long writeNanos, int blocks) {}

  private BandedRun() {}

  /**
   * Memory one latitude row needs: {@link MemoryEstimate} for one row of cells plus the row's
   * forcings (only the dimensions of {@code forcings} are used).
   */
  public static long bytesPerRow(ForcingSet forcings, List<FunctionalGroup> groups,
      ModelConfig config) {
    int nx = forcings.lonSize();
    int nz = forcings.layerSize();
    long valueBytes = forcings.dataType() == DataType.FLOAT ? Float.BYTES : Double.BYTES;
    return MemoryEstimate.of(forcings.time(), nx, nz, groups, config).total(1)
        + (long) forcings.timeSize() * nx * (nz + 1) * valueBytes;
  }

  /**
   * Runs {@code groups} on the grid of {@code whole} in bands of {@code rowsPerBlock} rows, one band
   * after the other, and writes every output variable into {@code file} (moved into place when
   * complete).
   *
   * @param whole the forcings of the whole grid (axes; values only for CSV forcings)
   * @param attributes global attributes of the file (the run's settings)
   */
  public static Timings write(Path temperature, Path production, ForcingSet whole, int rowsPerBlock,
      List<FunctionalGroup> groups, ModelConfig config, Path file, boolean float32,
      Map<String, Object> attributes) {
    return write(temperature, production, LoadOptions.defaults(), whole, rowsPerBlock, groups,
        config, new Output(file, float32, List.of(OutputVariable.values()), attributes));
  }

  /**
   * {@link #write(Path, Path, ForcingSet, int, List, ModelConfig, Path, boolean, Map)} reading the
   * bands with {@code load}'s variable names (its caching and laziness are not used: each band is
   * read once), writing {@code output}'s variables.
   */
  public static Timings write(Path temperature, Path production, LoadOptions load, ForcingSet whole,
      int rowsPerBlock, List<FunctionalGroup> groups, ModelConfig config, Output output) {
    Objects.requireNonNull(whole, "whole");
    return run(temperature, production, load, new Grid(whole.time(), whole.latitude(),
        whole.longitude()), whole, rowsPerBlock, 1, groups, config, output);
  }

  /**
   * {@link #write(Path, Path, ForcingSet, int, List, ModelConfig, Path, boolean, Map)} with {@code
   * threads} bands in flight at once, each read, run and written by its own thread (writes to the
   * file one at a time): reading, computing and writing overlap, and memory holds {@code threads}
   * bands. The file is the same whatever the number of threads. The timings then add the threads'
   * times, so they sum to more than the wall time.
   */
  public static Timings write(Path temperature, Path production, ForcingSet whole, int rowsPerBlock,
      int threads, List<FunctionalGroup> groups, ModelConfig config, Path file, boolean float32,
      Map<String, Object> attributes) {
    Objects.requireNonNull(whole, "whole");
    return run(temperature, production, LoadOptions.defaults(), new Grid(whole.time(),
        whole.latitude(), whole.longitude()), whole, rowsPerBlock, threads, groups, config,
        new Output(file, float32, List.of(OutputVariable.values()), attributes));
  }

  /**
   * Where and how a streamed run writes its outputs ({@link ResultNetcdf}).
   *
   * @param file the NetCDF file (moved into place when complete)
   * @param float32 whether values are stored as float32
   * @param variables the variables written (at least one)
   * @param attributes global attributes of the file (the run's settings)
   */
  public record Output(Path file, boolean float32, List<OutputVariable> variables,
      Map<String, Object> attributes) {
    /** Validates and copies. */
    public Output {
      Objects.requireNonNull(file, "file");
      variables = List.copyOf(variables);
      attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
      if (variables.isEmpty()) {
        throw new IllegalArgumentException("an output needs at least one variable");
      }
    }
  }

  /** The axes of a grid: days, latitudes and longitudes of the cell centres [degrees]. */
  public record Grid(TimeAxis time, double[] latitude, double[] longitude) {
    /** Checks the axes are given. */
    public Grid {
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(latitude, "latitude");
      Objects.requireNonNull(longitude, "longitude");
    }
  }

  /**
   * {@link #write(Path, Path, ForcingSet, int, int, List, ModelConfig, Path, boolean, Map)} for
   * NetCDF forcings on {@code grid}, without a whole-grid forcing set (whose load would check that
   * the whole grid fits in memory, although a banded run never reads it).
   *
   * @throws IllegalArgumentException when a forcing file is not NetCDF
   */
  public static Timings writeNetcdf(Path temperature, Path production, Grid grid, int rowsPerBlock,
      int threads, List<FunctionalGroup> groups, ModelConfig config, Path file, boolean float32,
      Map<String, Object> attributes) {
    if (!isNetcdf(temperature) || !isNetcdf(production)) {
      throw new IllegalArgumentException("expected NetCDF forcings (.nc, .nc4), but got "
          + temperature + " and " + production);
    }
    return run(temperature, production, LoadOptions.defaults(), grid, null, rowsPerBlock, threads,
        groups, config, new Output(file, float32, List.of(OutputVariable.values()), attributes));
  }

  private static Timings run(Path temperature, Path production, LoadOptions load, Grid grid,
      ForcingSet whole,
      int rowsPerBlock, int threads, List<FunctionalGroup> groups, ModelConfig config,
      Output output) {
    Path file = output.file();
    boolean float32 = output.float32();
    Map<String, Object> attributes = output.attributes();
    if (rowsPerBlock < 1 || threads < 1) {
      throw new IllegalArgumentException("rows per block and threads must be ≥ 1, but were "
          + rowsPerBlock + " and " + threads);
    }
    boolean netcdf = isNetcdf(temperature) && isNetcdf(production);
    int latSize = grid.latitude().length;
    LoadOptions options = load.toBuilder().cache(false).lazy(false).build();
    if (netcdf) {
      StreamedForcings streamed = StreamedForcings.open(temperature, production, options);
      if (streamed != null) {
        try (streamed) {
          int[] layers = whole != null ? whole.layers() : layers(temperature, production, options);
          StreamedPlan plan = new StreamedPlan(config, groups, grid.time(), grid.latitude(),
              grid.longitude(), layers, output.variables(),
              options.dataType() == DataType.FLOAT);
          return StreamedRun.run(streamed, plan, grid, rowsPerBlock, threads, file, float32,
              attributes, false).timings();
        }
      }
    }
    AtomicLong read = new AtomicLong();
    AtomicLong compute = new AtomicLong();
    AtomicLong write = new AtomicLong();
    long t0 = System.nanoTime();
    List<Rows> bands = StreamedRun.bands(latSize, rowsPerBlock);
    ExecutorService pool = StreamedRun.pool(threads, bands.size());
    try (ResultNetcdf.Blocks w = ResultNetcdf.open(file, grid.time(), grid.latitude(),
        grid.longitude(), groups, float32, output.variables(), config.units().biomassUnits(),
        attributes)) {
      write.addAndGet(System.nanoTime() - t0);
      IndexedTasks.run(bands.size(), threads, pool, k -> {
        Rows rows = bands.get(k);
        long a = System.nanoTime();
        try (ForcingSet band = netcdf ? ForcingLoader.load(temperature, production, options, rows)
            : ForcingLoader.band(whole, rows)) {
          long b = System.nanoTime();
          try (NoTransportModel m = NoTransportModel.prepare(band, config);
              ModelRun run = m.start(groups)) {
            long c = System.nanoTime();
            boolean[] land = ResultNetcdf.land(band);
            synchronized (w) {
              w.write(run, rows.first(), land);
            }
            read.addAndGet(b - a);
            compute.addAndGet(c - b);
            write.addAndGet(System.nanoTime() - c);
          }
        }
      }, null, "running the bands of rows");
      long e = System.nanoTime();
      w.commit();
      write.addAndGet(System.nanoTime() - e);
      return new Timings(read.get(), compute.get(), write.get(), bands.size());
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** The layer labels of the forcings (a band of one row, whose values stay unread). */
  private static int[] layers(Path temperature, Path production, LoadOptions options) {
    try (ForcingSet row = ForcingLoader.load(temperature, production,
        options.toBuilder().lazy(true).build(), new Rows(0, 1))) {
      return row.layers();
    }
  }

  static boolean isNetcdf(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".nc") || name.endsWith(".nc4");
  }
}
