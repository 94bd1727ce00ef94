package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.ForcingScan;
import io.github.seapopym4j.forcing.LoadOptions;
import io.github.seapopym4j.forcing.Rows;
import io.github.seapopym4j.forcing.ScanTally;
import io.github.seapopym4j.forcing.StreamedForcings;
import io.github.seapopym4j.forcing.TimeAxis;
import io.github.seapopym4j.internal.IndexedTasks;
import io.github.seapopym4j.kernel.Cohorts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A spatial run streamed from its forcing files ({@code seapopym run} on a grid that does not fit its
 * memory limit, and the {@code global-1deg-6y} benchmark): bands of latitude rows go through time
 * step by step, each step of a band read from the files ({@link StreamedForcings}), computed ({@link
 * StreamedBand}) and written into one NetCDF output ({@link ResultNetcdf}) before the next, so memory
 * holds the bands' cohort state and one step, whatever the number of steps. The outputs are those
 * of the whole-grid run bit for bit, whatever the bands and threads. Forcings it cannot read so run
 * band by band through {@link BandedRun}.
 */
public final class StreamedRun {

  private StreamedRun() {}

  /**
   * What a streamed run gives besides its file ({@link #run}).
   *
   * @param timings the phases
   * @param land [lat × lon] cells without temperature in any layer at the first step
   * @param scan the forcings' scan over the layers the groups use ({@link ForcingScan}: missing
   *     values, first-step masks, ranges), or null when not asked for
   * @param stabilityWarning {@link ExplicitStability#check}'s warning for this run, found while it
   *     ran
   */
  public record Result(BandedRun.Timings timings, boolean[] land, ForcingScan scan,
      Optional<String> stabilityWarning) {}

  /**
   * Whether {@link #run} can read these files: both classic NetCDF (CDF-1, CDF-2) with latitude
   * and longitude as their two innermost dimensions (what seapopym4j and most CF writers write).
   */
  public static boolean possible(Path temperature, Path production, LoadOptions load) {
    if (!BandedRun.isNetcdf(temperature) || !BandedRun.isNetcdf(production)) {
      return false;
    }
    try (StreamedForcings s = StreamedForcings.open(temperature, production, load)) {
      return s != null;
    }
  }

  /**
   * Memory a streamed run ({@link #run}) needs per latitude row: one step of the forcings and
   * outputs of the row, and the cohort planes and biomass of each group, over {@code lon} cells.
   */
  public static long bytesPerRow(int lon, int layers, TimeAxis time,
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
   * Runs {@code groups} over the grid streamed from the forcing files ({@link #possible}): bands of
   * rows go through time step by step, each step read from the files, computed and written into
   * {@code file} before the next, {@code threads} bands at once, at most {@code rowsPerBlock} rows
   * each. Memory is {@link #bytesPerRow} per row in flight, whatever the number of steps.
   * The file is the same whatever the bands and threads, and the same as the whole-grid run's.
   *
   * @param scan whether to scan the forcings on the way ({@link Result#scan}); values no ocean has
   *     are then refused ({@link ForcingScan#requirePhysical}) before the file is committed
   * @throws IllegalArgumentException when the files cannot be streamed, or a value is refused
   */
  public static Result run(Path temperature, Path production, LoadOptions load, BandedRun.Grid grid,
      int[] layers, int rowsPerBlock, int threads, List<FunctionalGroup> groups, ModelConfig config,
      BandedRun.Output output, boolean scan) {
    if (rowsPerBlock < 1 || threads < 1) {
      throw new IllegalArgumentException("rows per block and threads must be ≥ 1, but were "
          + rowsPerBlock + " and " + threads);
    }
    LoadOptions options = load.toBuilder().cache(false).lazy(false).build();
    StreamedForcings in = BandedRun.isNetcdf(temperature) && BandedRun.isNetcdf(production)
        ? StreamedForcings.open(temperature, production, options) : null;
    if (in == null) {
      throw new IllegalArgumentException("cannot stream " + temperature + " and " + production
          + ": expected classic NetCDF files with latitude and longitude as their two innermost "
          + "dimensions");
    }
    try (in) {
      StreamedPlan plan = new StreamedPlan(config, groups, grid.time(), grid.latitude(),
          grid.longitude(), layers, output.variables(), options.dataType() == DataType.FLOAT);
      return run(in, plan, grid, rowsPerBlock, threads, output.file(), output.float32(),
          output.attributes(), scan);
    }
  }

  /**
   * Rows per band of a streamed run: two bands per thread (few and large reads and writes, and some
   * balance between bands of more and less ocean), at most {@code rowsPerBlock}.
   */
  public static int bandRows(int rows, int rowsPerBlock, int threads) {
    return Math.max(1, Math.min(rowsPerBlock, (rows + 2 * threads - 1) / (2 * threads)));
  }

  /**
   * The streamed run ({@link StreamedBand}): bands of rows read step by step from the files, run
   * and written, {@code threads} bands at a time (writes one at a time), of {@link
   * #bandRows} rows.
   */
  private static Result run(StreamedForcings in, StreamedPlan plan, BandedRun.Grid grid,
      int rowsPerBlock, int threads, Path file, boolean float32, Map<String, Object> attributes,
      boolean scan) {
    int ny = grid.latitude().length;
    int nx = grid.longitude().length;
    int rows = bandRows(ny, rowsPerBlock, threads);
    List<Rows> bands = bands(ny, rows);
    long t0 = System.nanoTime();
    long[] total = new long[3];
    ExecutorService pool = pool(threads, bands.size());
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
      return new Result(new BandedRun.Timings(total[0], total[1], total[2], bands.size()), land, merged,
          StreamedStability.merge(plan, List.of(stability)));
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** The bands of {@code rows} rows each (the last may hold fewer) over {@code latSize} rows. */
  static List<Rows> bands(int latSize, int rows) {
    List<Rows> bands = new ArrayList<>();
    for (int first = 0; first < latSize; first += rows) {
      bands.add(new Rows(first, Math.min(rows, latSize - first)));
    }
    return bands;
  }

  /** A pool of {@code threads} daemon threads for {@code bands} bands, or null to run them here. */
  private static ExecutorService pool(int threads, int bands) {
    return threads > 1 && bands > 1 ? Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "banded-run");
      t.setDaemon(true);
      return t;
    }) : null;
  }
}
