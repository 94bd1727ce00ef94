package io.github.seapopym4j.kernel;

import java.nio.DoubleBuffer;

/**
 * Ocean masks as SeapoPym v0.1 derives them: from the <em>first</em> time step only.
 *
 * <p>A layer exists in a cell where its temperature at step 0 is not NaN (SeapoPym's {@code
 * global_mask}); a functional group lives in a cell where both its day layer and its night layer
 * exist ({@code mask_by_fgroup}). Later NaNs do not change the mask.
 */
public final class LayerMask {

  private LayerMask() {}

  /**
   * The layer mask [cell, layer] from the first step of a temperature field.
   *
   * @param temperature [time, cell, layer] row-major (°C, any scale); only step 0 is read
   * @return [cell × layer] row-major, {@code true} where the layer exists
   */
  public static boolean[] fromFirstStep(DoubleBuffer temperature, int cells, int layers) {
    boolean[] exists = new boolean[cells * layers];
    for (int i = 0; i < exists.length; i++) {
      exists[i] = !Double.isNaN(temperature.get(i));
    }
    return exists;
  }

  /**
   * The mask of a group [cell]: its day layer and its night layer both exist.
   *
   * @param layerMask [cell, layer] from {@link #fromFirstStep}
   * @param dayLayer index (not label) of the day layer on the layer axis
   * @param nightLayer index of the night layer
   */
  public static boolean[] group(boolean[] layerMask, int layers, int dayLayer, int nightLayer) {
    int cells = layerMask.length / layers;
    boolean[] mask = new boolean[cells];
    for (int c = 0; c < cells; c++) {
      mask[c] = layerMask[c * layers + dayLayer] && layerMask[c * layers + nightLayer];
    }
    return mask;
  }
}
