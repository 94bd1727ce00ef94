package io.github.seapopym4j.forcing;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongToDoubleFunction;

/**
 * What a forcing set holds that the model reads silently: missing values (NaN) in ocean cells, the
 * first-step NaN that masks a layer for a whole run, and values outside physical ranges. A cell whose
 * every temperature is NaN is land and is not counted. One pass over both variables (values are read,
 * so a lazy NetCDF set is loaded).
 *
 * <p>How the model reads a NaN (SeapoPym v0.1): a layer NaN at the first step is masked in that cell
 * for the whole run ({@code model.MissingLayerPolicy}); a later NaN temperature reads as 0 °C; a NaN
 * production as 0.
 *
 * @param source the forcing set's source
 * @param layers the layer labels
 * @param temperatureMissing per layer (in label order): NaN temperatures in ocean cells
 * @param temperatureCells per layer: ocean cells with at least one such NaN
 * @param productionMissing NaN productions in ocean cells
 * @param productionCells ocean cells with at least one NaN production
 * @param firstMissing the first few missing values, "temperature layer 2 at 2000-01-03, lat .., lon .."
 * @param firstStepMasks one entry per (cell, layer) that is NaN at the first step but has values later
 * @param temperatureMin the lowest temperature [°C] (NaN when none)
 * @param temperatureMax the highest temperature [°C]
 * @param productionMax the highest production [g m⁻² d⁻¹]
 * @param extremes where the lowest and highest temperature and the highest production are
 */
public record ForcingScan(String source, int[] layers, long[] temperatureMissing, int[] temperatureCells,
    long productionMissing, int productionCells, List<String> firstMissing,
    List<String> firstStepMasks, double temperatureMin, double temperatureMax,
    double productionMax, List<String> extremes) {

  /** Temperatures outside this range [°C] are refused: no sea water is that cold or hot. */
  public static final double[] TEMPERATURE_LIMITS = {-10, 100};
  /** Temperatures outside this range [°C] are unusual for the ocean and warned about. */
  public static final double[] TEMPERATURE_USUAL = {-3, 40};
  /** Productions above this [g m⁻² d⁻¹] are refused (the highest ocean NPP is ~10). */
  public static final double PRODUCTION_LIMIT = 1e4;
  /** Productions above this [g m⁻² d⁻¹] are warned about. */
  public static final double PRODUCTION_USUAL = 100;
  private static final int EXAMPLES = 3;

  /** Copies the lists and arrays. */
  public ForcingScan {
    layers = layers.clone();
    temperatureMissing = temperatureMissing.clone();
    temperatureCells = temperatureCells.clone();
    firstMissing = List.copyOf(firstMissing);
    firstStepMasks = List.copyOf(firstStepMasks);
    extremes = List.copyOf(extremes);
  }

  /** Scans {@code f}. */
  public static ForcingScan of(ForcingSet f) {
    int nt = f.timeSize();
    int ny = f.latSize();
    int nx = f.lonSize();
    int nz = f.layerSize();
    LongToDoubleFunction t = reader(f.temperature());
    LongToDoubleFunction pp = reader(f.primaryProduction());
    Totals a = new Totals(nz);
    for (int y = 0; y < ny; y++) {
      for (int x = 0; x < nx; x++) {
        long cell = (long) y * nx + x;
        boolean land = true;
        for (long i = 0; land && i < (long) nt * nz; i++) {
          land = Double.isNaN(t.applyAsDouble(((i / nz) * ny * nx + cell) * nz + i % nz));
        }
        if (land) {
          continue;
        }
        for (int z = 0; z < nz; z++) {
          long missing = 0;
          for (int s = 0; s < nt; s++) {
            double v = t.applyAsDouble(((long) s * ny * nx + cell) * nz + z);
            if (Double.isNaN(v)) {
              if (missing++ == 0 && a.first.size() < EXAMPLES) {
                a.first.add(String.format("temperature layer %d at %s", f.layers()[z], at(f, s, y, x)));
              }
            } else {
              if (!(v >= a.tMin)) {
                a.tMin = v;
                a.where[0] = at(f, s, y, x) + " layer " + f.layers()[z];
              }
              if (!(v <= a.tMax)) {
                a.tMax = v;
                a.where[1] = at(f, s, y, x) + " layer " + f.layers()[z];
              }
            }
          }
          a.tMissing[z] += missing;
          if (missing > 0) {
            a.tCells[z]++;
          }
          if (missing > 0 && missing < nt
              && Double.isNaN(t.applyAsDouble(cell * nz + z))) {
            a.masks.add(String.format("layer %d of cell lat %s, lon %s (NaN at %s, values at %d later "
                + "steps)", f.layers()[z], f.latitude()[y], f.longitude()[x], f.time().start(),
                nt - missing));
          }
        }
        long missing = 0;
        for (int s = 0; s < nt; s++) {
          double v = pp.applyAsDouble((long) s * ny * nx + cell);
          if (Double.isNaN(v)) {
            if (missing++ == 0 && a.first.size() < EXAMPLES) {
              a.first.add("primary production at " + at(f, s, y, x));
            }
          } else if (!(v <= a.ppMax)) {
            a.ppMax = v;
            a.where[2] = at(f, s, y, x);
          }
        }
        a.ppMissing += missing;
        a.ppCells += missing > 0 ? 1 : 0;
      }
    }
    return a.scan(f.source(), f.layers());
  }

  /**
   * One scan of the grid from the scans of its bands of rows (in row order, all over the same
   * layers): counts added, examples and masks in band order, extremes over all.
   */
  public static ForcingScan merge(String source, List<ForcingScan> bands) {
    Totals a = new Totals(bands.get(0).layers.length);
    for (ForcingScan b : bands) {
      for (int z = 0; z < b.layers.length; z++) {
        a.tMissing[z] += b.temperatureMissing[z];
        a.tCells[z] += b.temperatureCells[z];
      }
      a.ppMissing += b.productionMissing;
      a.ppCells += b.productionCells;
      b.firstMissing.stream().limit(EXAMPLES - a.first.size()).forEach(a.first::add);
      a.masks.addAll(b.firstStepMasks);
      if (b.temperatureMin < a.tMin || Double.isNaN(a.tMin)) {
        a.tMin = b.temperatureMin;
        a.where[0] = b.extremes.get(0);
      }
      if (b.temperatureMax > a.tMax || Double.isNaN(a.tMax)) {
        a.tMax = b.temperatureMax;
        a.where[1] = b.extremes.get(1);
      }
      if (b.productionMax > a.ppMax || Double.isNaN(a.ppMax)) {
        a.ppMax = b.productionMax;
        a.where[2] = b.extremes.get(2);
      }
    }
    return a.scan(source, bands.get(0).layers);
  }

  /** A scan as it is gathered, cell after cell or band after band. */
  static final class Totals {
    final long[] tMissing;
    final int[] tCells;
    long ppMissing;
    int ppCells;
    final List<String> first = new ArrayList<>();
    final List<String> masks = new ArrayList<>();
    double tMin = Double.NaN;
    double tMax = Double.NaN;
    double ppMax = Double.NaN;
    /** Where the lowest and highest temperature and the highest production are; null for none. */
    final String[] where = new String[3];

    Totals(int layers) {
      tMissing = new long[layers];
      tCells = new int[layers];
    }

    ForcingScan scan(String source, int[] layers) {
      List<String> ex = new ArrayList<>();
      for (String w : where) {
        ex.add(w == null ? "none" : w);
      }
      return new ForcingScan(source, layers, tMissing, tCells, ppMissing, ppCells, first, masks,
          tMin, tMax, ppMax, ex);
    }
  }


  private static String at(ForcingSet f, int step, int y, int x) {
    return String.format("%s, lat %s, lon %s", f.time().date(step), f.latitude()[y],
        f.longitude()[x]);
  }

  private static LongToDoubleFunction reader(Forcing forcing) {
    if (forcing.dataType() == org.nd4j.linalg.api.buffer.DataType.FLOAT) {
      FloatBuffer b = forcing.asReadOnlyFloatBuffer();
      return i -> b.get((int) i);
    }
    DoubleBuffer b = forcing.asReadOnlyDoubleBuffer();
    return i -> b.get((int) i);
  }

  /** Whether any value is missing in an ocean cell. */
  public boolean hasMissing() {
    return productionMissing > 0 || java.util.Arrays.stream(temperatureMissing).sum() > 0;
  }

  /**
   * The missing values on one line: "missing values in ocean cells: temperature layer 1: 3 (2
   * cells), layer 2: 0; primary production: 1 (1 cell); first: ...; a later NaN temperature reads as
   * 0 °C, a NaN production as 0"; empty when none is missing.
   */
  public Optional<String> missingSummary() {
    if (!hasMissing()) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder(source + ": missing values (NaN) in ocean cells: temperature");
    for (int z = 0; z < temperatureMissing.length; z++) {
      b.append(z == 0 ? " " : ", ").append(String.format("layer %d: %d (%d cells)", layers[z],
          temperatureMissing[z], temperatureCells[z]));
    }
    b.append(String.format("; primary production: %d (%d cells); first: %s; a NaN temperature after "
        + "the first step reads as 0 °C, a NaN production as 0", productionMissing, productionCells,
        String.join("; ", firstMissing)));
    return Optional.of(b.toString());
  }

  /**
   * The warning for layers masked for the whole run by a NaN at the first step, naming the first
   * cells and layers; empty when there is none.
   *
   * @param remedy the setting that changes the policy, e.g. "--missing-layer mask-production"
   */
  public Optional<String> maskWarning(String remedy) {
    if (firstStepMasks.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(String.format("%s: %d layer(s) NaN at the first step are masked for the whole "
        + "run although they have values later (SeapoPym's rule: the group's temperature there is "
        + "0 °C): %s%s; to change what a group does where its layer is masked, use %s",
        source, firstStepMasks.size(),
        String.join("; ", firstStepMasks.subList(0, Math.min(EXAMPLES, firstStepMasks.size()))),
        firstStepMasks.size() > EXAMPLES ? "; ..." : "", remedy));
  }

  /** A warning for values outside the usual ocean ranges; empty when all are within. */
  public Optional<String> rangeWarning() {
    List<String> w = new ArrayList<>();
    if (temperatureMin < TEMPERATURE_USUAL[0] || temperatureMax > TEMPERATURE_USUAL[1]) {
      w.add(String.format("temperatures range from %s °C (%s) to %s °C (%s), outside the usual "
          + "[%s, %s] °C of sea water", temperatureMin, extremes.get(0), temperatureMax,
          extremes.get(1), TEMPERATURE_USUAL[0], TEMPERATURE_USUAL[1]));
    }
    if (productionMax > PRODUCTION_USUAL) {
      w.add(String.format("primary production reaches %s g/m2/day (%s), above the usual %s",
          productionMax, extremes.get(2), PRODUCTION_USUAL));
    }
    return w.isEmpty() ? Optional.empty() : Optional.of(source + ": " + String.join("; ", w));
  }

  /**
   * Refuses values no ocean has (a temperature of 1e6 °C, wrong units).
   *
   * @throws IllegalArgumentException naming the value, where it is and the accepted range
   */
  public void requirePhysical() {
    if (temperatureMin < TEMPERATURE_LIMITS[0] || temperatureMax > TEMPERATURE_LIMITS[1]) {
      boolean low = temperatureMin < TEMPERATURE_LIMITS[0];
      throw new IllegalArgumentException(String.format("%s: temperature must be in [%s, %s] °C, but "
          + "was %s °C at %s (wrong units? Kelvin needs the units attribute 'K' in NetCDF)", source,
          TEMPERATURE_LIMITS[0], TEMPERATURE_LIMITS[1], low ? temperatureMin : temperatureMax,
          extremes.get(low ? 0 : 1)));
    }
    if (productionMax > PRODUCTION_LIMIT) {
      throw new IllegalArgumentException(String.format("%s: primary production must be ≤ %s "
          + "g/m2/day, but was %s at %s (wrong units? see --help for the expected units)", source,
          PRODUCTION_LIMIT, productionMax, extremes.get(2)));
    }
  }
}
