package io.github.seapopym4j.forcing;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Loads a {@link ForcingSet} from files: long CSV ({@code .csv}, or gzipped {@code .csv.gz}) or
 * NetCDF ({@code .nc}, {@code .nc4}), chosen by extension; a NetCDF file may be NetCDF-4 (HDF5) or
 * classic NetCDF-3 (CDF-1, or the 64-bit offset CDF-2 that {@link ForcingNetcdf} and
 * {@code seapopym forcings synthetic} write), told apart by its first bytes; the two forcings may come from different
 * formats, or both from one NetCDF file (pass the same path twice).
 *
 * <pre>{@code
 * try (ForcingSet f = ForcingLoader.load(Path.of("data-samples/sample-temperature.csv"),
 *     Path.of("data-samples/sample-primary-production.csv"))) {
 *   ...
 * }
 * }</pre>
 *
 * <p>What is read when: a CSV file is read whole during the load (its header line is checked first);
 * a NetCDF file's structure, attributes and coordinates are read during the load and the values on
 * first use, unless {@link LoadOptions#lazy()} is off (then bad values, such as negative production,
 * are reported by the load rather than by the first read). Both forcings must share the same time
 * axis, latitudes and longitudes (to within 1e-6 degrees).
 *
 * <p>Order: CSV rows may come in any order (they are sorted into the grid, so an unsorted time column
 * is not an error), but every (time, lat, lon[, layer]) must appear exactly once, with NaN for land or
 * a missing layer. A NetCDF time coordinate must be strictly increasing; its dimensions may be in any
 * order and are transposed into [time, lat, lon, layer]. In both formats the dates must be uniformly
 * spaced by a whole number of days. Latitudes and longitudes keep the file's order (ascending for
 * CSV).
 *
 * <p>Units: temperature becomes °C (Kelvin is converted), production becomes g m⁻² d⁻¹ (from mg, g
 * or kg per m² per day); see {@link ForcingUnits}. A CSV file carries no units: temperature is taken
 * as °C and production as g m⁻² d⁻¹ unless {@link LoadOptions} says otherwise.
 *
 * <p>Caching (on by default): a second load of the same unchanged files with the same options returns
 * the same shared set, unless it was closed. Sets handed out by the cache are shared: closing one
 * closes it for every holder, and the next load reads the files again.
 *
 * @implNote Thread-safe. Errors name the file, the variable or line, what was expected and what was
 *     found; on any error nothing stays allocated.
 */
public final class ForcingLoader {

  /** How many loaded sets the cache keeps. */
  public static final int CACHE_CAPACITY = 4;
  private static final double COORDINATE_TOLERANCE = 1e-6;
  private static final ForcingCache CACHE = new ForcingCache(CACHE_CAPACITY);

  private ForcingLoader() {}

  /** Loads with {@link LoadOptions#defaults()}. */
  public static ForcingSet load(Path temperature, Path primaryProduction) {
    return load(temperature, primaryProduction, LoadOptions.defaults());
  }

  /**
   * Loads temperature [time, lat, lon, layer] and primary production [time, lat, lon].
   *
   * @throws java.io.UncheckedIOException when a file is missing or unreadable
   * @throws IllegalArgumentException for bad content (header, variable, units, axes, rows)
   */
  public static ForcingSet load(Path temperature, Path primaryProduction, LoadOptions options) {
    Objects.requireNonNull(temperature, "temperature");
    Objects.requireNonNull(primaryProduction, "primaryProduction");
    Objects.requireNonNull(options, "options");
    if (!options.cache()) {
      return read(temperature, primaryProduction, options);
    }
    ForcingCache.Key key = new ForcingCache.Key(FileStamp.of(temperature, "temperature"),
        FileStamp.of(primaryProduction, "primary production"), options);
    return CACHE.get(key, () -> read(temperature, primaryProduction, options));
  }

  /**
   * Loads only latitude rows {@code rows} (all longitudes, the whole time axis), for a run in blocks:
   * from NetCDF only the band is read (lazily, as {@link #load} does); a CSV file is read whole and
   * the band copied out. Not cached.
   */
  public static ForcingSet load(Path temperature, Path primaryProduction, LoadOptions options,
      Rows rows) {
    Objects.requireNonNull(rows, "rows");
    boolean tNc = isNetcdf(temperature, "temperature");
    boolean ppNc = isNetcdf(primaryProduction, "primary production");
    if (!tNc || !ppNc) {
      try (ForcingSet whole = read(temperature, primaryProduction, options.withCache(false))) {
        return band(whole, rows);
      }
    }
    String source = temperature.equals(primaryProduction) ? temperature.toString()
        : "temperature " + temperature + ", primary production " + primaryProduction;
    return assemble(() -> NetcdfReader.read(temperature, true, options, rows),
        () -> NetcdfReader.read(primaryProduction, false, options, rows),
        source + " rows [" + rows.first() + ", " + rows.end() + ")", options.lazy());
  }

  /** A copy of rows {@code rows} of {@code set} (which it reads whole if lazy), a new set. */
  public static ForcingSet band(ForcingSet set, Rows rows) {
    rows.checkWithin(set.latSize(), set.source());
    int nt = set.timeSize();
    int nx = set.lonSize();
    int nz = set.layerSize();
    int ny = rows.count();
    double[] t = new double[nt * ny * nx * nz];
    double[] pp = new double[nt * ny * nx];
    for (int s = 0; s < nt; s++) {
      for (int y = 0; y < ny; y++) {
        for (int x = 0; x < nx; x++) {
          int c = (s * ny + y) * nx + x;
          pp[c] = set.primaryProduction().get(s, rows.first() + y, x);
          for (int z = 0; z < nz; z++) {
            t[c * nz + z] = set.temperature().get(s, rows.first() + y, x, z);
          }
        }
      }
    }
    return ForcingSet.builder().time(set.time())
        .latitude(Arrays.copyOfRange(set.latitude(), rows.first(), rows.end()))
        .longitude(set.longitude()).layers(set.layers()).temperature(t).primaryProduction(pp)
        .dataType(set.dataType()).source(set.source() + " rows [" + rows.first() + ", " + rows.end()
            + ")").build();
  }

  /** Forgets every cached set (without closing them). */
  public static void clearCache() {
    CACHE.clear();
  }

  /** Number of sets in the cache now. */
  public static int cacheSize() {
    return CACHE.size();
  }

  private static ForcingSet read(Path tFile, Path ppFile, LoadOptions options) {
    String source = tFile.equals(ppFile) ? tFile.toString()
        : "temperature " + tFile + ", primary production " + ppFile;
    return assemble(
        () -> isNetcdf(tFile, "temperature") ? NetcdfReader.temperature(tFile, options)
            : LongCsvReader.readTemperature(tFile, options),
        () -> isNetcdf(ppFile, "primary production") ? NetcdfReader.production(ppFile, options)
            : LongCsvReader.readProduction(ppFile, options),
        source, options.lazy());
  }

  /**
   * Reads both variables, checks their axes agree and builds the set; on any failure closes whatever
   * was already read, so nothing stays allocated.
   */
  static ForcingSet assemble(Supplier<GridVariable> temperature, Supplier<GridVariable> production,
      String source, boolean lazy) {
    GridVariable t = null;
    GridVariable pp = null;
    try {
      t = temperature.get();
      pp = production.get();
      checkSameAxes(t, pp);
      ForcingSet set = ForcingSet.of(t.forcing(), pp.forcing(), t.time(), t.latitude(),
          t.longitude(), t.layers(), source);
      if (!lazy) {
        set.temperature().getFlat(0);
        set.primaryProduction().getFlat(0);
      }
      return set;
    } catch (RuntimeException e) {
      if (t != null) {
        t.forcing().close();
      }
      if (pp != null) {
        pp.forcing().close();
      }
      throw e;
    }
  }

  private static boolean isNetcdf(Path file, String what) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".csv.gz")) {
      return false;
    }
    if (name.endsWith(".nc") || name.endsWith(".nc4")) {
      return true;
    }
    throw new IllegalArgumentException(String.format(
        "%s: cannot tell the format of the %s file: expected the extension .csv, .csv.gz, .nc or .nc4, "
            + "but the name is '%s'", file, what, file.getFileName()));
  }

  private static void checkSameAxes(GridVariable t, GridVariable pp) {
    if (!t.time().equals(pp.time())) {
      throw mismatch("time", t, pp, t.time().toString(), pp.time().toString());
    }
    checkSame("lat", t, pp, t.latitude(), pp.latitude());
    checkSame("lon", t, pp, t.longitude(), pp.longitude());
  }

  private static void checkSame(String axis, GridVariable t, GridVariable pp, double[] a, double[] b) {
    boolean same = a.length == b.length;
    for (int i = 0; same && i < a.length; i++) {
      same = Math.abs(a[i] - b[i]) <= COORDINATE_TOLERANCE;
    }
    if (!same) {
      throw mismatch(axis, t, pp, Arrays.toString(a), Arrays.toString(b));
    }
  }

  private static IllegalArgumentException mismatch(String axis, GridVariable t, GridVariable pp,
      String tAxis, String ppAxis) {
    return new IllegalArgumentException(String.format(
        "dimension mismatch on '%s': temperature (%s) has %s %s, but primary production (%s) has "
            + "%s %s; both forcings must share the time, lat and lon axes",
        axis, t.origin(), axis, tAxis, pp.origin(), axis, ppAxis));
  }
}
