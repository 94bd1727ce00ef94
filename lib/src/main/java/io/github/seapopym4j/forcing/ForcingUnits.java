package io.github.seapopym4j.forcing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unit conversion of forcings into the model's units: primary production into g m⁻² d⁻¹ and
 * temperature into °C.
 *
 * <p>Production units are parsed as a product of mass, length and time factors, so the common
 * spellings all work: {@code mg/m2/day}, {@code mg m-2 d-1}, {@code g/m^2/d}, {@code kg/m**2/day},
 * {@code g.m-2.d-1}, {@code mg m⁻² d⁻¹}, pint's {@code milligram / meter ** 2 / day} and
 * {@code gram / day / meter ** 2}. Mass may be µg, mg, g or kg; length m, cm or km; time d, h or s.
 * A carbon marker ({@code "mg C m-2 d-1"}, {@code mgC}) is accepted and ignored: the model treats
 * production as a mass per area and day in whatever currency the user chose.
 *
 * <p>Temperature is °C ({@code degC}, {@code degree_Celsius}, {@code degrees_C}, {@code °C},
 * {@code celsius}) or Kelvin ({@code K}, {@code kelvin}, {@code degK}), converted by T − 273.15.
 */
public final class ForcingUnits {

  /** Spellings accepted for production, quoted in error messages. */
  public static final String ACCEPTED_PRODUCTION =
      "mass per m² per day with mass µg/mg/g/kg, e.g. g/m2/day, mg m-2 d-1, kg/m**2/day, "
          + "milligram / meter ** 2 / day";
  /** Spellings accepted for temperature, quoted in error messages. */
  public static final String ACCEPTED_TEMPERATURE =
      "degC, degree_Celsius, degrees_C, °C, celsius, or Kelvin: K, kelvin, degK";

  private static final Pattern TOKEN = Pattern.compile("(/|per\\b|[a-zµ]+)\\s*(\\^\\s*)?(-?\\d+)?");
  private static final Map<String, Double> MASS = Map.ofEntries(
      Map.entry("µg", 1e-6), Map.entry("ug", 1e-6), Map.entry("microgram", 1e-6),
      Map.entry("mg", 1e-3), Map.entry("milligram", 1e-3), Map.entry("g", 1.0),
      Map.entry("gram", 1.0), Map.entry("gramme", 1.0), Map.entry("kg", 1e3),
      Map.entry("kilogram", 1e3), Map.entry("mgc", 1e-3), Map.entry("gc", 1.0));
  private static final Map<String, Double> LENGTH = Map.of(
      "m", 1.0, "meter", 1.0, "metre", 1.0, "cm", 1e-2, "centimeter", 1e-2, "km", 1e3,
      "kilometer", 1e3);
  /** Length of the unit in days. */
  private static final Map<String, Double> TIME = Map.of(
      "d", 1.0, "day", 1.0, "h", 1.0 / 24, "hr", 1.0 / 24, "hour", 1.0 / 24, "s", 1.0 / 86400,
      "sec", 1.0 / 86400, "second", 1.0 / 86400);

  private ForcingUnits() {}

  /**
   * The factor that converts production given in {@code units} into g m⁻² d⁻¹.
   *
   * @throws IllegalArgumentException naming the units found and the accepted ones
   */
  public static double productionFactor(String units) {
    Double f = parseProduction(units);
    if (f == null) {
      throw new IllegalArgumentException(String.format(
          "unknown primary production units '%s'; expected %s", units, ACCEPTED_PRODUCTION));
    }
    return f;
  }

  /** Whether {@code units} is a production unit this class can convert. */
  public static boolean isProductionUnit(String units) {
    return parseProduction(units) != null;
  }

  /**
   * The offset added to temperatures given in {@code units} to get °C: 0 for Celsius, −273.15 for
   * Kelvin.
   *
   * @throws IllegalArgumentException naming the units found and the accepted ones
   */
  public static double temperatureOffset(String units) {
    String u = units == null ? "" : units.trim().toLowerCase(Locale.ROOT)
        .replace("_", "").replace(" ", "").replace("°", "deg").replace("degrees", "deg")
        .replace("degree", "deg");
    switch (u) {
      case "degc", "c", "celsius", "degcelsius":
        return 0.0;
      case "k", "kelvin", "degk", "degkelvin":
        return -273.15;
      default:
        throw new IllegalArgumentException(String.format(
            "unknown temperature units '%s'; expected %s", units, ACCEPTED_TEMPERATURE));
    }
  }

  private static Double parseProduction(String units) {
    if (units == null || units.isBlank()) {
      return null;
    }
    String s = normalise(units);
    List<String[]> factors = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    int pos = 0;
    boolean divide = false;
    while (pos < s.length()) {
      if (s.charAt(pos) == ' ' || s.charAt(pos) == '*') {
        pos++;
        continue;
      }
      if (!m.find(pos) || m.start() != pos) {
        return null;
      }
      pos = m.end();
      String word = m.group(1);
      if (word.equals("/") || word.equals("per")) {
        divide = true;
        continue;
      }
      int exp = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
      factors.add(new String[] {singular(word), Integer.toString(divide ? -exp : exp)});
      divide = false;
    }
    return combine(factors);
  }

  /** Multiplies the factors; null unless they make exactly mass¹ length⁻² time⁻¹. */
  private static Double combine(List<String[]> factors) {
    double factor = 1.0;
    int mass = 0;
    int length = 0;
    int time = 0;
    for (String[] f : factors) {
      int exp = Integer.parseInt(f[1]);
      if (MASS.containsKey(f[0])) {
        mass += exp;
        factor *= Math.pow(MASS.get(f[0]), exp);
      } else if (LENGTH.containsKey(f[0])) {
        length += exp;
        factor *= Math.pow(LENGTH.get(f[0]), exp);
      } else if (TIME.containsKey(f[0])) {
        time += exp;
        factor *= Math.pow(TIME.get(f[0]), exp);
      } else if (!f[0].equals("c") || exp != 1) {
        return null;
      }
    }
    return mass == 1 && length == -2 && time == -1 ? factor : null;
  }

  private static String normalise(String units) {
    String s = units.trim().toLowerCase(Locale.ROOT)
        .replace("**", "^").replace("⁻", "-").replace("²", "2").replace("¹", "1")
        .replace("·", " ").replace("μ", "µ");
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // "g.m-2.d-1": a dot between unit symbols is a product; a dot inside a number is not.
      boolean productDot = c == '.' && (i == 0 || !Character.isDigit(s.charAt(i - 1))
          || i + 1 == s.length() || !Character.isDigit(s.charAt(i + 1)));
      out.append(productDot ? ' ' : c);
    }
    return out.toString();
  }

  private static String singular(String word) {
    if (word.length() > 3 && word.endsWith("s")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
