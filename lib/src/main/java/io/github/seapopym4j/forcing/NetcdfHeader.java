package io.github.seapopym4j.forcing;


import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The structure of a NetCDF-4 file as jhdf shows it: the datasets of the root group, which of them
 * are data variables, and the dimensions of a variable.
 *
 * <p>Dimensions are found the way netCDF-C writes them: the {@code DIMENSION_LIST} attribute (object
 * references to dimension-scale datasets); failing that, {@code _Netcdf4Coordinates} (dimension ids)
 * matched to the {@code _Netcdf4Dimid} of the dimension scales. A dimension's role (time, lat, lon,
 * layer) comes from its {@code axis} attribute, else {@code standard_name}, else {@code units}
 * ("... since ...", degrees_north/east), else its name. Only the root group is searched.
 */
final class NetcdfHeader {

  /** The role of a dimension in the model's order. */
  enum Role { TIME, LAT, LON, LAYER }

  /**
   * A dimension of a variable, whatever the file format: name, size, role, and its coordinate
   * variable's values, units and calendar ({@code values} null when it has no coordinate variable).
   */
  record Dim(String name, int size, Role role, Supplier<Object> values, String units,
      String calendar) {
    boolean hasValues() {
      return values != null;
    }
  }

  private static final String PHONY = "This is a netCDF dimension but not a netCDF variable";

  final Path file;
  private final Map<String, Dataset> datasets = new LinkedHashMap<>();
  private final Map<Long, Dataset> byAddress = new LinkedHashMap<>();

  NetcdfHeader(HdfFile hdf, Path file) {
    this.file = file;
    for (Node n : hdf) {
      if (n instanceof Dataset d) {
        datasets.put(n.getName(), d);
        byAddress.put(n.getAddress(), d);
      }
    }
  }

  /** Names of the data variables of rank 3 or 4 (candidates for a forcing). */
  List<String> dataVariables() {
    List<String> out = new ArrayList<>();
    datasets.forEach((name, d) -> {
      if (isForcingCandidate(d)) {
        out.add(name);
      }
    });
    return out;
  }

  /**
   * The variable called {@code explicit}, or the first of {@code candidates} that is a rank-3/4 data
   * variable.
   *
   * @param what "temperature" or "primary production"
   * @param option the LoadOptions setting that names it, quoted in errors
   */
  Dataset find(String explicit, List<String> candidates, String what, String option) {
    if (explicit != null) {
      Dataset d = datasets.get(explicit);
      if (d == null || !isForcingCandidate(d)) {
        throw new IllegalArgumentException(String.format(
            "%s: %s variable '%s' %s; expected a data variable of rank 3 or 4 among %s",
            file, what, explicit, d == null ? "does not exist" : "is a coordinate or has the wrong rank "
                + java.util.Arrays.toString(d.getDimensions()), dataVariables()));
      }
      return d;
    }
    for (String name : candidates) {
      Dataset d = datasets.get(name);
      if (d != null && isForcingCandidate(d)) {
        return d;
      }
    }
    throw new IllegalArgumentException(String.format(
        "%s: no %s variable found: tried %s; the file's data variables are %s; name one with "
            + "LoadOptions.builder().%s(\"...\")", file, what, candidates, dataVariables(), option));
  }

  private boolean isForcingCandidate(Dataset d) {
    int rank = d.getDimensions().length;
    return (rank == 3 || rank == 4) && !"DIMENSION_SCALE".equals(NetcdfAttributes.string(d, "CLASS"))
        && Number.class.isAssignableFrom(box(d.getJavaType()));
  }

  /** The dimensions of {@code var}, outermost first. */
  List<Dim> dims(Dataset var) {
    int[] shape = var.getDimensions();
    List<Dataset> scales = scales(var, shape.length);
    List<Dim> dims = new ArrayList<>();
    for (int k = 0; k < shape.length; k++) {
      Dataset s = scales.get(k);
      String phonyName = NetcdfAttributes.string(s, "NAME");
      boolean phony = phonyName != null && phonyName.startsWith(PHONY);
      dims.add(new Dim(s.getName(), shape[k], role(var, s), phony ? null : s::getDataFlat,
          NetcdfAttributes.string(s, "units"), NetcdfAttributes.string(s, "calendar")));
    }
    return dims;
  }

  private List<Dataset> scales(Dataset var, int rank) {
    Object list = NetcdfAttributes.data(var, "DIMENSION_LIST");
    List<Dataset> out = new ArrayList<>();
    if (list instanceof Object[] refs && refs.length == rank) {
      for (Object r : refs) {
        long address = r instanceof long[] a && a.length > 0 ? a[0] : -1;
        Dataset d = byAddress.get(address);
        if (d == null) {
          out.clear();
          break;
        }
        out.add(d);
      }
      if (out.size() == rank) {
        return out;
      }
    }
    if (NetcdfAttributes.data(var, "_Netcdf4Coordinates") instanceof int[] ids && ids.length == rank) {
      for (int id : ids) {
        datasets.values().stream()
            .filter(d -> "DIMENSION_SCALE".equals(NetcdfAttributes.string(d, "CLASS"))
                && NetcdfAttributes.data(d, "_Netcdf4Dimid") instanceof Number n && n.intValue() == id)
            .findFirst().ifPresent(out::add);
      }
      if (out.size() == rank) {
        return out;
      }
    }
    throw new IllegalArgumentException(String.format(
        "%s: cannot tell the dimensions of variable '%s': neither DIMENSION_LIST nor "
            + "_Netcdf4Coordinates name its %d dimensions (is it a NetCDF-4 file written by netCDF-C?)",
        file, var.getName(), rank));
  }

  private Role role(Dataset var, Dataset scale) {
    return role(file, var.getName(), scale.getName(), NetcdfAttributes.string(scale, "axis"),
        NetcdfAttributes.string(scale, "standard_name"), NetcdfAttributes.string(scale, "units"));
  }

  /**
   * The role of dimension {@code dimension} of {@code variable} from its coordinate variable's
   * attributes (any of them null when absent), else its name.
   */
  static Role role(Path file, String variable, String dimension, String axisAttribute,
      String standardName, String unitsAttribute) {
    String axis = lower(axisAttribute);
    String standard = lower(standardName);
    String units = lower(unitsAttribute);
    String name = lower(dimension);
    if (axis != null && axis.length() == 1 && "tyxz".contains(axis)) {
      return Role.values()["tyxz".indexOf(axis)];
    }
    if (standard != null) {
      switch (standard) {
        case "time": return Role.TIME;
        case "latitude": return Role.LAT;
        case "longitude": return Role.LON;
        case "depth", "layer", "height": return Role.LAYER;
        default: break;
      }
    }
    if (units != null && units.contains(" since ")) {
      return Role.TIME;
    }
    if (units != null && units.matches("degrees?_?(north|n)")) {
      return Role.LAT;
    }
    if (units != null && units.matches("degrees?_?(east|e)")) {
      return Role.LON;
    }
    switch (name) {
      case "time", "t", "date", "time_counter": return Role.TIME;
      case "lat", "latitude", "y", "nav_lat": return Role.LAT;
      case "lon", "longitude", "x", "nav_lon": return Role.LON;
      case "layer", "z", "depth", "level", "lev", "deptht": return Role.LAYER;
      default:
        throw new IllegalArgumentException(String.format(
            "%s: variable '%s': cannot tell whether dimension '%s' is time, lat, lon or layer; "
                + "expected an 'axis' attribute (T/Y/X/Z) or a name such as time, lat, lon, layer",
            file, variable, dimension));
    }
  }

  private static String lower(String s) {
    return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
  }

  private static Class<?> box(Class<?> c) {
    if (!c.isPrimitive()) {
      return c;
    }
    return c == double.class ? Double.class : c == float.class ? Float.class : c == long.class
        ? Long.class : c == int.class ? Integer.class : c == short.class ? Short.class
        : c == byte.class ? Byte.class : Object.class;
  }
}
