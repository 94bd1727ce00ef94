package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.ForcingSet;
import java.util.Arrays;
import java.util.TreeSet;

/**
 * The grid cells a model simulates: (latitude index, longitude index) pairs of the forcing grid.
 *
 * <p>A calibration that scores a few stations simulates only their cells; a regional study selects a
 * box ({@link #within}). Cells are kept sorted by (lat, lon) without repeats, so two selections of the
 * same cells are equal and produce the same layout. Outputs of a selection are read on its bounding
 * sub-grid: the distinct selected rows × the distinct selected columns; a cell of that sub-grid that
 * was not selected reads NaN.
 */
public final class CellSelection {

  private final int[] lat;
  private final int[] lon;
  private final int fullLat;
  private final int fullLon;

  private CellSelection(int[] lat, int[] lon, int fullLat, int fullLon) {
    this.lat = lat;
    this.lon = lon;
    this.fullLat = fullLat;
    this.fullLon = fullLon;
  }

  /** Every cell of a {@code latSize × lonSize} grid, in row-major order. */
  public static CellSelection all(int latSize, int lonSize) {
    if (latSize < 1 || lonSize < 1) {
      throw new IllegalArgumentException(
          "grid must have ≥ 1 row and column, but was " + latSize + " × " + lonSize);
    }
    int n = latSize * lonSize;
    int[] la = new int[n];
    int[] lo = new int[n];
    for (int i = 0; i < n; i++) {
      la[i] = i / lonSize;
      lo[i] = i % lonSize;
    }
    return new CellSelection(la, lo, latSize, lonSize);
  }

  /** One cell. */
  public static CellSelection cell(int latIndex, int lonIndex) {
    return of(new int[] {latIndex}, new int[] {lonIndex});
  }

  /**
   * The cells ({@code latIndex[i]}, {@code lonIndex[i]}); repeats are dropped.
   *
   * @throws IllegalArgumentException when the arrays differ in length, are empty or hold a negative
   *     index
   */
  public static CellSelection of(int[] latIndex, int[] lonIndex) {
    if (latIndex.length != lonIndex.length) {
      throw new IllegalArgumentException(String.format(
          "cell selection: %d latitude indices but %d longitude indices; expected one of each per cell",
          latIndex.length, lonIndex.length));
    }
    if (latIndex.length == 0) {
      throw new IllegalArgumentException("cell selection must hold ≥ 1 cell, but was empty");
    }
    TreeSet<Long> cells = new TreeSet<>();
    for (int i = 0; i < latIndex.length; i++) {
      if (latIndex[i] < 0 || lonIndex[i] < 0) {
        throw new IllegalArgumentException(String.format(
            "cell selection: indices must be ≥ 0, but cell %d is (%d, %d)", i, latIndex[i], lonIndex[i]));
      }
      cells.add(((long) latIndex[i] << 32) | lonIndex[i]);
    }
    int[] la = new int[cells.size()];
    int[] lo = new int[cells.size()];
    int i = 0;
    for (long key : cells) {
      la[i] = (int) (key >>> 32);
      lo[i++] = (int) key;
    }
    return new CellSelection(la, lo, -1, -1);
  }

  /**
   * The cells of {@code forcings} whose latitude is in [latMin, latMax] and longitude in
   * [lonMin, lonMax] (degrees, bounds included).
   *
   * @throws IllegalArgumentException when no cell lies in the box
   */
  public static CellSelection within(ForcingSet forcings, double latMin, double latMax,
      double lonMin, double lonMax) {
    double[] la = forcings.latitude();
    double[] lo = forcings.longitude();
    int[] rows = Arrays.stream(indices(la.length)).filter(i -> la[i] >= latMin && la[i] <= latMax).toArray();
    int[] cols = Arrays.stream(indices(lo.length)).filter(i -> lo[i] >= lonMin && lo[i] <= lonMax).toArray();
    if (rows.length == 0 || cols.length == 0) {
      throw new IllegalArgumentException(String.format(
          "cell selection: no cell of %s lies in lat [%s, %s], lon [%s, %s]; the grid spans lat %s, lon %s",
          forcings.source(), latMin, latMax, lonMin, lonMax, span(la), span(lo)));
    }
    int[] sa = new int[rows.length * cols.length];
    int[] so = new int[sa.length];
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < cols.length; c++) {
        sa[r * cols.length + c] = rows[r];
        so[r * cols.length + c] = cols[c];
      }
    }
    return of(sa, so);
  }

  private static int[] indices(int n) {
    int[] r = new int[n];
    Arrays.setAll(r, i -> i);
    return r;
  }

  private static String span(double[] v) {
    return "[" + Arrays.stream(v).min().orElse(Double.NaN) + ", " + Arrays.stream(v).max().orElse(Double.NaN) + "]";
  }

  /** Number of selected cells. */
  public int size() {
    return lat.length;
  }

  /** Latitude index (row of the forcing grid) of selected cell {@code c}. */
  public int latIndex(int c) {
    return lat[c];
  }

  /** Longitude index (column of the forcing grid) of selected cell {@code c}. */
  public int lonIndex(int c) {
    return lon[c];
  }

  /** Latitude indices of the cells, in selection order (a copy). */
  public int[] latIndices() {
    return lat.clone();
  }

  /** Longitude indices of the cells, in selection order (a copy). */
  public int[] lonIndices() {
    return lon.clone();
  }

  /** The distinct selected rows of the forcing grid, ascending. */
  public int[] rows() {
    return Arrays.stream(lat).distinct().sorted().toArray();
  }

  /** The distinct selected columns of the forcing grid, ascending. */
  public int[] columns() {
    return Arrays.stream(lon).distinct().sorted().toArray();
  }

  /** Whether this is the whole of a {@code latSize × lonSize} grid. */
  public boolean isWholeGrid(int latSize, int lonSize) {
    if (fullLat >= 0) {
      return fullLat == latSize && fullLon == lonSize;
    }
    return size() == latSize * lonSize && equals(all(latSize, lonSize));
  }

  /**
   * Checks that every cell lies in a {@code latSize × lonSize} grid.
   *
   * @throws IllegalArgumentException naming the first cell outside, the grid and its source
   */
  public void checkWithin(int latSize, int lonSize, String source) {
    for (int c = 0; c < lat.length; c++) {
      if (lat[c] >= latSize || lon[c] >= lonSize) {
        throw new IllegalArgumentException(String.format(
            "cell selection: cell (lat index %d, lon index %d) is outside the %d × %d grid of %s",
            lat[c], lon[c], latSize, lonSize, source));
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CellSelection s && Arrays.equals(lat, s.lat) && Arrays.equals(lon, s.lon);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(lat) + Arrays.hashCode(lon);
  }

  @Override
  public String toString() {
    if (fullLat >= 0) {
      return "CellSelection[all " + fullLat + " × " + fullLon + "]";
    }
    int shown = Math.min(lat.length, 5);
    StringBuilder sb = new StringBuilder("CellSelection[" + lat.length + " cells: ");
    for (int c = 0; c < shown; c++) {
      sb.append(c > 0 ? ", " : "").append('(').append(lat[c]).append(", ").append(lon[c]).append(')');
    }
    return sb.append(lat.length > shown ? ", …]" : "]").toString();
  }
}
