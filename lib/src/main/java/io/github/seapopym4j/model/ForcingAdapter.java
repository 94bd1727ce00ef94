package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.Forcing;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.internal.HostBuffers;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The one place where forcings are standardised for the kernels (SeapoPym's {@code
 * _production_helper_init_forcing}): DOUBLE data type, dimension order [time, cell(, layer)] over the
 * simulated cells only, and NaN production replaced by 0.
 *
 * <p>A cell {@code c} is the pair ({@code latIndex[c]}, {@code lonIndex[c]}) of the forcing grid. The
 * forcings are read, never changed; the returned arrays are new and owned by the caller.
 */
final class ForcingAdapter {

  private ForcingAdapter() {}

  /**
   * Temperature [time, cell, layer] in °C, NaN kept (it marks land and missing layers).
   *
   * @return a new DOUBLE array; the caller closes it
   */
  public static INDArray temperature(ForcingSet forcings, int[] latIndex, int[] lonIndex) {
    int nz = forcings.layerSize();
    INDArray out = Nd4j.createUninitialized(DataType.DOUBLE, forcings.timeSize(), latIndex.length, nz);
    gather(forcings.temperature(), forcings, latIndex, lonIndex, nz, 1.0, false, out);
    return out;
  }

  /**
   * Primary production [time, cell] in g m⁻² d⁻¹ times {@code factor} (1e-3 for kg), NaN → 0.
   *
   * @return a new DOUBLE array; the caller closes it
   */
  public static INDArray production(ForcingSet forcings, int[] latIndex, int[] lonIndex,
      double factor) {
    INDArray out = Nd4j.createUninitialized(DataType.DOUBLE, forcings.timeSize(), latIndex.length);
    gather(forcings.primaryProduction(), forcings, latIndex, lonIndex, 1, factor, true, out);
    return out;
  }

  /**
   * Copies the simulated cells of every step into {@code target} [time, cell, inner]: one bulk read
   * of each step's grid [lat, lon, inner], then a gather by the cells' grid indices.
   */
  private static void gather(Forcing source, ForcingSet forcings, int[] latIndex, int[] lonIndex,
      int inner, double factor, boolean nanToZero, INDArray target) {
    int nt = forcings.timeSize();
    int nx = forcings.lonSize();
    int step = forcings.latSize() * nx * inner;
    int cells = latIndex.length;
    int[] at = new int[cells];
    for (int c = 0; c < cells; c++) {
      at[c] = (latIndex[c] * nx + lonIndex[c]) * inner;
    }
    DoubleBuffer out = HostBuffers.doubles(target);
    boolean isDouble = source.dataType() == DataType.DOUBLE;
    DoubleBuffer d = isDouble ? source.asReadOnlyDoubleBuffer() : null;
    FloatBuffer f = isDouble ? null : source.asReadOnlyFloatBuffer();
    double[] grid = new double[step];
    float[] floats = isDouble ? null : new float[step];
    double[] row = new double[cells * inner];
    for (int t = 0; t < nt; t++) {
      if (isDouble) {
        d.get(t * step, grid, 0, step);
      } else {
        f.get(t * step, floats, 0, step);
        for (int i = 0; i < step; i++) {
          grid[i] = floats[i];
        }
      }
      for (int c = 0; c < cells; c++) {
        for (int z = 0; z < inner; z++) {
          double v = grid[at[c] + z];
          if (nanToZero && Double.isNaN(v)) {
            v = 0.0;
          }
          row[c * inner + z] = factor == 1.0 ? v : v * factor;
        }
      }
      out.put(t * cells * inner, row);
    }
  }
}
