package io.github.seapopym4j.forcing;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.nd4j.linalg.api.buffer.DataType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tablesaw views of a {@link ForcingSet} for notebooks. Every call builds a new table (a copy of the
 * values); changing it does not touch the forcings.
 */
public final class ForcingTables {

  private ForcingTables() {}

  /**
   * One row per temperature layer and one for primary production, with columns {@code variable}
   * (string), {@code units}, {@code layer} (the layer label; missing for production), {@code min},
   * {@code mean}, {@code max} (over the non-NaN values; missing when all are NaN) and
   * {@code nan_count}.
   */
  public static Table summary(ForcingSet set) {
    StringColumn variable = StringColumn.create("variable");
    StringColumn units = StringColumn.create("units");
    IntColumn layer = IntColumn.create("layer");
    DoubleColumn min = DoubleColumn.create("min");
    DoubleColumn mean = DoubleColumn.create("mean");
    DoubleColumn max = DoubleColumn.create("max");
    IntColumn nanCount = IntColumn.create("nan_count");
    IntToDoubleFunction t = reader(set.temperature());
    long n = set.temperature().length();
    int nz = set.layerSize();
    int[] labels = set.layers();
    for (int z = 0; z < nz; z++) {
      double[] stats = stats(t, n, z, nz);
      variable.append(set.temperature().name());
      units.append(set.temperature().units());
      layer.append(labels[z]);
      append(stats, min, mean, max, nanCount);
    }
    double[] stats = stats(reader(set.primaryProduction()), set.primaryProduction().length(), 0, 1);
    variable.append(set.primaryProduction().name());
    units.append(set.primaryProduction().units());
    layer.appendMissing();
    append(stats, min, mean, max, nanCount);
    return Table.create("forcing summary: " + set.source(), variable, units, layer, min, mean, max,
        nanCount);
  }

  /**
   * The time series of one grid cell: column {@code date}, one column {@code T_Z<label>} (°C) per
   * layer, and {@code PP} (g m⁻² d⁻¹); one row per time step. NaN (land, missing layer) is
   * Tablesaw's missing value: {@code isMissing(row)} is true and {@code get(row)} returns null.
   *
   * @throws IndexOutOfBoundsException when the cell lies outside the grid
   */
  public static Table cellSeries(ForcingSet set, int latIndex, int lonIndex) {
    if (latIndex < 0 || latIndex >= set.latSize() || lonIndex < 0 || lonIndex >= set.lonSize()) {
      throw new IndexOutOfBoundsException(String.format(
          "cell (%d, %d) must lie in the grid [0, %d) × [0, %d)", latIndex, lonIndex, set.latSize(),
          set.lonSize()));
    }
    int nt = set.timeSize();
    int ny = set.latSize();
    int nx = set.lonSize();
    int nz = set.layerSize();
    Forcing t = set.temperature();
    Forcing pp = set.primaryProduction();
    List<LocalDate> dates = set.time().dates();
    List<DoubleColumn> columns = new ArrayList<>();
    for (int z = 0; z < nz; z++) {
      double[] v = new double[nt];
      for (int s = 0; s < nt; s++) {
        v[s] = t.getFlat((((long) s * ny + latIndex) * nx + lonIndex) * nz + z);
      }
      columns.add(DoubleColumn.create("T_Z" + set.layers()[z], v));
    }
    double[] p = new double[nt];
    for (int s = 0; s < nt; s++) {
      p[s] = pp.getFlat(((long) s * ny + latIndex) * nx + lonIndex);
    }
    columns.add(DoubleColumn.create("PP", p));
    Table table = Table.create(String.format("cell lat %s, lon %s (T in %s, PP in %s)",
        set.latitude()[latIndex], set.longitude()[lonIndex], t.units(), pp.units()));
    table.addColumns(DateColumn.create("date", dates));
    columns.forEach(table::addColumns);
    return table;
  }

  /** Reads values by flat index straight from the off-heap buffer, without a heap copy. */
  private static IntToDoubleFunction reader(Forcing f) {
    if (f.dataType() == DataType.DOUBLE) {
      DoubleBuffer b = f.asReadOnlyDoubleBuffer();
      return b::get;
    }
    FloatBuffer b = f.asReadOnlyFloatBuffer();
    return b::get;
  }

  /** {min, mean, max, nanCount} of every {@code stride}-th of the n values from {@code offset}. */
  private static double[] stats(IntToDoubleFunction v, long length, int offset, int stride) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double sum = 0;
    int n = 0;
    int nan = 0;
    for (int i = offset; i < length; i += stride) {
      double x = v.applyAsDouble(i);
      if (Double.isNaN(x)) {
        nan++;
      } else {
        min = Math.min(min, x);
        max = Math.max(max, x);
        sum += x;
        n++;
      }
    }
    return n == 0 ? new double[] {Double.NaN, Double.NaN, Double.NaN, nan}
        : new double[] {min, sum / n, max, nan};
  }

  private static void append(double[] stats, DoubleColumn min, DoubleColumn mean, DoubleColumn max,
      IntColumn nanCount) {
    min.append(stats[0]);
    mean.append(stats[1]);
    max.append(stats[2]);
    nanCount.append((int) stats[3]);
  }
}
