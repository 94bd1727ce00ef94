package io.github.seapopym4j.model;

/**
 * How outputs indexed (lat, lon) on the bounding sub-grid of a {@link CellSelection} map to the
 * simulated cells: {@code cellAt[lat * lonSize + lon]} is the cell index, or -1 when that cell was
 * not simulated.
 */
record OutputGrid(double[] latitude, double[] longitude, int[] cellAt)
    implements java.io.Serializable {

  static OutputGrid of(CellSelection cells, double[] gridLatitude, double[] gridLongitude) {
    int[] rows = cells.rows();
    int[] cols = cells.columns();
    double[] la = new double[rows.length];
    double[] lo = new double[cols.length];
    for (int i = 0; i < rows.length; i++) {
      la[i] = gridLatitude[rows[i]];
    }
    for (int i = 0; i < cols.length; i++) {
      lo[i] = gridLongitude[cols[i]];
    }
    int[] cellAt = new int[rows.length * cols.length];
    java.util.Arrays.fill(cellAt, -1);
    for (int c = 0; c < cells.size(); c++) {
      int r = java.util.Arrays.binarySearch(rows, cells.latIndex(c));
      int k = java.util.Arrays.binarySearch(cols, cells.lonIndex(c));
      cellAt[r * cols.length + k] = c;
    }
    return new OutputGrid(la, lo, cellAt);
  }

  int latSize() {
    return latitude.length;
  }

  int lonSize() {
    return longitude.length;
  }

  /** The simulated cell at (lat, lon) of this grid, or -1 when it was not simulated. */
  int cell(int lat, int lon) {
    if (lat < 0 || lat >= latitude.length || lon < 0 || lon >= longitude.length) {
      throw new IndexOutOfBoundsException(String.format(
          "cell (lat %d, lon %d) is outside the %d × %d output grid", lat, lon, latitude.length,
          longitude.length));
    }
    return cellAt[lat * longitude.length + lon];
  }
}
