package io.github.seapopym4j.kernel;

import java.nio.DoubleBuffer;

/**
 * The temperature a vertically migrating group experiences, weighted by day length (SeapoPym's
 * {@code average_temperature}):
 *
 * <pre>
 * Tm = DL·T_day + (1 − DL)·T_night     inside the group mask, NaN outside
 * Tm = 0 where Tm &lt; 0 or Tm is NaN
 * </pre>
 *
 * <p>Units: temperatures in °C on whatever scale the caller passes (Gillooly-transformed in
 * SeapoPym v0.1), DL a fraction of the day. Outside the group mask (land, or a missing day or night
 * layer) the result is therefore 0 °C, not NaN, exactly as upstream.
 */
public final class AverageTemperature {

  private AverageTemperature() {}

  /** One value: {@code DL·Td + (1−DL)·Tn}, then negative or NaN (or outside the mask) → 0. */
  public static double value(double dayLength, double dayTemperature, double nightTemperature,
      boolean inMask) {
    if (!inMask) {
      return 0.0;
    }
    double tm = (dayLength * dayTemperature) + ((1 - dayLength) * nightTemperature);
    return tm >= 0 ? tm : 0.0;
  }

  /**
   * The field [time, cell] for one (day layer, night layer) pair.
   *
   * @param steps number of time steps
   * @param temperature [time, cell, layer] row-major, °C
   * @param layers number of layers
   * @param dayLayer index of the day layer on the layer axis
   * @param nightLayer index of the night layer
   * @param dayLength [time, cell] row-major, fraction of the day
   * @param groupMask [cell], from {@link LayerMask#group}
   * @param out [time, cell] row-major, written
   */
  public static void into(int steps, DoubleBuffer temperature, int layers, int dayLayer,
      int nightLayer, DoubleBuffer dayLength, boolean[] groupMask, DoubleBuffer out) {
    int cells = groupMask.length;
    for (int t = 0; t < steps; t++) {
      for (int c = 0; c < cells; c++) {
        int tc = t * cells + c;
        int base = tc * layers;
        out.put(tc, value(dayLength.get(tc), temperature.get(base + dayLayer),
            temperature.get(base + nightLayer), groupMask[c]));
      }
    }
  }
}
