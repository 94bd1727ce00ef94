package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.ForcingLoader;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.LoadOptions;
import io.github.seapopym4j.forcing.Rows;
import io.github.seapopym4j.forcing.TimeAxis;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A run of the whole grid in bands of latitude rows (all longitudes, the whole time axis: the model
 * has no horizontal coupling), each band loaded, run and written into one NetCDF output ({@link
 * ResultNetcdf}) before the next, so memory holds one band: what {@code seapopym run} does when the
 * grid does not fit its memory limit and the forcings cannot be streamed ({@link StreamedRun}: CSV,
 * NetCDF-4, other dimension orders).
 *
 * <p>A band's forcings are read alone from NetCDF files, or copied out of the whole set for CSV
 * forcings.
 */
public final class BandedRun {

  /**
   * Wall times of the phases, summed over the bands (over their threads when several run at once).
   *
   * @param readNanos reading the bands' forcings
   * @param computeNanos preparing and running the model
   * @param writeNanos writing the outputs (the file's axes and each band's values)
   * @param blocks number of bands
   */
  public record Timings(long readNanos, long computeNanos, long writeNanos, int blocks) {}

  /**
   * Where and how a run in bands writes its outputs ({@link ResultNetcdf}).
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
   * after the other, each read with {@code load}'s variable names (its caching and laziness are not
   * used: each band is read once), and writes {@code output}'s variables.
   *
   * @param whole the forcings of the whole grid (axes; values only for CSV forcings)
   */
  public static Timings write(Path temperature, Path production, LoadOptions load, ForcingSet whole,
      int rowsPerBlock, List<FunctionalGroup> groups, ModelConfig config, Output output) {
    Objects.requireNonNull(whole, "whole");
    if (rowsPerBlock < 1) {
      throw new IllegalArgumentException("rows per block must be ≥ 1, but was " + rowsPerBlock);
    }
    boolean netcdf = isNetcdf(temperature) && isNetcdf(production);
    LoadOptions options = load.toBuilder().cache(false).lazy(false).build();
    long[] nanos = new long[3];
    long t0 = System.nanoTime();
    List<Rows> bands = StreamedRun.bands(whole.latSize(), rowsPerBlock);
    try (ResultNetcdf.Blocks w = ResultNetcdf.open(output.file(), whole.time(), whole.latitude(),
        whole.longitude(), groups, output.float32(), output.variables(),
        config.units().biomassUnits(), output.attributes())) {
      nanos[2] += System.nanoTime() - t0;
      for (Rows rows : bands) {
        long a = System.nanoTime();
        try (ForcingSet band = netcdf ? ForcingLoader.load(temperature, production, options, rows)
            : ForcingLoader.band(whole, rows)) {
          long b = System.nanoTime();
          try (NoTransportModel m = NoTransportModel.prepare(band, config);
              ModelRun run = m.start(groups)) {
            long c = System.nanoTime();
            w.write(run, rows.first(), ResultNetcdf.land(band));
            nanos[0] += b - a;
            nanos[1] += c - b;
            nanos[2] += System.nanoTime() - c;
          }
        }
      }
      long e = System.nanoTime();
      w.commit();
      nanos[2] += System.nanoTime() - e;
      return new Timings(nanos[0], nanos[1], nanos[2], bands.size());
    }
  }

  static boolean isNetcdf(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".nc") || name.endsWith(".nc4");
  }
}
