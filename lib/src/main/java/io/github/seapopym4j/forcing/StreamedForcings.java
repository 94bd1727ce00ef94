package io.github.seapopym4j.forcing;

import io.github.seapopym4j.netcdf.NetcdfFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The forcings of a spatial run read a band of latitude rows at one step at a time, straight from two
 * classic NetCDF files, for a run that streams through the grid ({@code model.BandedRun}) instead of
 * loading bands into arrays. A read gives exactly the values {@link ForcingLoader#load} would hold
 * (the same fill values as NaN, packing and unit conversion, float32 rounding for {@link
 * LoadOptions#dataType()} FLOAT, production checked ≥ 0), for {@code rows × lon} cells in
 * row-major order.
 *
 * <p>Only files whose latitude and longitude are the two innermost dimensions, in this order, can be
 * read so (a band of rows at one step, and layer, is then one contiguous run in the file): {@link
 * #open} returns null for others, and for NetCDF-4 files, which the caller loads band by band
 * instead. The files' axes are checked by {@link ForcingLoader} before; this class only reads values.
 */
public final class StreamedForcings implements AutoCloseable {

  private final Side temperature;
  private final Side production;
  private final boolean float32;

  /** One file: its variable, the position of its time and layer axes, and the conversion. */
  private record Side(NetcdfFile file, String variable, boolean record, int[] shape, int timeAxis,
      int layerAxis, NetcdfValues.Conversion conversion) {

    /** Flat index within a record (or the variable) of (t, z, row y, lon 0). */
    long index(int t, int z, int y) {
      int rank = shape.length;
      long index = 0;
      for (int k = record ? 1 : 0; k < rank; k++) {
        int i = k == timeAxis ? t : k == layerAxis ? z : k == rank - 2 ? y : 0;
        index = index * shape[k] + i;
      }
      return index;
    }
  }

  private StreamedForcings(Side temperature, Side production, boolean float32) {
    this.temperature = temperature;
    this.production = production;
    this.float32 = float32;
  }

  /**
   * Opens the two files for streamed reads, or returns null when one of them is not a classic NetCDF
   * file whose two innermost dimensions are latitude and longitude.
   *
   * @throws IllegalArgumentException naming the file for a variable or attribute that the loader
   *     would refuse too
   */
  public static StreamedForcings open(Path temperature, Path production, LoadOptions options) {
    Side t = null;
    try {
      t = side(temperature, true, options);
      Side p = t == null ? null : side(production, false, options);
      if (p == null) {
        close(t);
        return null;
      }
      return new StreamedForcings(t, p, options.dataType() == DataType.FLOAT);
    } catch (RuntimeException e) {
      close(t);
      throw e;
    }
  }

  private static Side side(Path path, boolean temperature, LoadOptions o) {
    if (!NetcdfFile.isClassic(path)) {
      return null;
    }
    String what = temperature ? "temperature" : "primary production";
    NetcdfFile nc = ClassicNetcdfReader.open(path, what);
    try {
      NetcdfFile.Variable var = ClassicNetcdfReader.variable(nc, temperature, o);
      List<NetcdfHeader.Dim> dims = ClassicNetcdfReader.dims(nc, var);
      String where = path + " variable '" + var.name() + "'";
      Map<NetcdfHeader.Role, Integer> axisOf = NetcdfReader.axes(where, dims, temperature);
      int rank = var.shape().length;
      if (axisOf.get(NetcdfHeader.Role.LAT) != rank - 2 || axisOf.get(NetcdfHeader.Role.LON) != rank - 1
          || (var.record() && axisOf.get(NetcdfHeader.Role.TIME) != 0)) {
        nc.close();
        return null;
      }
      return new Side(nc, var.name(), var.record(), var.shape(), axisOf.get(NetcdfHeader.Role.TIME),
          axisOf.getOrDefault(NetcdfHeader.Role.LAYER, -1),
          NetcdfReader.conversion(where, var.attributes()::get, temperature, o));
    } catch (RuntimeException e) {
      nc.close();
      throw e;
    }
  }

  /** The two files, for messages, as {@link ForcingSet#source()} names them when loaded. */
  public String source() {
    java.nio.file.Path t = temperature.file().path();
    java.nio.file.Path p = production.file().path();
    return t.equals(p) ? t.toString() : "temperature " + t + ", primary production " + p;
  }

  /** A reader for one thread (its own buffers; the files are shared). */
  public Reader reader() {
    return new Reader();
  }

  /** Reads bands of rows at one step; not thread-safe. */
  public final class Reader {
    private final NetcdfFile.RunReader t = temperature.file().runReader(temperature.variable());
    private final NetcdfFile.RunReader p = production.file().runReader(production.variable());

    private Reader() {}

    /**
     * Temperature [°C] of layer {@code z} (index on the file's layer axis; 0 without one) at step
     * {@code step}, rows {@code y0..y0+rows−1} and every longitude, into {@code out[0, rows × lon)};
     * NaN for fill values.
     */
    public void temperature(int step, int z, int y0, int rows, double[] out) {
      read(temperature, t, step, z, y0, rows, out);
    }

    /**
     * Primary production [g m⁻² d⁻¹] at step {@code step}, rows {@code y0..}, NaN for fill values.
     *
     * @throws IllegalArgumentException naming the file when a value is negative
     */
    public void production(int step, int y0, int rows, double[] out) {
      int n = read(production, p, step, 0, y0, rows, out);
      for (int i = 0; i < n; i++) {
        if (out[i] < 0) {
          int nx = production.shape()[production.shape().length - 1];
          throw new IllegalArgumentException(String.format("%s variable '%s': primary production "
              + "must be ≥ 0 (or NaN for land), but is %s g/m2/day at step %d, row %d, column %d",
              production.file().path(), production.variable(), out[i], step, y0 + i / nx, i % nx));
        }
      }
    }

    private int read(Side side, NetcdfFile.RunReader r, int step, int z, int y0, int rows,
        double[] out) {
      int nx = side.shape()[side.shape().length - 1];
      int n = rows * nx;
      r.read(side.record() ? step : 0, side.index(step, z, y0), n, out, 0);
      NetcdfValues.Conversion c = side.conversion();
      double fill = c.fillValue();
      double missing = c.missingValue();
      double scale = c.scale();
      double offset = c.offset();
      for (int i = 0; i < n; i++) {
        double x = out[i];
        x = x == fill || x == missing ? Double.NaN : x * scale + offset;
        out[i] = float32 ? (double) (float) x : x;
      }
      return n;
    }
  }

  @Override
  public void close() {
    close(temperature);
    close(production);
  }

  private static void close(Side s) {
    if (s != null) {
      s.file().close();
    }
  }
}
