package io.github.seapopym4j.sweep;

import io.github.seapopym4j.internal.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;

/**
 * One named parameter of a sweep: the values a grid takes, and the range a sample draws from.
 *
 * <p>Four kinds:
 * <ul>
 *   <li>{@link #of(String, double...)}: explicit values; a sample picks one of them uniformly;</li>
 *   <li>{@link #linear(String, double, double, int)}: {@code count} evenly spaced values from
 *       {@code from} to {@code to} inclusive; a sample draws uniformly in [from, to];</li>
 *   <li>{@link #log(String, double, double, int)}: {@code count} values evenly spaced in log from
 *       {@code from} to {@code to} (both &gt; 0); a sample draws log-uniformly;</li>
 *   <li>{@link #integers(String, int, int, int)}: {@code count} distinct integers evenly spread from
 *       {@code from} to {@code to} (rounded); a sample draws each integer of [from, to] with equal
 *       probability.</li>
 * </ul>
 * Linear and log grid values are rounded to 12 significant digits, so {@code linear("k", 0.5, 3.5,
 * 121)} holds 0.525, not 0.5249999999999999, and prints as written.
 *
 * <p>Immutable; the values are copied in and out.
 */
public final class Axis implements java.io.Serializable {

  /** How a unit-interval coordinate of a sample becomes a value. */
  private enum Kind { EXPLICIT, LINEAR, LOG, INTEGERS }

  private static final MathContext DIGITS = new MathContext(12);

  private final String name;
  private final Kind kind;
  private final double from;
  private final double to;
  private final double[] values;

  private Axis(String name, Kind kind, double from, double to, double[] values) {
    checkName(name);
    if (values.length == 0) {
      throw new IllegalArgumentException("axis " + name + " must have at least 1 value, but has 0");
    }
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("axis " + name + " values must be finite, but one was " + v);
      }
    }
    this.name = name;
    this.kind = kind;
    this.from = from;
    this.to = to;
    this.values = values;
  }

  /** An axis of explicit values (any order, at least one). */
  public static Axis of(String name, double... values) {
    double[] v = values.clone();
    return new Axis(name, Kind.EXPLICIT, Double.NaN, Double.NaN, v);
  }

  /** {@code count} evenly spaced values from {@code from} to {@code to} inclusive (count ≥ 1). */
  public static Axis linear(String name, double from, double to, int count) {
    checkRange(name, from, to, count);
    double[] v = new double[count];
    for (int i = 0; i < count; i++) {
      v[i] = count == 1 ? from : round12(from + (to - from) * i / (count - 1));
    }
    return new Axis(name, Kind.LINEAR, from, to, v);
  }

  /** {@code count} values evenly spaced in log from {@code from} to {@code to}; both must be &gt; 0. */
  public static Axis log(String name, double from, double to, int count) {
    checkRange(name, from, to, count);
    if (!(from > 0 && to > 0)) {
      throw new IllegalArgumentException(String.format(
          "log axis %s needs from > 0 and to > 0, but was [%s, %s]", name, from, to));
    }
    double[] v = new double[count];
    double a = Math.log(from);
    double b = Math.log(to);
    for (int i = 0; i < count; i++) {
      v[i] = count == 1 ? from : round12(Math.exp(a + (b - a) * i / (count - 1)));
    }
    v[0] = from;
    v[count - 1] = to;
    return new Axis(name, Kind.LOG, from, to, v);
  }

  /**
   * {@code count} distinct integers evenly spread over [from, to] (each the rounded linear value);
   * {@code count} must not exceed the number of integers in the range.
   */
  public static Axis integers(String name, int from, int to, int count) {
    checkRange(name, from, to, count);
    long available = (long) to - from + 1;
    if (count > available) {
      throw new IllegalArgumentException(String.format(
          "integer axis %s asks for %d values but [%d, %d] holds only %d integers", name, count,
          from, to, available));
    }
    double[] v = new double[count];
    for (int i = 0; i < count; i++) {
      v[i] = count == 1 ? from : Math.round(from + ((double) to - from) * i / (count - 1));
    }
    return new Axis(name, Kind.INTEGERS, from, to, v);
  }

  /** The axis name, a CSV column header: letters, digits and underscores. */
  public String name() {
    return name;
  }

  /** The same axis under another name. */
  public Axis withName(String newName) {
    return new Axis(newName, kind, from, to, values);
  }

  /** The number of grid values. */
  public int size() {
    return values.length;
  }

  /** Grid value {@code i}, 0 ≤ i &lt; {@link #size()}. */
  public double value(int i) {
    return values[i];
  }

  /** A copy of the grid values. */
  public double[] values() {
    return values.clone();
  }

  /** True when every value of this axis, gridded or sampled, is an integer. */
  public boolean integral() {
    if (kind == Kind.INTEGERS) {
      return true;
    }
    if (kind != Kind.EXPLICIT) {
      return false;
    }
    for (double v : values) {
      if (v != Math.rint(v)) {
        return false;
      }
    }
    return true;
  }

  /** The smallest value a grid or a sample of this axis can take. */
  public double min() {
    return kind == Kind.EXPLICIT ? Arrays.stream(values).min().orElseThrow() : Math.min(from, to);
  }

  /** The largest value a grid or a sample of this axis can take. */
  public double max() {
    return kind == Kind.EXPLICIT ? Arrays.stream(values).max().orElseThrow() : Math.max(from, to);
  }

  /** The value of a sample coordinate {@code u} in [0, 1): see the class comment. */
  public double fromUnit(double u) {
    switch (kind) {
      case EXPLICIT:
        return values[Math.min(values.length - 1, (int) (u * values.length))];
      case LINEAR:
        return from + u * (to - from);
      case LOG:
        return from * Math.pow(to / from, u);
      default:
        double span = to - from + 1;
        return Math.min(to, from + Math.floor(u * span));
    }
  }

  /** One line that identifies this axis exactly (used to check that a resumed sweep is the same). */
  public String describe() {
    String range = kind == Kind.EXPLICIT ? "" : " [" + from + ", " + to + "]";
    return String.format("%s: %s%s, %d values, hash %08x", name, kind.name().toLowerCase(), range,
        values.length, Arrays.hashCode(values));
  }

  @Override
  public String toString() {
    return "Axis[" + describe() + "]";
  }

  /**
   * An axis name is an identifier (a letter followed by letters, digits or '_'), or a qualified
   * name {@code GROUP.parameter} (e.g. {@code D1N1.tr_0}) whose group part may also hold '-' and
   * start with a digit.
   */
  static void checkName(String name) {
    if (name != null && name.indexOf('.') >= 0) {
      if (!name.matches("[A-Za-z0-9_][A-Za-z0-9_+\\-]*\\.[A-Za-z][A-Za-z0-9_]*")) {
        throw new IllegalArgumentException("a qualified axis name must be GROUP.parameter (GROUP of "
            + "letters, digits, '_', '-' or '+', parameter a letter followed by letters, digits or "
            + "'_'), but was '" + name + "'");
      }
      return;
    }
    if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException(
          "axis name must be a letter followed by letters, digits or '_', but was '" + name + "'");
    }
  }

  private static void checkRange(String name, double from, double to, int count) {
    checkName(name);
    if (!Double.isFinite(from) || !Double.isFinite(to)) {
      throw new IllegalArgumentException(String.format(
          "axis %s range must be finite, but was [%s, %s]", name, from, to));
    }
    Checks.atLeast(count, 1, "axis " + name + " count");
  }

  private static double round12(double v) {
    return v == 0 ? 0 : new BigDecimal(v).round(DIGITS).doubleValue();
  }
}
