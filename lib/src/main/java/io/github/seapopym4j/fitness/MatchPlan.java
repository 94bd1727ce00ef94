package io.github.seapopym4j.fitness;

import io.github.seapopym4j.forcing.TimeAxis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The index arrays that say, for each matched observation, which cell, which time steps and which
 * groups of a model output give its prediction. Compiled once per observation set and grid, then
 * applied to every run: a prediction reads only those values, through {@link BiomassReader}, and
 * never copies a biomass field.
 *
 * <p>Prediction for matched observation k: the mean over steps {@code t0[k]..t1[k]} of the sum over
 * its groups of {@code biomass(g, t, y[k], x[k])}, times the model unit's factor to g m⁻².
 * Observations that need the same prediction (same cell, steps and groups) share one. Cost per call:
 * Σ over distinct predictions of (t1−t0+1)·|groups| reads.
 *
 * <p>Resolution: the nearest cell along latitude and longitude (longitudes compared modulo 360),
 * within {@link MatchConfig#cellToleranceDegrees()}; the step whose interval [date, date + dt)
 * contains the observation date; the steps dated in the {@link TimeWindow} around it.
 *
 * @implNote Immutable and thread-safe: any number of threads may predict with one plan.
 */
public final class MatchPlan {

  private final ModelGrid grid;
  private final int[] obsIndex;
  private final double[] observed;
  /** Distinct predictions: cell, step range and group selection of each. */
  private final int[] y;
  private final int[] x;
  private final int[] t0;
  private final int[] t1;
  private final int[] selection;
  private final int[][] selections;
  /** For each matched observation, the index of its distinct prediction. */
  private final int[] target;
  private final double unitFactor;
  private final MatchReport report;

  private MatchPlan(ModelGrid grid, int n, int[] obsIndex, double[] observed, int[] y, int[] x,
      int[] t0, int[] t1, int[] selection, int[][] selections, double unitFactor,
      MatchReport report) {
    this.grid = grid;
    this.obsIndex = Arrays.copyOf(obsIndex, n);
    this.observed = Arrays.copyOf(observed, n);
    this.selections = selections;
    this.unitFactor = unitFactor;
    this.report = report;
    // Observations that need the same prediction (same cell, steps and groups: several tows on one
    // day, or one monthly window) share it, so each distinct one is read once.
    Map<List<Integer>, Integer> distinct = new LinkedHashMap<>();
    this.target = new int[n];
    for (int k = 0; k < n; k++) {
      Integer id = distinct.putIfAbsent(List.of(y[k], x[k], t0[k], t1[k], selection[k]),
          distinct.size());
      target[k] = id == null ? distinct.size() - 1 : id;
    }
    int d = distinct.size();
    this.y = new int[d];
    this.x = new int[d];
    this.t0 = new int[d];
    this.t1 = new int[d];
    this.selection = new int[d];
    int j = 0;
    for (List<Integer> key : distinct.keySet()) {
      this.y[j] = key.get(0);
      this.x[j] = key.get(1);
      this.t0[j] = key.get(2);
      this.t1[j] = key.get(3);
      this.selection[j++] = key.get(4);
    }
  }

  /**
   * Resolves every observation against {@code grid}.
   *
   * @throws IllegalArgumentException naming the observation (source and row) when it lies outside
   *     the grid, names an unknown group, or (with {@link MatchConfig#failOutsidePeriod()}) is dated
   *     outside the simulated period; or when the period rule selects no group
   */
  public static MatchPlan compile(ObservationSet obs, ModelGrid grid, MatchConfig config) {
    return compile(obs, grid, config, (y, x) -> false);
  }

  /** A cell of the grid, by latitude and longitude index. */
  @FunctionalInterface
  public interface CellTest {
    boolean test(int latIndex, int lonIndex);
  }

  /**
   * Resolves every observation against {@code grid}, leaving out (and reporting) those on a cell
   * where {@code land} holds: the model's biomass there is 0 by construction, not a prediction.
   *
   * @throws IllegalArgumentException as {@link #compile(ObservationSet, ModelGrid, MatchConfig)}
   */
  public static MatchPlan compile(ObservationSet obs, ModelGrid grid, MatchConfig config,
      CellTest land) {
    int n = obs.size();
    List<String> onLand = new ArrayList<>();
    int[] idx = new int[n];
    double[] o = new double[n];
    int[] ys = new int[n];
    int[] xs = new int[n];
    int[] a = new int[n];
    int[] b = new int[n];
    int[] sel = new int[n];
    Map<String, Integer> selectionIds = new LinkedHashMap<>();
    List<int[]> selectionList = new ArrayList<>();
    List<String> outside = new ArrayList<>();
    TimeAxis time = grid.time();
    long start = time.start().toEpochDay();
    long endExclusive = start + (long) time.size() * time.stepDays();
    List<String> names = grid.groups().stream().map(GroupLayers::name).toList();
    double[] lat = grid.latitude();
    double[] lon = grid.longitude();
    double latTol = tolerance(lat, false, config);
    double lonTol = tolerance(lon, true, config);
    String latWhy = why(lat, config);
    String lonWhy = why(lon, config);
    int m = 0;
    for (int i = 0; i < n; i++) {
      long day = obs.epochDay(i);
      if (day < start || day >= endExclusive) {
        if (config.failOutsidePeriod()) {
          throw new IllegalArgumentException(String.format("%s: date is outside the simulated period "
              + "%s..%s", obs.describe(i), time.start(), LocalDate.ofEpochDay(endExclusive - 1)));
        }
        outside.add(obs.describe(i));
        continue;
      }
      ys[m] = nearest(obs, i, "latitude", obs.latitude(i), lat, false, latTol, latWhy);
      xs[m] = nearest(obs, i, "longitude", obs.longitude(i), lon, true, lonTol, lonWhy);
      if (land.test(ys[m], xs[m])) {
        onLand.add(obs.describe(i));
        continue;
      }
      int step = (int) ((day - start) / time.stepDays());
      LocalDate[] w = config.window().around(obs.date(i));
      int from = (int) Math.max(0, Math.floorDiv(w[0].toEpochDay() - start + time.stepDays() - 1,
          time.stepDays()));
      int to = (int) Math.min(time.size() - 1, Math.floorDiv(w[1].toEpochDay() - start,
          time.stepDays()));
      a[m] = from <= to ? from : step;
      b[m] = from <= to ? to : step;
      String key = obs.group(i).map(g -> "group:" + g).orElse("period:" + obs.period(i));
      Integer id = selectionIds.get(key);
      if (id == null) {
        int[] groups;
        if (obs.group(i).isPresent()) {
          int g = names.indexOf(obs.group(i).get());
          if (g < 0) {
            throw new IllegalArgumentException(String.format("%s: group '%s' is not in the model; "
                + "its groups are %s", obs.describe(i), obs.group(i).get(), names));
          }
          groups = new int[] {g};
        } else {
          try {
            groups = config.periodRule().select(obs.period(i), grid.groups());
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(obs.describe(i) + ": " + e.getMessage(), e);
          }
        }
        id = selectionList.size();
        selectionList.add(groups);
        selectionIds.put(key, id);
      }
      sel[m] = id;
      idx[m] = i;
      o[m] = obs.value(i);
      m++;
    }
    double factor = ObservationUnits.toGramsPerSquareMetre(config.modelUnit(), Double.NaN,
        "model biomass unit");
    MatchReport report = new MatchReport(obs.source(), n, m, outside, time.start(),
        LocalDate.ofEpochDay(endExclusive - 1), onLand);
    return new MatchPlan(grid, m, idx, o, ys, xs, a, b, sel, selectionList.toArray(new int[0][]),
        factor, report);
  }

  private static int nearest(ObservationSet obs, int i, String axis, double v, double[] coords,
      boolean periodic, double tol, String why) {
    int best = 0;
    double bestD = Double.POSITIVE_INFINITY;
    for (int k = 0; k < coords.length; k++) {
      double d = distance(v, coords[k], periodic);
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    if (bestD > tol) {
      throw new IllegalArgumentException(String.format("%s: %s %s is outside the model grid: the "
          + "nearest cell (%s) is %s° away, more than the tolerance of %s° (%s); set "
          + "--cell-tolerance DEG (MatchConfig.withCellTolerance) to accept it", obs.describe(i), axis, v, coords[best],
          bestD, tol, why));
    }
    return best;
  }

  /** The configured tolerance, or half the smallest spacing between neighbouring coordinates. */
  private static double tolerance(double[] coords, boolean periodic, MatchConfig config) {
    if (!Double.isNaN(config.cellToleranceDegrees())) {
      return config.cellToleranceDegrees();
    }
    if (coords.length == 1) {
      return 1e-6;
    }
    double[] sorted = coords.clone();
    Arrays.sort(sorted);
    double spacing = Double.POSITIVE_INFINITY;
    for (int k = 1; k < sorted.length; k++) {
      spacing = Math.min(spacing, distance(sorted[k], sorted[k - 1], periodic));
    }
    return spacing / 2 * (1 + 1e-9);
  }

  private static String why(double[] coords, MatchConfig config) {
    return !Double.isNaN(config.cellToleranceDegrees()) ? "configured"
        : coords.length == 1 ? "a single-coordinate axis" : "half the grid spacing";
  }

  private static double distance(double a, double b, boolean periodic) {
    double d = Math.abs(a - b);
    return periodic ? Math.min(d % 360, 360 - d % 360) : d;
  }

  /** The number of matched observations. */
  public int size() {
    return observed.length;
  }

  /** The grid the plan was compiled against. */
  public ModelGrid grid() {
    return grid;
  }

  /** Observed values of the matched observations [g m⁻²] (a copy). */
  public double[] observed() {
    return observed.clone();
  }

  /** For each matched observation, its index in the observation set (a copy). */
  public int[] observationIndex() {
    return obsIndex.clone();
  }

  public MatchReport report() {
    return report;
  }

  /** The predictions of {@code reader}, aligned with {@link #observed()} [g m⁻²]. */
  public double[] predict(BiomassReader reader) {
    double[] out = new double[observed.length];
    predictInto(reader, out);
    return out;
  }

  /**
   * Writes the predictions into {@code out} (length {@link #size()}); allocates only one array of
   * the distinct predictions.
   */
  public void predictInto(BiomassReader reader, double[] out) {
    if (out.length != observed.length) {
      throw new IllegalArgumentException(String.format(
          "prediction buffer must have length %d, but had %d", observed.length, out.length));
    }
    double[] distinct = new double[y.length];
    for (int j = 0; j < distinct.length; j++) {
      int[] groups = selections[selection[j]];
      int yy = y[j];
      int xx = x[j];
      double sum = 0;
      for (int t = t0[j]; t <= t1[j]; t++) {
        for (int g : groups) {
          sum += reader.biomass(g, t, yy, xx);
        }
      }
      distinct[j] = sum / (t1[j] - t0[j] + 1) * unitFactor;
    }
    for (int k = 0; k < out.length; k++) {
      out[k] = distinct[target[k]];
    }
  }

  /** The number of distinct predictions a call reads (observations sharing cell, steps, groups). */
  public int distinctPredictions() {
    return y.length;
  }

  /** Observed and predicted pairs for {@code reader}. */
  public MatchedPairs match(BiomassReader reader) {
    return new MatchedPairs(observed(), predict(reader), report);
  }

  /**
   * The cells the matched observations need, as distinct {lat index, lon index} pairs of the grid: a
   * calibration can simulate only these.
   */
  public int[][] cells() {
    Set<Long> seen = new LinkedHashSet<>();
    for (int k = 0; k < y.length; k++) {
      seen.add(((long) y[k] << 32) | x[k]);
    }
    return seen.stream().map(c -> new int[] {(int) (c >> 32), (int) (long) c}).toArray(int[][]::new);
  }

  /** The last time step any matched observation reads, or -1 when none is matched. */
  public int lastStep() {
    return Arrays.stream(t1).max().orElse(-1);
  }
}
