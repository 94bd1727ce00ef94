package io.github.seapopym4j.forcing;

import io.jhdf.api.Attribute;
import io.jhdf.api.Node;
import java.lang.reflect.Array;

/**
 * The project's one set of jhdf helpers for NetCDF-4 attributes and numeric data, used by the
 * forcing readers and the NetCDF observation reader: attribute values as text or number, and any
 * numeric value or array jhdf returns as doubles.
 */
public final class NetcdfAttributes {

  private NetcdfAttributes() {}

  /** An attribute's raw value, or null when absent. */
  public static Object data(Node node, String name) {
    Attribute a = node.getAttributes().get(name);
    return a == null ? null : a.getData();
  }

  /**
   * An attribute's value as text (the elements of a string array joined by a space; a number in
   * {@link String#valueOf} form), or null when absent or neither.
   */
  public static String string(Node node, String name) {
    return string(data(node, name));
  }

  /** An attribute value (as jhdf or the classic reader return it) as text, as {@link #string(Node,
   * String)}. */
  public static String string(Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof String[] a) {
      return a.length == 0 ? null : String.join(" ", a);
    }
    return v instanceof Number ? String.valueOf(v) : null;
  }

  /** An attribute's first numeric value as a double, or {@code absent} when absent or not numeric. */
  public static double number(Node node, String name, double absent) {
    double v = number(data(node, name));
    return Double.isNaN(v) ? absent : v;
  }

  /** An attribute value's first number as a double, or NaN when absent or not numeric. */
  public static double number(Object v) {
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v != null && v.getClass().isArray() && Array.getLength(v) > 0
        && Array.get(v, 0) instanceof Number n) {
      return n.doubleValue();
    }
    return Double.NaN;
  }

  /**
   * Any numeric value or array jhdf returns (attribute or dataset data, flattened), as doubles; a
   * {@code double[]} is returned as it is.
   *
   * @throws IllegalArgumentException for anything that is not numeric
   */
  public static double[] doubles(Object data) {
    if (data instanceof double[] d) {
      return d;
    }
    if (data instanceof Number n) {
      return new double[] {n.doubleValue()};
    }
    if (data == null || !data.getClass().isArray()) {
      throw new IllegalArgumentException("expected numbers, but found " + data);
    }
    int n = Array.getLength(data);
    double[] out = new double[n];
    if (data instanceof float[] f) {
      for (int i = 0; i < n; i++) {
        out[i] = f[i];
      }
    } else {
      for (int i = 0; i < n; i++) {
        out[i] = ((Number) Array.get(data, i)).doubleValue();
      }
    }
    return out;
  }
}
