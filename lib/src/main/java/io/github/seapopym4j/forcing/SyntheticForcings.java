package io.github.seapopym4j.forcing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Seeded synthetic forcings with documented formulas, for teaching and tests. Three layers with labels
 * Z = 1, 2, 3 (epipelagic, upper and lower mesopelagic).
 *
 * <pre>{@code
 * ForcingSet f = SyntheticForcings.builder(SyntheticForcings.Formula.SUBTROPICAL)
 *     .daily(LocalDate.of(2000, 1, 1), 731)
 *     .latitude(20.5, 21.5, 22.5).longitude(150.5, 151.5, 152.5, 153.5)
 *     .seed(42).land(0, 3).build();
 * }</pre>
 *
 * <p>Noise: N(0, 1) draws come from Box–Muller on {@link SplittableRandom#nextDouble()} of
 * {@code new SplittableRandom(seed)}, in the order time, lat, lon, then layers 1..3 and production,
 * each cell drawing its four values even when it is land, so the stream (and every value) depends only
 * on the seed and the grid. All functions are {@link StrictMath}'s, so a seed gives the same values
 * on every JVM. Land cells are NaN in every variable; a cell limited to its top {@code n}
 * layers is NaN below them (production stays defined, as in SeapoPym's shallow cells).
 */
public final class SyntheticForcings {

  /** The formulas. {@code d}: days since the first step; {@code doy}: day of year (1..366). */
  public enum Formula {
    /**
     * SeapoPym v0.1 reference cases 1–3 (deterministic, no noise); {@code j}, {@code i}: lat and lon
     * indices, {@code off = 0.1 j − 0.05 i}:
     * T₁ = 24 + off + 3.0 sin(2π(d−80)/365), T₂ = 12 + off + 1.5 sin(2π(d−100)/365),
     * T₃ = 5 + off + 0.5 sin(2π(d−120)/365) [°C];
     * PP = 0.5 + 0.01 j + 0.3 cos(2πd/365) + 0.05 sin(2πd/7.3) [g m⁻² d⁻¹].
     */
    SEAPOPYM_CASES,
    /**
     * The reference grid A ("FORCING_A", subtropical North Pacific), with N(0, 1) noise ε:
     * T₁ = 24.5 + 2.5 cos(2π(doy−240)/365.25) − 0.6 (lat−21.5) + 0.1 (lon−152) + 0.3 ε₁,
     * T₂ = 12.0 + 0.8 cos(2π(doy−260)/365.25) − 0.2 (lat−21.5) + 0.1 ε₂,
     * T₃ = 5.5 + 0.2 cos(2π(doy−280)/365.25) + 0.05 ε₃ [°C];
     * PP = max(0.02, 0.45 + 0.15 cos(2π(doy−60)/365.25) + 0.03 (lat−21.5) + 0.06 ε₄) [g m⁻² d⁻¹].
     * Same formula as the reference files, not the same random numbers.
     */
    SUBTROPICAL
  }

  /** Layer labels of every synthetic set. */
  public static final int[] LAYERS = {1, 2, 3};

  private SyntheticForcings() {}

  /** A builder for {@code formula}; set at least the time axis, latitudes and longitudes. */
  public static Builder builder(Formula formula) {
    return new Builder(formula);
  }

  /** Builds a synthetic {@link ForcingSet}. */
  public static final class Builder {
    private final Formula formula;
    private TimeAxis time;
    private double[] lat;
    private double[] lon;
    private Long seed;
    private double noiseScale = 1.0;
    private int decimals = -1;
    private DataType dataType = DataType.DOUBLE;
    private final List<int[]> land = new ArrayList<>();
    private final List<int[]> shallow = new ArrayList<>();

    private Builder(Formula formula) {
      this.formula = java.util.Objects.requireNonNull(formula, "formula");
    }

    public Builder time(TimeAxis time) {
      this.time = time;
      return this;
    }

    public Builder daily(LocalDate start, int steps) {
      return time(TimeAxis.daily(start, steps));
    }

    public Builder latitude(double... degreesNorth) {
      this.lat = degreesNorth.clone();
      return this;
    }

    public Builder longitude(double... degreesEast) {
      this.lon = degreesEast.clone();
      return this;
    }

    /** The seed of the noise; required by {@link Formula#SUBTROPICAL} unless the noise scale is 0. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Multiplies every noise standard deviation (default 1; 0 gives the deterministic part). */
    public Builder noiseScale(double scale) {
      if (!(scale >= 0) || Double.isInfinite(scale)) {
        throw new IllegalArgumentException("noise scale must be finite and ≥ 0, but was " + scale);
      }
      this.noiseScale = scale;
      return this;
    }

    /** Rounds every value to {@code n} decimal places (half up), e.g. for compact sample files. */
    public Builder decimals(int n) {
      if (n < 0 || n > 15) {
        throw new IllegalArgumentException("decimals must be in [0, 15], but was " + n);
      }
      this.decimals = n;
      return this;
    }

    public Builder dataType(DataType type) {
      this.dataType = type;
      return this;
    }

    /** Makes cell (latIndex, lonIndex) land: NaN in every variable. */
    public Builder land(int latIndex, int lonIndex) {
      land.add(new int[] {latIndex, lonIndex});
      return this;
    }

    /** Keeps only the top {@code layers} layers (1 or 2) of a cell; deeper ones are NaN. */
    public Builder topLayersOnly(int latIndex, int lonIndex, int layers) {
      if (layers < 1 || layers >= LAYERS.length) {
        throw new IllegalArgumentException("layers kept must be in [1, " + (LAYERS.length - 1)
            + "], but was " + layers);
      }
      shallow.add(new int[] {latIndex, lonIndex, layers});
      return this;
    }

    /**
     * @throws IllegalStateException when the axes are not set, or noise is needed and no seed given
     * @throws IllegalArgumentException when a land or shallow cell lies outside the grid
     */
    public ForcingSet build() {
      if (time == null || lat == null || lon == null) {
        throw new IllegalStateException("synthetic forcings need time, latitude and longitude; "
            + "missing: " + (time == null ? "time " : "") + (lat == null ? "latitude " : "")
            + (lon == null ? "longitude" : ""));
      }
      boolean noisy = formula == Formula.SUBTROPICAL && noiseScale > 0;
      if (noisy && seed == null) {
        throw new IllegalStateException(formula + " draws Gaussian noise: set seed(...) "
            + "(or noiseScale(0) for the deterministic part)");
      }
      int nt = time.size();
      int ny = lat.length;
      int nx = lon.length;
      int nz = LAYERS.length;
      int[] keep = new int[ny * nx];
      java.util.Arrays.fill(keep, nz);
      for (int[] c : land) {
        keep[cell(c[0], c[1], "land")] = 0;
      }
      for (int[] c : shallow) {
        int k = cell(c[0], c[1], "shallow");
        keep[k] = Math.min(keep[k], c[2]);
      }
      double[] t = new double[nt * ny * nx * nz];
      double[] pp = new double[nt * ny * nx];
      Gaussian noise = new Gaussian(noisy ? seed : 0L);
      double[] eps = new double[4];
      for (int s = 0; s < nt; s++) {
        double d = (double) s * time.stepDays();
        int doy = time.dayOfYear(s);
        for (int y = 0; y < ny; y++) {
          for (int x = 0; x < nx; x++) {
            for (int e = 0; e < eps.length; e++) {
              eps[e] = noisy ? noiseScale * noise.next() : 0.0;
            }
            int c = y * nx + x;
            for (int z = 0; z < nz; z++) {
              double v = formula == Formula.SEAPOPYM_CASES ? casesT(z, d, y, x)
                  : subtropicalT(z, doy, lat[y], lon[x], eps[z]);
              t[(s * ny * nx + c) * nz + z] = z < keep[c] ? round(v) : Double.NaN;
            }
            double p = formula == Formula.SEAPOPYM_CASES ? casesPp(d, y)
                : Math.max(0.02, 0.45 + 0.15 * cos(doy, 60) + 0.03 * (lat[y] - 21.5) + 0.06 * eps[3]);
            pp[s * ny * nx + c] = keep[c] > 0 ? round(p) : Double.NaN;
          }
        }
      }
      String source = String.format("synthetic %s%s, %d×%d grid", formula,
          noisy ? " seed " + seed + (noiseScale != 1 ? " noise ×" + noiseScale : "") : "", ny, nx);
      return ForcingSet.builder().time(time).latitude(lat).longitude(lon).layers(LAYERS)
          .temperature(t).primaryProduction(pp).dataType(dataType).source(source).build();
    }

    private int cell(int y, int x, String what) {
      if (y < 0 || y >= lat.length || x < 0 || x >= lon.length) {
        throw new IllegalArgumentException(String.format(
            "%s cell (%d, %d) must lie in the grid [0, %d) × [0, %d)", what, y, x, lat.length, lon.length));
      }
      return y * lon.length + x;
    }

    private double round(double v) {
      if (decimals < 0) {
        return v;
      }
      return new java.math.BigDecimal(Double.toString(v))
          .setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }
  }

  private static double casesT(int z, double d, int j, int i) {
    double off = 0.1 * j - 0.05 * i;
    return switch (z) {
      case 0 -> 24 + off + 3.0 * StrictMath.sin(2 * Math.PI * (d - 80) / 365);
      case 1 -> 12 + off + 1.5 * StrictMath.sin(2 * Math.PI * (d - 100) / 365);
      default -> 5 + off + 0.5 * StrictMath.sin(2 * Math.PI * (d - 120) / 365);
    };
  }

  private static double casesPp(double d, int j) {
    return 0.5 + 0.01 * j + 0.3 * StrictMath.cos(2 * Math.PI * d / 365)
        + 0.05 * StrictMath.sin(2 * Math.PI * d / 7.3);
  }

  private static double subtropicalT(int z, int doy, double lat, double lon, double eps) {
    return switch (z) {
      case 0 -> 24.5 + 2.5 * cos(doy, 240) - 0.6 * (lat - 21.5) + 0.1 * (lon - 152) + 0.3 * eps;
      case 1 -> 12.0 + 0.8 * cos(doy, 260) - 0.2 * (lat - 21.5) + 0.1 * eps;
      default -> 5.5 + 0.2 * cos(doy, 280) + 0.05 * eps;
    };
  }

  private static double cos(int doy, int phase) {
    return StrictMath.cos(2 * Math.PI * (doy - phase) / 365.25);
  }

  /** Standard normal draws by the Box–Muller transform, both values of each pair used. */
  static final class Gaussian {
    private final SplittableRandom random;
    private double spare = Double.NaN;

    Gaussian(long seed) {
      this(new SplittableRandom(seed));
    }

    Gaussian(SplittableRandom random) {
      this.random = random;
    }

    double next() {
      if (!Double.isNaN(spare)) {
        double s = spare;
        spare = Double.NaN;
        return s;
      }
      double u1 = 1.0 - random.nextDouble();
      double u2 = random.nextDouble();
      double r = StrictMath.sqrt(-2 * StrictMath.log(u1));
      spare = r * StrictMath.sin(2 * Math.PI * u2);
      return r * StrictMath.cos(2 * Math.PI * u2);
    }
  }
}
