package io.github.seapopym4j.forcing;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableDataset;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * Writes small NetCDF-4-like HDF5 files with jhdf for reader tests: dimension scales carry
 * {@code CLASS = DIMENSION_SCALE} and {@code _Netcdf4Dimid}, variables {@code _Netcdf4Coordinates}, as
 * netCDF-C does (jhdf cannot write the {@code DIMENSION_LIST} references, so the reader's fallback is
 * what these files exercise; the reference files exercise {@code DIMENSION_LIST}).
 */
final class NetcdfFixture {

  private NetcdfFixture() {}

  static Path write(Path file, Consumer<WritableHdfFile> body) {
    try (WritableHdfFile f = HdfFile.write(file)) {
      body.accept(f);
    }
    return file;
  }

  /** A coordinate variable (dimension scale) with dimension id {@code id}; attrs as name, value pairs. */
  static void coordinate(WritableHdfFile f, String name, int id, Object values, String... attrs) {
    WritableDataset d = f.putDataset(name, values);
    d.putAttribute("CLASS", "DIMENSION_SCALE");
    d.putAttribute("NAME", name);
    d.putAttribute("_Netcdf4Dimid", id);
    for (int i = 0; i < attrs.length; i += 2) {
      d.putAttribute(attrs[i], attrs[i + 1]);
    }
  }

  /** A dimension without values, as netCDF-C writes a dimension that has no coordinate variable. */
  static void phonyDimension(WritableHdfFile f, String name, int id, int size) {
    WritableDataset d = f.putDataset(name, new float[size]);
    d.putAttribute("CLASS", "DIMENSION_SCALE");
    d.putAttribute("NAME", "This is a netCDF dimension but not a netCDF variable. " + size);
    d.putAttribute("_Netcdf4Dimid", id);
  }

  /** A data variable over dimensions {@code dimIds}; {@code units} null for none. */
  static WritableDataset variable(WritableHdfFile f, String name, Object data, int[] dimIds, String units) {
    WritableDataset d = f.putDataset(name, data);
    d.putAttribute("_Netcdf4Coordinates", dimIds);
    if (units != null) {
      d.putAttribute("units", units);
    }
    return d;
  }

  /** The standard coordinates: time (id 0, days since 2000-01-01), lat (1), lon (2), Z (3). */
  static void standardCoordinates(WritableHdfFile f, long[] days, double[] lat, double[] lon, long[] z) {
    coordinate(f, "time", 0, days, "units", "days since 2000-01-01", "calendar", "standard");
    coordinate(f, "lat", 1, lat, "units", "degrees_north");
    coordinate(f, "lon", 2, lon, "units", "degrees_east");
    if (z != null) {
      coordinate(f, "Z", 3, z, "axis", "Z");
    }
  }

  /** A 3-D array a[i][j][k] = v(i, j, k). */
  static double[][][] array3(int n0, int n1, int n2, ToDoubleFunction<int[]> v) {
    double[][][] a = new double[n0][n1][n2];
    for (int i = 0; i < n0; i++) {
      for (int j = 0; j < n1; j++) {
        for (int k = 0; k < n2; k++) {
          a[i][j][k] = v.applyAsDouble(new int[] {i, j, k});
        }
      }
    }
    return a;
  }

  /** A 4-D array a[i][j][k][l] = v(i, j, k, l). */
  static double[][][][] array4(int n0, int n1, int n2, int n3, ToDoubleFunction<int[]> v) {
    double[][][][] a = new double[n0][n1][n2][n3];
    for (int i = 0; i < n0; i++) {
      for (int j = 0; j < n1; j++) {
        for (int k = 0; k < n2; k++) {
          for (int l = 0; l < n3; l++) {
            a[i][j][k][l] = v.applyAsDouble(new int[] {i, j, k, l});
          }
        }
      }
    }
    return a;
  }
}
