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

  private static void gather(Forcing source, ForcingSet forcings, int[] latIndex, int[] lonIndex,
      int inner, double factor, boolean nanToZero, INDArray target) {
    int nt = forcings.timeSize();
    int ny = forcings.latSize();
    int nx = forcings.lonSize();
    int cells = latIndex.length;
    DoubleBuffer out = HostBuffers.doubles(target);
    boolean isDouble = source.dataType() == DataType.DOUBLE;
    DoubleBuffer d = isDouble ? source.asReadOnlyDoubleBuffer() : null;
    FloatBuffer f = isDouble ? null : source.asReadOnlyFloatBuffer();
    for (int t = 0; t < nt; t++) {
      for (int c = 0; c < cells; c++) {
        long from = (((long) t * ny + latIndex[c]) * nx + lonIndex[c]) * inner;
        int to = (t * cells + c) * inner;
        for (int z = 0; z < inner; z++) {
          double v = isDouble ? d.get((int) from + z) : f.get((int) from + z);
          if (nanToZero && Double.isNaN(v)) {
            v = 0.0;
          }
          out.put(to + z, factor == 1.0 ? v : v * factor);
        }
      }
    }
  }
}
