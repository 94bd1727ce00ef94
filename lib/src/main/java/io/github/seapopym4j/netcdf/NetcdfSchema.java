package io.github.seapopym4j.netcdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a classic NetCDF file holds, before any value is written: dimensions (at most one of them the
 * record dimension, which must then come first in every variable that uses it), global attributes and
 * variables with their attributes. Attribute values are a {@code String} (text), an {@code Integer},
 * {@code Float} or {@code Double}, or an {@code int[]}, {@code float[]} or {@code double[]}.
 *
 * <pre>{@code
 * NetcdfSchema s = new NetcdfSchema()
 *     .recordDimension("time", 365).dimension("lat", 170).dimension("lon", 360)
 *     .attribute("Conventions", "CF-1.8");
 * s.variable("time", NcType.DOUBLE, "time").attribute("units", "days since 1998-01-01");
 * }</pre>
 *
 * <p>Not thread-safe; hand it to {@link NetcdfWriter#create} once complete.
 */
public final class NetcdfSchema {

  /** A dimension; {@code record} marks the record (unlimited) dimension, of {@code length} records. */
  public record Dimension(String name, long length, boolean record) {}

  private final Map<String, Dimension> dims = new LinkedHashMap<>();
  private final Map<String, Object> attributes = new LinkedHashMap<>();
  private final Map<String, Variable> variables = new LinkedHashMap<>();

  /** Adds a fixed-size dimension. */
  public NetcdfSchema dimension(String name, long length) {
    return addDimension(new Dimension(name, length, false));
  }

  /** Adds the record dimension holding {@code records} records (written one by one, any order). */
  public NetcdfSchema recordDimension(String name, long records) {
    if (dims.values().stream().anyMatch(Dimension::record)) {
      throw new IllegalArgumentException("a classic NetCDF file has at most one record dimension; "
          + "cannot add '" + name + "'");
    }
    return addDimension(new Dimension(name, records, true));
  }

  private NetcdfSchema addDimension(Dimension d) {
    checkName(d.name());
    if (d.length() < (d.record() ? 0 : 1) || d.length() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("dimension '" + d.name() + "' must have a length in [1, "
          + Integer.MAX_VALUE + "], but has " + d.length());
    }
    if (dims.putIfAbsent(d.name(), d) != null) {
      throw new IllegalArgumentException("dimension '" + d.name() + "' is defined twice");
    }
    return this;
  }

  /** Sets a global attribute. */
  public NetcdfSchema attribute(String name, Object value) {
    checkName(name);
    attributes.put(name, checkValue(name, value));
    return this;
  }

  /** Adds a variable over the named dimensions (outermost first) and returns it for its attributes. */
  public Variable variable(String name, NcType type, String... dimensions) {
    checkName(name);
    if (type == NcType.BYTE || type == NcType.SHORT) {
      throw new IllegalArgumentException("variable '" + name + "': the writer stores char, int, float "
          + "or double, not " + type);
    }
    List<Dimension> ds = new ArrayList<>();
    for (int k = 0; k < dimensions.length; k++) {
      Dimension d = dims.get(dimensions[k]);
      if (d == null) {
        throw new IllegalArgumentException("variable '" + name + "': unknown dimension '"
            + dimensions[k] + "'; defined: " + dims.keySet());
      }
      if (d.record() && k != 0) {
        throw new IllegalArgumentException("variable '" + name + "': the record dimension '"
            + d.name() + "' must come first");
      }
      ds.add(d);
    }
    Variable v = new Variable(name, type, List.copyOf(ds));
    if (variables.putIfAbsent(name, v) != null) {
      throw new IllegalArgumentException("variable '" + name + "' is defined twice");
    }
    return v;
  }

  List<Dimension> dimensions() {
    return List.copyOf(dims.values());
  }

  Map<String, Object> attributes() {
    return Collections.unmodifiableMap(attributes);
  }

  List<Variable> variables() {
    return List.copyOf(variables.values());
  }

  /** A variable of the schema: name, type, dimensions and attributes. */
  public static final class Variable {
    private final String name;
    private final NcType type;
    private final List<Dimension> dims;
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    private Variable(String name, NcType type, List<Dimension> dims) {
      this.name = name;
      this.type = type;
      this.dims = dims;
    }

    /** Sets an attribute; {@code _FillValue} must have the variable's type (e.g. Float for FLOAT). */
    public Variable attribute(String attribute, Object value) {
      checkName(attribute);
      attributes.put(attribute, checkValue(name + ":" + attribute, value));
      return this;
    }

    public String name() {
      return name;
    }

    public NcType type() {
      return type;
    }

    List<Dimension> dims() {
      return dims;
    }

    Map<String, Object> attributes() {
      return Collections.unmodifiableMap(attributes);
    }

    /** Whether the variable's first dimension is the record dimension. */
    boolean isRecord() {
      return !dims.isEmpty() && dims.get(0).record();
    }

    /** Values per record (record variable) or in total (other), the record dimension excluded. */
    long valuesPerSlab() {
      long n = 1;
      for (Dimension d : dims) {
        n *= d.record() ? 1 : d.length();
      }
      return n;
    }
  }

  private static void checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty() || name.contains("/") || !Character.isLetter(name.codePointAt(0))
        && name.charAt(0) != '_') {
      throw new IllegalArgumentException("NetCDF name '" + name + "' must start with a letter or '_' "
          + "and contain no '/'");
    }
  }

  private static Object checkValue(String name, Object v) {
    if (v instanceof String || v instanceof Integer || v instanceof Float || v instanceof Double
        || v instanceof int[] || v instanceof float[] || v instanceof double[]) {
      return v instanceof int[] a ? a.clone() : v instanceof float[] f ? f.clone()
          : v instanceof double[] d ? d.clone() : v;
    }
    throw new IllegalArgumentException("attribute '" + name + "': expected String, Integer, Float, "
        + "Double or an int/float/double array, but found " + (v == null ? "null" : v.getClass()));
  }
}
