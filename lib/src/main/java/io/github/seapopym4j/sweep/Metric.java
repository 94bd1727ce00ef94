package io.github.seapopym4j.sweep;

/**
 * One score a {@link SweepKernel} writes per combination.
 *
 * @param name the column name: a letter followed by letters, digits or '_'
 * @param unit the unit, for documentation ("price", "1", "count"); may be empty
 * @param integral true when every value is an integer (a count): it prints without a decimal point
 *     and converts to an integer column
 */
public record Metric(String name, String unit, boolean integral) {

  /** Validates the name. */
  public Metric {
    if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException(
          "metric name must be a letter followed by letters, digits or '_', but was '" + name + "'");
    }
    if (unit == null) {
      throw new NullPointerException("unit of metric " + name + " must not be null");
    }
  }

  /** A real-valued metric. */
  public static Metric real(String name, String unit) {
    return new Metric(name, unit, false);
  }

  /** An integer-valued metric (a count). */
  public static Metric count(String name) {
    return new Metric(name, "count", true);
  }
}
