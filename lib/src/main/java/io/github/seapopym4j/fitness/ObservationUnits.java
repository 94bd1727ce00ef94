package io.github.seapopym4j.fitness;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conversion of observed biomass to the model's unit, g m⁻² (grams of dry weight per square metre of
 * sea surface, integrated over the sampled layer).
 *
 * <p>Accepted units, written as {@code g/m2}, {@code g m-2}, {@code g.m-2}, {@code g m^-2} or
 * {@code g/m²} (any case):
 * <ul>
 *   <li>areal: {@code mg/m2} (×1e-3), {@code g/m2} (×1), {@code kg/m2} (×1e3);
 *   <li>concentrations: {@code mg/m3} (×1e-3·depth), {@code g/m3} (×depth): these need the
 *       integration depth in metres (the thickness of the sampled layer), which is never guessed:
 *       a concentration without a depth is an error.
 * </ul>
 */
public final class ObservationUnits {

  /** The model's biomass unit. */
  public static final String MODEL_UNIT = "g/m2";

  private static final Pattern UNIT =
      Pattern.compile("(mg|g|kg)(?:/m\\^?([23])|m\\^?-([23]))");

  private ObservationUnits() {
  }

  /**
   * The factor that converts a value in {@code unit} to g m⁻².
   *
   * @param unit the unit text, e.g. {@code "mg/m3"}
   * @param integrationDepthMetres the thickness of the sampled layer in m, or NaN when not given;
   *     used only for concentrations
   * @param where the file and variable or column, named in error messages
   * @throws IllegalArgumentException if the unit is not a mass per area or per volume, or if it is a
   *     concentration and the depth is missing, not finite or not &gt; 0
   */
  public static double toGramsPerSquareMetre(String unit, double integrationDepthMetres,
      String where) {
    if (unit == null) {
      throw new IllegalArgumentException(where + ": no unit given; expected e.g. g/m2 or mg/m3");
    }
    Matcher m = UNIT.matcher(normalise(unit));
    if (!m.matches()) {
      throw new IllegalArgumentException(String.format("%s: cannot convert unit '%s' to g m-2: "
          + "expected a mass per area (mg/m2, g/m2, kg/m2) or a concentration (mg/m3, g/m3)",
          where, unit));
    }
    double mass = switch (m.group(1)) {
      case "mg" -> 1e-3;
      case "kg" -> 1e3;
      default -> 1.0;
    };
    String power = m.group(2) != null ? m.group(2) : m.group(3);
    if (power.equals("2")) {
      return mass;
    }
    if (Double.isNaN(integrationDepthMetres)) {
      throw new IllegalArgumentException(String.format("%s: values are in %s, a concentration; "
          + "converting them to g m-2 needs the integration depth in m (the thickness of the "
          + "sampled layer), which was not given", where, unit));
    }
    if (!(integrationDepthMetres > 0) || Double.isInfinite(integrationDepthMetres)) {
      throw new IllegalArgumentException(String.format(
          "%s: integration depth [m] must be finite and > 0, but was %s", where,
          integrationDepthMetres));
    }
    return mass * integrationDepthMetres;
  }

  /** True when {@code unit} is a concentration (per m³), which needs an integration depth. */
  public static boolean isConcentration(String unit) {
    Matcher m = UNIT.matcher(normalise(unit));
    return m.matches() && "3".equals(m.group(2) != null ? m.group(2) : m.group(3));
  }

  private static String normalise(String unit) {
    return unit.trim().toLowerCase(Locale.ROOT).replace("²", "2").replace("³", "3")
        .replace("⁻", "-").replace("−", "-").replace(" ", "").replace(".", "").replace("·", "");
  }
}
