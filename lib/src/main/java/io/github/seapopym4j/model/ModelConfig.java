package io.github.seapopym4j.model;

import java.util.Objects;

/**
 * The settings that select a variant of the SEAPOPYM no-transport model. {@link #defaults()} is
 * SeapoPym v0.1's {@code NoTransportModel}.
 *
 * @param scheme the biomass time scheme ({@link BiomassScheme#EXPLICIT}, as v0.1)
 * @param gillooly whether temperatures go through {@code T/(1 + T/273)} first ({@code true}, as
 *     v0.1's {@code NoTransportModel}; {@code false} reproduces v0.1's {@code NoTransportLightModel}
 *     and older lines)
 * @param units the mass unit of production and biomass ({@link ProductionUnit#GRAM}, as v0.1)
 * @param angleHorizonSun the angle between the sun and the horizon used for day length [degrees], in
 *     [−90, 90] (0, as v0.1)
 * @param missingLayer what a group does where its layer is missing ({@link
 *     MissingLayerPolicy#UPSTREAM}, as v0.1)
 */
public record ModelConfig(BiomassScheme scheme, boolean gillooly, ProductionUnit units,
    double angleHorizonSun, MissingLayerPolicy missingLayer) implements java.io.Serializable {

  /** Validates the settings. */
  public ModelConfig {
    Objects.requireNonNull(scheme, "biomass scheme must not be null");
    Objects.requireNonNull(units, "production unit must not be null");
    Objects.requireNonNull(missingLayer, "missing-layer policy must not be null");
    if (!(angleHorizonSun >= -90 && angleHorizonSun <= 90)) {
      throw new IllegalArgumentException(
          "angle_horizon_sun [degrees] must be in [-90, 90], but was " + angleHorizonSun);
    }
  }

  /** SeapoPym v0.1 {@code NoTransportModel}: explicit, Gillooly on, grams, angle 0, upstream masks. */
  public static ModelConfig defaults() {
    return new ModelConfig(BiomassScheme.EXPLICIT, true, ProductionUnit.GRAM, 0.0,
        MissingLayerPolicy.UPSTREAM);
  }

  public ModelConfig withScheme(BiomassScheme v) {
    return new ModelConfig(v, gillooly, units, angleHorizonSun, missingLayer);
  }

  public ModelConfig withGillooly(boolean v) {
    return new ModelConfig(scheme, v, units, angleHorizonSun, missingLayer);
  }

  public ModelConfig withUnits(ProductionUnit v) {
    return new ModelConfig(scheme, gillooly, v, angleHorizonSun, missingLayer);
  }

  public ModelConfig withAngleHorizonSun(double degrees) {
    return new ModelConfig(scheme, gillooly, units, degrees, missingLayer);
  }

  public ModelConfig withMissingLayer(MissingLayerPolicy v) {
    return new ModelConfig(scheme, gillooly, units, angleHorizonSun, v);
  }

  @Override
  public String toString() {
    return String.format("ModelConfig[scheme=%s, gillooly=%s, units=%s, angle_horizon_sun=%s°, "
        + "missing layer=%s]", scheme, gillooly ? "on" : "off", units.biomassUnits(), angleHorizonSun,
        missingLayer);
  }
}
