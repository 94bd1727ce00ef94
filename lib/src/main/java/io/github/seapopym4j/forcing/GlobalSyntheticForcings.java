package io.github.seapopym4j.forcing;

import io.github.seapopym4j.netcdf.NcType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded synthetic forcings on a global regular grid, for tests, benchmarks and teaching, written
 * straight to NetCDF one day at a time ({@link #write}): memory holds one step of the grid, never the
 * whole time axis (a 1° × 2,191-day set is 1.6 GB of temperature in float32).
 *
 * <pre>{@code
 * GlobalSyntheticForcings g = GlobalSyntheticForcings.grid(1, 1, -84.5, 84.5)
 *     .daily(LocalDate.of(1998, 1, 1), 2191).landFraction(0.3).seed(1);
 * g.write(Path.of("forcings"));   // temperature.nc, primary_production.nc
 * }</pre>
 *
 * <p>Grid: latitudes from {@code latMin} to {@code latMax} (cell centres) every {@code latStep}°;
 * longitudes cover the globe, centres −180 + Δλ/2, ..., 180 − Δλ/2. Three layers, labels 1, 2, 3.
 *
 * <p>Formulas, with φ the latitude, λ the longitude, {@code doy} the day of year, ε₁..ε₄ independent
 * N(0, 1) draws per cell and day, c = cos(2π(doy − p)/365.25) with phase p as given:
 * <ul>
 *   <li>T₁ = max(−1.8, −1 + 29 cos²φ + 3 sin φ · c(227) + 0.5 ε₁) [°C] (warmest in August in the
 *       north, February in the south);
 *   <li>T₂ = 4 + 12 cos²φ + sin φ · c(257) + 0.2 ε₂ [°C];
 *   <li>T₃ = 2 + 4 cos²φ + 0.1 ε₃ [°C];
 *   <li>PP = max(0.01, 0.2 + 0.3 exp(−(φ/8°)²) + 0.4 sin²(2φ) (1 + sin φ · c(152)) + 0.05 ε₄)
 *       [g m⁻² d⁻¹] (equatorial upwelling, mid-latitude spring blooms half a year apart).
 * </ul>
 * Land: a smooth random field h(φ, λ) = Σₖ₌₁⁸ sin(mₖλ + aₖ) cos(nₖφ + bₖ) (mₖ, nₖ ∈ 1..4, phases
 * uniform) whose highest {@code landFraction} of cells become land (NaN in every variable), so the
 * fraction is honoured to one cell. Random numbers: {@code new SplittableRandom(seed)} draws the
 * field's 32 parameters, then the noise (Box–Muller), in the order day, lat, lon, ε₁..ε₄, land cells
 * included; so a seed gives the same files on every JVM ({@link StrictMath}).
 *
 * @param latitude cell centres [degrees north], ascending
 * @param longitude cell centres [degrees east], ascending
 * @param time the days
 * @param landFraction the share of cells that are land, in [0, 1)
 * @param seed the seed of the land mask and the noise
 */
public record GlobalSyntheticForcings(double[] latitude, double[] longitude, TimeAxis time,
    double landFraction, long seed) {

  /** The layer labels. */
  public static final int[] LAYERS = {1, 2, 3};
  /** Default land fraction. */
  public static final double DEFAULT_LAND_FRACTION = 0.3;
  /** File names written by {@link #write(Path)}. */
  public static final String TEMPERATURE_FILE = "temperature.nc";
  public static final String PRODUCTION_FILE = "primary_production.nc";

  /** Validates the settings. */
  public GlobalSyntheticForcings {
    if (!(landFraction >= 0 && landFraction < 1)) {
      throw new IllegalArgumentException("land fraction must be in [0, 1), but was " + landFraction);
    }
    java.util.Objects.requireNonNull(time, "time");
    latitude = latitude.clone();
    longitude = longitude.clone();
  }

  /**
   * The grid of cell centres {@code latMin..latMax} every {@code latStep}° and the whole globe every
   * {@code lonStep}°, one day from 1998-01-01, land fraction 0.3, seed 1.
   *
   * @throws IllegalArgumentException when a step does not divide its range (or 360°), or a latitude
   *     lies outside [−90, 90]
   */
  public static GlobalSyntheticForcings grid(double latStep, double lonStep, double latMin,
      double latMax) {
    if (!(latStep > 0) || !(lonStep > 0)) {
      throw new IllegalArgumentException("--lat-step and --lon-step must be > 0 degrees, but were "
          + latStep + " and " + lonStep);
    }
    if (!(latMin >= -90 && latMax <= 90 && latMin <= latMax)) {
      throw new IllegalArgumentException(String.format("latitude range must lie in [-90, 90] with "
          + "min ≤ max, but was %s:%s", latMin, latMax));
    }
    int ny = count((latMax - latMin) / latStep, "latitude range " + latMin + ":" + latMax,
        "--lat-step " + latStep) + 1;
    int nx = count(360 / lonStep, "360 degrees of longitude", "--lon-step " + lonStep);
    double[] lat = new double[ny];
    for (int j = 0; j < ny; j++) {
      lat[j] = latMin + j * latStep;
    }
    double[] lon = new double[nx];
    for (int i = 0; i < nx; i++) {
      lon[i] = -180 + lonStep / 2 + i * lonStep;
    }
    return new GlobalSyntheticForcings(lat, lon, TimeAxis.daily(LocalDate.of(1998, 1, 1), 1),
        DEFAULT_LAND_FRACTION, 1);
  }

  private static int count(double ratio, String range, String step) {
    long n = Math.round(ratio);
    if (Math.abs(ratio - n) > 1e-9 * Math.max(1, ratio) || n < 0 || n > 1_000_000) {
      throw new IllegalArgumentException(range + " is not a whole number of steps of " + step);
    }
    return (int) n;
  }

  /** Cell centres [degrees north] (a copy). */
  @Override
  public double[] latitude() {
    return latitude.clone();
  }

  /** Cell centres [degrees east] (a copy). */
  @Override
  public double[] longitude() {
    return longitude.clone();
  }

  /** These forcings over {@code days} days from {@code start}. */
  public GlobalSyntheticForcings daily(LocalDate start, int days) {
    return new GlobalSyntheticForcings(latitude, longitude, TimeAxis.daily(start, days),
        landFraction, seed);
  }

  public GlobalSyntheticForcings landFraction(double fraction) {
    return new GlobalSyntheticForcings(latitude, longitude, time, fraction, seed);
  }

  public GlobalSyntheticForcings seed(long s) {
    return new GlobalSyntheticForcings(latitude, longitude, time, landFraction, s);
  }

  /** Cells [lat × lon] × days × (3 + 1) values. */
  public long values() {
    return (long) latitude.length * longitude.length * time.size() * (LAYERS.length + 1);
  }

  /** Writes {@value #TEMPERATURE_FILE} and {@value #PRODUCTION_FILE} (float32) into {@code dir}. */
  public void write(Path dir) {
    write(dir.resolve(TEMPERATURE_FILE), dir.resolve(PRODUCTION_FILE));
  }

  /** Writes both files, one day at a time. */
  public void write(Path temperatureFile, Path productionFile) {
    Map<String, Object> attrs = new LinkedHashMap<>();
    attrs.put("title", "seapopym4j synthetic global forcings");
    attrs.put("source", String.format("GlobalSyntheticForcings seed %d, land fraction %s", seed,
        landFraction));
    attrs.put("comment", "formulas: Javadoc of io.github.seapopym4j.forcing.GlobalSyntheticForcings");
    try (ForcingNetcdf.Steps out = ForcingNetcdf.open(temperatureFile, productionFile, time,
        latitude, longitude, LAYERS, NcType.FLOAT, attrs)) {
      Generator g = generator();
      int cells = latitude.length * longitude.length;
      double[] t = new double[cells * LAYERS.length];
      double[] pp = new double[cells];
      for (int s = 0; s < time.size(); s++) {
        g.next(t, pp);
        out.write(s, t, pp);
      }
      out.commit();
    }
  }

  /** A generator of the days in order, from day 0. */
  public Generator generator() {
    return new Generator(this);
  }

  /** Fills one day after another; not thread-safe. */
  public static final class Generator {
    private final GlobalSyntheticForcings f;
    private final boolean[] land;
    private final double[] cos2;
    private final double[] sin;
    private final SyntheticForcings.Gaussian noise;
    private int day;

    private Generator(GlobalSyntheticForcings f) {
      this.f = f;
      SplittableRandom random = new SplittableRandom(f.seed);
      this.land = mask(f, random);
      this.noise = new SyntheticForcings.Gaussian(random);
      int ny = f.latitude.length;
      this.cos2 = new double[ny];
      this.sin = new double[ny];
      for (int j = 0; j < ny; j++) {
        double phi = Math.toRadians(f.latitude[j]);
        cos2[j] = StrictMath.cos(phi) * StrictMath.cos(phi);
        sin[j] = StrictMath.sin(phi);
      }
    }

    /** The land mask [lat × lon] (a copy). */
    public boolean[] land() {
      return land.clone();
    }

    /** Fills the next day: temperature [lat, lon, layer] (°C), production [lat, lon] (g m⁻² d⁻¹). */
    public void next(double[] temperature, double[] production) {
      if (day >= f.time.size()) {
        throw new IllegalStateException("all " + f.time.size() + " days were generated");
      }
      int doy = f.time.dayOfYear(day++);
      double c227 = season(doy, 227);
      double c257 = season(doy, 257);
      double c152 = season(doy, 152);
      int nx = f.longitude.length;
      for (int j = 0; j < f.latitude.length; j++) {
        double phi = f.latitude[j];
        double upwelling = 0.3 * StrictMath.exp(-(phi / 8) * (phi / 8));
        double s2 = StrictMath.sin(Math.toRadians(2 * phi));
        for (int i = 0; i < nx; i++) {
          int c = j * nx + i;
          double e1 = noise.next();
          double e2 = noise.next();
          double e3 = noise.next();
          double e4 = noise.next();
          if (land[c]) {
            Arrays.fill(temperature, c * 3, c * 3 + 3, Double.NaN);
            production[c] = Double.NaN;
            continue;
          }
          temperature[c * 3] = Math.max(-1.8, -1 + 29 * cos2[j] + 3 * sin[j] * c227 + 0.5 * e1);
          temperature[c * 3 + 1] = 4 + 12 * cos2[j] + sin[j] * c257 + 0.2 * e2;
          temperature[c * 3 + 2] = 2 + 4 * cos2[j] + 0.1 * e3;
          production[c] = Math.max(0.01,
              0.2 + upwelling + 0.4 * s2 * s2 * (1 + sin[j] * c152) + 0.05 * e4);
        }
      }
    }

    private static double season(int doy, int phase) {
      return StrictMath.cos(2 * Math.PI * (doy - phase) / 365.25);
    }

    private static boolean[] mask(GlobalSyntheticForcings f, SplittableRandom random) {
      int k = 8;
      double[][] p = new double[k][4];
      for (double[] row : p) {
        row[0] = 1 + random.nextInt(4);
        row[1] = 1 + random.nextInt(4);
        row[2] = 2 * Math.PI * random.nextDouble();
        row[3] = 2 * Math.PI * random.nextDouble();
      }
      int ny = f.latitude.length;
      int nx = f.longitude.length;
      double[] h = new double[ny * nx];
      for (int j = 0; j < ny; j++) {
        double phi = Math.toRadians(f.latitude[j]);
        for (int i = 0; i < nx; i++) {
          double lambda = Math.toRadians(f.longitude[i]);
          double v = 0;
          for (double[] row : p) {
            v += StrictMath.sin(row[0] * lambda + row[2]) * StrictMath.cos(row[1] * phi + row[3]);
          }
          h[j * nx + i] = v;
        }
      }
      int landCells = (int) Math.round(f.landFraction * h.length);
      boolean[] land = new boolean[h.length];
      if (landCells > 0) {
        double[] sorted = h.clone();
        Arrays.sort(sorted);
        double threshold = sorted[h.length - landCells];
        for (int c = 0; c < h.length; c++) {
          land[c] = h[c] >= threshold;
        }
      }
      return land;
    }
  }

  @Override
  public String toString() {
    return String.format("GlobalSyntheticForcings[%d lat × %d lon × %s, land %s, seed %d]",
        latitude.length, longitude.length, time, landFraction, seed);
  }
}
