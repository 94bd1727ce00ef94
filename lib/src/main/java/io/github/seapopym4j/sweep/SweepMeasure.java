package io.github.seapopym4j.sweep;

/**
 * One value a {@link SweepFunction} writes per combination: a result column (this was {@code
 * sweep.Metric}; a {@code fitness.Metric} is a function comparing observed and predicted values).
 *
 * @param name the column name: a letter followed by letters, digits or '_'
 * @param unit the unit, for documentation ("price", "1", "count"); may be empty
 * @param integral true when every value is an integer (a count): it prints without a decimal point
 *     and converts to an integer column
 */
public record SweepMeasure(String name, String unit, boolean integral) {

  /** Validates the name. */
  public SweepMeasure {
    if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException(
          "metric name must be a letter followed by letters, digits or '_', but was '" + name + "'");
    }
    if (unit == null) {
      throw new NullPointerException("unit of metric " + name + " must not be null");
    }
  }

  /** A real-valued metric. */
  public static SweepMeasure real(String name, String unit) {
    return new SweepMeasure(name, unit, false);
  }

  /** An integer-valued metric (a count). */
  public static SweepMeasure count(String name) {
    return new SweepMeasure(name, "count", true);
  }
}
