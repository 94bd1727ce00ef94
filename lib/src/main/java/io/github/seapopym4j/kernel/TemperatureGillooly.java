package io.github.seapopym4j.kernel;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The Gillooly et al. (2002) temperature transform used by SeapoPym v0.1 (Lehodey et al. 2010):
 * {@code T' = T / (1 + T/273)}.
 *
 * <p>Units: °C in, °C out ("Gillooly scale"). NaN (land, missing layer) stays NaN. The operations
 * are done in SeapoPym's order ({@code T/273}, then {@code 1 + ·}, then {@code T / ·}), so results are
 * bit-identical to NumPy's. NumPy keeps a float32 forcing in float32 through this transform; {@link
 * #applyInPlace(INDArray, DataType)} does the same.
 */
public final class TemperatureGillooly {

  /** The constant of the transform [°C]. */
  public static final double KELVIN_OFFSET = 273.0;

  private TemperatureGillooly() {}

  /** {@code T / (1 + T/273)} for one temperature [°C]. */
  public static double apply(double temperature) {
    return temperature / (1.0 + temperature / KELVIN_OFFSET);
  }

  /**
   * Transforms a whole temperature field in place (any shape, e.g. [time, cell, layer]).
   *
   * @param temperature a DOUBLE array owned by the caller; overwritten with {@code T'}
   * @return {@code temperature}, for chaining
   */
  public static INDArray applyInPlace(INDArray temperature) {
    try (INDArray denominator = temperature.div(KELVIN_OFFSET)) {
      denominator.addi(1.0);
      temperature.divi(denominator);
    }
    return temperature;
  }

  /**
   * Transforms a whole DOUBLE field in place, computing in {@code precision} arithmetic: FLOAT
   * reproduces NumPy on float32 forcings (the values must then be float32 values widened to double).
   */
  public static INDArray applyInPlace(INDArray temperature, DataType precision) {
    if (precision == DataType.DOUBLE) {
      return applyInPlace(temperature);
    }
    try (INDArray narrow = temperature.castTo(precision)) {
      applyInPlace(narrow);
      temperature.assign(narrow);
    }
    return temperature;
  }
}
