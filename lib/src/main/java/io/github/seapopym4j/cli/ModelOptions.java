package io.github.seapopym4j.cli;

import io.github.seapopym4j.model.BiomassScheme;
import io.github.seapopym4j.model.MissingLayerPolicy;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ProductionUnit;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The model settings shared by the commands that run the model ({@code run}, {@code calibrate},
 * {@code sweep model}), as a picocli mixin: {@code @Mixin ModelOptions model;} then {@link #config()}.
 */
final class ModelOptions {

  @Option(names = "--scheme", paramLabel = "explicit|implicit", defaultValue = "explicit",
      description = "Biomass time scheme (default: explicit, as SeapoPym v0.1).")
  String scheme;

  @Option(names = "--gillooly", paramLabel = "on|off", defaultValue = "on",
      description = "Gillooly transform T/(1+T/273) of temperatures (default: on).")
  String gillooly;

  @Option(names = "--units", paramLabel = "g|kg", defaultValue = "g",
      description = "Mass unit of production and biomass (default: g).")
  String units;

  @Option(names = "--angle-horizon-sun", paramLabel = "DEG", defaultValue = "0",
      description = "Angle between sun and horizon for day length, degrees (default: 0).")
  String angleHorizonSun;

  @Option(names = "--missing-layer", paramLabel = "upstream|mask-production",
      defaultValue = "upstream",
      description = "What a group does in a cell where its layer is NaN at the first step: upstream "
          + "(SeapoPym v0.1: temperature 0 °C, production still enters) or mask-production (no "
          + "production enters there) (default: upstream).")
  String missingLayer;

  /**
   * The settings from the options.
   *
   * @throws IllegalArgumentException naming the option, what it expects and what it found
   */
  ModelConfig config() {
    BiomassScheme s = choice("--scheme", scheme, "explicit or implicit",
        Map.of("explicit", BiomassScheme.EXPLICIT, "implicit", BiomassScheme.IMPLICIT));
    boolean g = choice("--gillooly", gillooly, "on or off", Map.of("on", true, "off", false));
    ProductionUnit u = choice("--units", units, "g or kg",
        Map.of("g", ProductionUnit.GRAM, "kg", ProductionUnit.KILOGRAM));
    double angle;
    try {
      angle = Double.parseDouble(angleHorizonSun.trim());
    } catch (NumberFormatException e) {
      throw option("--angle-horizon-sun", "a number of degrees", angleHorizonSun);
    }
    if (!(angle >= -90 && angle <= 90)) {
      throw option("--angle-horizon-sun", "degrees in [-90, 90]", angleHorizonSun);
    }
    MissingLayerPolicy m = choice("--missing-layer", missingLayer, "upstream or mask-production",
        Map.of("upstream", MissingLayerPolicy.UPSTREAM,
            "mask-production", MissingLayerPolicy.MASK_PRODUCTION));
    return ModelConfig.defaults().withScheme(s).withGillooly(g).withUnits(u).withAngleHorizonSun(angle)
        .withMissingLayer(m);
  }

  /** The unit of the model's biomass, as {@code MatchConfig.withModelUnit} names it. */
  String biomassUnit() {
    return config().units() == ProductionUnit.KILOGRAM ? "kg/m2" : "g/m2";
  }

  /**
   * The value {@code text} names among {@code choices} (case and surrounding spaces ignored).
   *
   * @throws IllegalArgumentException "{@code option}: expected {@code expected}, but found 'text'"
   */
  static <T> T choice(String option, String text, String expected, Map<String, T> choices) {
    T value = choices.get(text.trim().toLowerCase(Locale.ROOT));
    if (value == null) {
      throw option(option, expected, text);
    }
    return value;
  }

  private static IllegalArgumentException option(String name, String expected, String found) {
    return new IllegalArgumentException(
        String.format("%s: expected %s, but found '%s'", name, expected, found));
  }
}
