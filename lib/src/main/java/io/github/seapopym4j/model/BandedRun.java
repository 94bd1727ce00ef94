package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.ForcingLoader;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.LoadOptions;
import io.github.seapopym4j.forcing.ForcingScan;
import io.github.seapopym4j.forcing.Rows;
import io.github.seapopym4j.forcing.ScanTally;
import io.github.seapopym4j.forcing.StreamedForcings;
import io.github.seapopym4j.forcing.TimeAxis;
import io.github.seapopym4j.internal.IndexedTasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import io.github.seapopym4j.kernel.Cohorts;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A run of the whole grid in bands of latitude rows (all longitudes, the whole time axis: the model
 * has no horizontal coupling), each band read, run and written into one NetCDF output ({@link
 * ResultNetcdf}) before the next, so memory holds one band. {@code seapopym run} uses it when the
 * grid does not fit its memory limit, and the {@code global-1deg-6y} benchmark times its three
 * phases ({@link Timings}).
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
   * What a streamed run gives besides its file ({@link #stream}).
   *
   * @param timings the phases
   * @param land [lat × lon] cells without temperature in any layer at the first step
   * @param scan the forcings' scan over the layers the groups use ({@link ForcingScan}: missing
   *     values, first-step masks, ranges), or null when not asked for
   * @param stabilityWarning {@link ExplicitStability#check}'s warning for this run, found while it
   *     ran
   */
  public record Streamed(Timings timings, boolean[] land, ForcingScan scan,
      Optional<String> stabilityWarning) {}

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

  /**
   * Whether {@link #stream} can read these files: both classic NetCDF (CDF-1, CDF-2) with latitude
   * and longitude as their two innermost dimensions (what seapopym4j and most CF writers write).
   */
  public static boolean streamable(Path temperature, Path production, LoadOptions load) {
    if (!isNetcdf(temperature) || !isNetcdf(production)) {
      return false;
    }
    try (StreamedForcings s = StreamedForcings.open(temperature, production, load)) {
      return s != null;
    }
  }

  /**
   * Memory a streamed run ({@link #stream}) needs per latitude row: one step of the forcings and
   * outputs of the row, and the cohort planes and biomass of each group, over {@code lon} cells.
   */
  public static long streamedBytesPerRow(int lon, int layers, TimeAxis time,
      List<FunctionalGroup> groups) {
    long perCell = (layers + 1L) * Double.BYTES // one step of forcings
        + (OutputVariable.values().length * (long) groups.size()) * Double.BYTES // one step out
        + 24; // masks, indices and the scan's counters
    for (FunctionalGroup g : groups) {
      perCell += (Cohorts.count(g.tr0(), time.stepDays()) + 2L) * Double.BYTES;
    }
    return perCell * lon;
  }

  /**
   * Runs {@code groups} over the grid streamed from the forcing files ({@link #streamable}): bands of
   * rows go through time step by step, each step read from the files, computed and written into
   * {@code file} before the next, {@code threads} bands at once, at most {@code rowsPerBlock} rows
   * each. Memory is {@link #streamedBytesPerRow} per row in flight, whatever the number of steps.
   * The file is the same whatever the bands and threads, and the same as the whole-grid run's.
   *
   * @param scan whether to scan the forcings on the way ({@link Streamed#scan}); values no ocean has
   *     are then refused ({@link ForcingScan#requirePhysical}) before the file is committed
   * @throws IllegalArgumentException when the files cannot be streamed, or a value is refused
   */
  public static Streamed stream(Path temperature, Path production, LoadOptions load, Grid grid,
      int[] layers, int rowsPerBlock, int threads, List<FunctionalGroup> groups, ModelConfig config,
      Output output, boolean scan) {
    if (rowsPerBlock < 1 || threads < 1) {
      throw new IllegalArgumentException("rows per block and threads must be ≥ 1, but were "
          + rowsPerBlock + " and " + threads);
    }
    LoadOptions options = load.toBuilder().cache(false).lazy(false).build();
    StreamedForcings in = isNetcdf(temperature) && isNetcdf(production)
        ? StreamedForcings.open(temperature, production, options) : null;
    if (in == null) {
      throw new IllegalArgumentException("cannot stream " + temperature + " and " + production
          + ": expected classic NetCDF files with latitude and longitude as their two innermost "
          + "dimensions");
    }
    try (in) {
      StreamedPlan plan = new StreamedPlan(config, groups, grid.time(), grid.latitude(),
          grid.longitude(), layers, output.variables(), options.dataType() == DataType.FLOAT);
      return streamed(in, plan, grid, rowsPerBlock, threads, output.file(), output.float32(),
          output.attributes(), scan);
    }
  }

  /**
   * Rows per band of a streamed run: two bands per thread (few and large reads and writes, and some
   * balance between bands of more and less ocean), at most {@code rowsPerBlock}.
   */
  public static int streamedBandRows(int rows, int rowsPerBlock, int threads) {
    return Math.max(1, Math.min(rowsPerBlock, (rows + 2 * threads - 1) / (2 * threads)));
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
          return streamed(streamed, plan, grid, rowsPerBlock, threads, file, float32, attributes,
              false).timings();
        }
      }
    }
    AtomicLong read = new AtomicLong();
    AtomicLong compute = new AtomicLong();
    AtomicLong write = new AtomicLong();
    long t0 = System.nanoTime();
    List<Rows> bands = new ArrayList<>();
    for (int first = 0; first < latSize; first += rowsPerBlock) {
      bands.add(new Rows(first, Math.min(rowsPerBlock, latSize - first)));
    }
    ExecutorService pool = threads > 1 && bands.size() > 1 ? Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "banded-run");
      t.setDaemon(true);
      return t;
    }) : null;
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

  /**
   * The streamed run ({@link StreamedBand}): bands of rows read step by step from the files, run
   * and written, {@code threads} bands at a time (writes one at a time), of {@link
   * #streamedBandRows} rows.
   */
  private static Streamed streamed(StreamedForcings in, StreamedPlan plan, Grid grid,
      int rowsPerBlock, int threads, Path file, boolean float32, Map<String, Object> attributes,
      boolean scan) {
    int ny = grid.latitude().length;
    int nx = grid.longitude().length;
    int rows = streamedBandRows(ny, rowsPerBlock, threads);
    List<Rows> bands = new ArrayList<>();
    for (int first = 0; first < ny; first += rows) {
      bands.add(new Rows(first, Math.min(rows, ny - first)));
    }
    long t0 = System.nanoTime();
    long[] total = new long[3];
    ExecutorService pool = threads > 1 && bands.size() > 1 ? Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "banded-run");
      t.setDaemon(true);
      return t;
    }) : null;
    try (ResultNetcdf.Blocks w = ResultNetcdf.open(file, grid.time(), grid.latitude(),
        grid.longitude(), plan.groups, float32, plan.variables, plan.config.units().biomassUnits(),
        attributes)) {
      total[2] += System.nanoTime() - t0;
      ThreadLocal<StreamedForcings.Reader> readers = ThreadLocal.withInitial(in::reader);
      StreamedBand.Sink sink = (v, g, t, firstRow, values) -> {
        synchronized (w) {
          w.writeStep(v, g, t, firstRow, values);
        }
      };
      boolean[] land = new boolean[ny * nx];
      ForcingScan[] scans = new ForcingScan[bands.size()];
      StreamedStability[] stability = new StreamedStability[bands.size()];
      int[] labels = new int[plan.layersRead.length];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = plan.layers[plan.layersRead[i]];
      }
      IndexedTasks.run(bands.size(), threads, pool, k -> {
        Rows r = bands.get(k);
        long[] nanos = new long[3];
        ScanTally tally = scan ? new ScanTally(grid.time(), java.util.Arrays.copyOfRange(
            grid.latitude(), r.first(), r.first() + r.count()), grid.longitude(), labels) : null;
        StreamedBand band = new StreamedBand(plan, r.first(), r.count());
        boolean[] bandLand = band.run(readers.get(), sink, tally, nanos);
        stability[k] = band.stability();
        System.arraycopy(bandLand, 0, land, r.first() * nx, bandLand.length);
        scans[k] = tally == null ? null : tally.scan(in.source());
        synchronized (total) {
          for (int i = 0; i < 3; i++) {
            total[i] += nanos[i];
          }
        }
      }, null, "running the bands of rows");
      ForcingScan merged = scan ? ForcingScan.merge(in.source(), List.of(scans)) : null;
      if (merged != null) {
        merged.requirePhysical(); // before the file is committed: nothing is written
      }
      long e = System.nanoTime();
      w.commit();
      total[2] += System.nanoTime() - e;
      return new Streamed(new Timings(total[0], total[1], total[2], bands.size()), land, merged,
          StreamedStability.merge(plan, List.of(stability)));
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private static boolean isNetcdf(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".nc") || name.endsWith(".nc4");
  }
}
