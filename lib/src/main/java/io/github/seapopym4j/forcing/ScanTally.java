package io.github.seapopym4j.forcing;


/**
 * {@link ForcingScan} of a band of latitude rows gathered one step at a time, as a streamed run reads
 * it ({@link StreamedForcings}), so that the whole grid is never held: the same counts, examples,
 * first-step masks and extremes as {@link ForcingScan#of} over the scanned layers, in the same cell
 * order; {@link ForcingScan#merge} joins the bands. Memory: a few bytes per cell and layer. Not
 * thread-safe.
 */
public final class ScanTally {

  private final TimeAxis time;
  private final double[] lat;
  private final double[] lon;
  private final int[] labels;
  private final int cells;
  private final boolean[] anyValue;
  private final int[] missing;
  private final int[] firstMissing;
  private final boolean[] nanAtFirstStep;
  private final int[] ppMissing;
  private final int[] ppFirstMissing;
  private double tMin = Double.NaN;
  private double tMax = Double.NaN;
  private double ppMax = Double.NaN;
  /** Where the extremes are: step and cell of the lowest and highest temperature, of the highest
   * production, and the layer positions of the two temperatures (-1: none yet). */
  private final int[] whereStep = {-1, -1, -1};
  private final int[] whereCell = new int[3];
  private final int[] whereLayer = new int[2];

  /**
   * A tally of the cells of rows {@code lat} × {@code lon} for the temperature layers labelled
   * {@code labels} (the layers given to {@link #step}, in this order).
   */
  public ScanTally(TimeAxis time, double[] lat, double[] lon, int[] labels) {
    this.time = time;
    this.lat = lat.clone();
    this.lon = lon.clone();
    this.labels = labels.clone();
    cells = lat.length * lon.length;
    anyValue = new boolean[cells];
    missing = new int[labels.length * cells];
    firstMissing = new int[labels.length * cells];
    nanAtFirstStep = new boolean[labels.length * cells];
    ppMissing = new int[cells];
    ppFirstMissing = new int[cells];
  }

  /**
   * Adds step {@code t}: {@code temperature[k]} the values of layer {@code labels[k]} [°C], {@code
   * production} [g m⁻² d⁻¹], each [rows × lon] with NaN for missing values.
   */
  public void step(int t, double[][] temperature, double[] production) {
    for (int k = 0; k < labels.length; k++) {
      double[] v = temperature[k];
      int base = k * cells;
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < cells; c++) {
        double x = v[c];
        if (x != x) { // NaN
          if (missing[base + c]++ == 0) {
            firstMissing[base + c] = t;
            nanAtFirstStep[base + c] = t == 0;
          }
        } else {
          anyValue[c] = true;
          lo = x < lo ? x : lo;
          hi = x > hi ? x : hi;
        }
      }
      if (lo < tMin || Double.isNaN(tMin) && lo <= hi) {
        tMin = lo;
        mark(0, t, first(v, lo), k);
      }
      if (hi > tMax || Double.isNaN(tMax) && lo <= hi) {
        tMax = hi;
        mark(1, t, first(v, hi), k);
      }
    }
    double hi = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < cells; c++) {
      double x = production[c];
      if (x != x) {
        if (ppMissing[c]++ == 0) {
          ppFirstMissing[c] = t;
        }
      } else {
        hi = x > hi ? x : hi;
      }
    }
    if (hi > ppMax || Double.isNaN(ppMax) && hi > Double.NEGATIVE_INFINITY) {
      ppMax = hi;
      mark(2, t, first(production, hi), -1);
    }
  }

  /** The first cell holding {@code x}. */
  private static int first(double[] v, double x) {
    int c = 0;
    while (Double.compare(v[c], x) != 0 && v[c] != x) {
      c++;
    }
    return c;
  }

  /** The scan of the steps added, as {@link ForcingScan#of} (land: no value in any scanned layer). */
  public ForcingScan scan(String source) {
    int nt = time.size();
    ForcingScan.Totals a = new ForcingScan.Totals(labels.length);
    for (int c = 0; c < cells; c++) {
      if (!anyValue[c]) {
        continue;
      }
      for (int z = 0; z < labels.length; z++) {
        int m = missing[z * cells + c];
        a.tMissing[z] += m;
        a.tCells[z] += m > 0 ? 1 : 0;
        if (m > 0 && a.first.size() < 3) {
          a.first.add(String.format("temperature layer %d at %s", labels[z],
              at(firstMissing[z * cells + c], c)));
        }
        if (m > 0 && m < nt && nanAtFirstStep[z * cells + c]) {
          a.masks.add(String.format("layer %d of cell lat %s, lon %s (NaN at %s, values at %d later "
              + "steps)", labels[z], lat[c / lon.length], lon[c % lon.length], time.start(), nt - m));
        }
      }
      int m = ppMissing[c];
      a.ppMissing += m;
      a.ppCells += m > 0 ? 1 : 0;
      if (m > 0 && a.first.size() < 3) {
        a.first.add("primary production at " + at(ppFirstMissing[c], c));
      }
    }
    a.tMin = tMin;
    a.tMax = tMax;
    a.ppMax = ppMax;
    for (int i = 0; i < 3; i++) {
      a.where[i] = whereStep[i] < 0 ? null : at(whereStep[i], whereCell[i])
          + (i < 2 ? " layer " + labels[whereLayer[i]] : "");
    }
    return a.scan(source, labels);
  }


  private void mark(int which, int t, int c, int layer) {
    whereStep[which] = t;
    whereCell[which] = c;
    if (which < 2) {
      whereLayer[which] = layer;
    }
  }

  private String at(int t, int c) {
    return String.format("%s, lat %s, lon %s", time.date(t), lat[c / lon.length], lon[c % lon.length]);
  }
}
