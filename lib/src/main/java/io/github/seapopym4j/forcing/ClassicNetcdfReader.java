package io.github.seapopym4j.forcing;

import io.github.seapopym4j.netcdf.NcType;
import io.github.seapopym4j.netcdf.NetcdfFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The classic NetCDF side of {@link NetcdfReader}: finds the forcing variable and its dimensions in a
 * CDF-1/CDF-2 file ({@link NetcdfFile}) and hands them to the shared checks. A dimension's
 * coordinate variable is the one-dimensional variable of the same name (the NetCDF convention); its
 * role comes from its attributes as for NetCDF-4. Values (all, or a band of latitude rows) are read on first use.
 */
final class ClassicNetcdfReader {

  private ClassicNetcdfReader() {}

  static GridVariable read(FileStamp stamp, boolean temperature, LoadOptions o, Rows rows) {
    String what = temperature ? "temperature" : "primary production";
    Path path = stamp.path();
    try (NetcdfFile nc = open(path, what)) {
      NetcdfFile.Variable var = variable(nc, temperature, o);
      List<NetcdfHeader.Dim> dims = dims(nc, var);
      String name = var.name();
      NetcdfReader.Source source = new NetcdfReader.Source(name, var.shape(), dims,
          var.attributes()::get, (start, count) -> {
            try (NetcdfFile f = NetcdfFile.open(path)) {
              return f.readSlab(name, start, count);
            }
          });
      return NetcdfReader.build(stamp, source, temperature, o, rows);
    }
  }

  /** The dimensions of {@code var} with their roles and coordinate values. */
  static List<NetcdfHeader.Dim> dims(NetcdfFile nc, NetcdfFile.Variable var) {
    Path path = nc.path();
    List<NetcdfHeader.Dim> dims = new ArrayList<>();
    for (int k = 0; k < var.dimensions().size(); k++) {
      String dim = var.dimensions().get(k);
      NetcdfFile.Variable c = nc.variables().get(dim);
      boolean coordinate = c != null && c.dimensions().equals(List.of(dim));
      Map<String, Object> a = coordinate ? c.attributes() : Map.of();
      double[] values = coordinate ? nc.read(dim) : null;
      dims.add(new NetcdfHeader.Dim(dim, var.shape()[k], NetcdfHeader.role(path, var.name(), dim,
          NetcdfAttributes.string(a.get("axis")), NetcdfAttributes.string(a.get("standard_name")),
          NetcdfAttributes.string(a.get("units"))), values == null ? null : () -> values,
          NetcdfAttributes.string(a.get("units")), NetcdfAttributes.string(a.get("calendar"))));
    }
    return dims;
  }

  /** The forcing variable of a classic file: named by the options, or the first candidate. */
  static NetcdfFile.Variable variable(NetcdfFile nc, boolean temperature, LoadOptions o) {
    String what = temperature ? "temperature" : "primary production";
    return temperature
        ? find(nc, o.temperatureVariable(), LoadOptions.TEMPERATURE_NAMES, what, "temperatureVariable")
        : find(nc, o.productionVariable(), LoadOptions.PRODUCTION_NAMES, what, "productionVariable");
  }

  static NetcdfFile open(Path path, String what) {
    try {
      return NetcdfFile.open(path);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(String.format("%s: cannot read %s as a NetCDF-3 classic "
          + "file: %s", path, what, e.getMessage()), e);
    }
  }

  private static NetcdfFile.Variable find(NetcdfFile nc, String explicit, List<String> candidates,
      String what, String option) {
    if (explicit != null) {
      NetcdfFile.Variable v = nc.variables().get(explicit);
      if (v == null || !isForcingCandidate(v)) {
        throw new IllegalArgumentException(String.format(
            "%s: %s variable '%s' %s; expected a data variable of rank 3 or 4 among %s", nc.path(),
            what, explicit, v == null ? "does not exist" : "has the wrong rank or type "
                + v.dimensions(), dataVariables(nc)));
      }
      return v;
    }
    for (String name : candidates) {
      NetcdfFile.Variable v = nc.variables().get(name);
      if (v != null && isForcingCandidate(v)) {
        return v;
      }
    }
    throw new IllegalArgumentException(String.format(
        "%s: no %s variable found: tried %s; the file's data variables are %s; name one with "
            + "LoadOptions.builder().%s(\"...\")", nc.path(), what, candidates, dataVariables(nc),
        option));
  }

  private static List<String> dataVariables(NetcdfFile nc) {
    return nc.variables().values().stream().filter(ClassicNetcdfReader::isForcingCandidate)
        .map(NetcdfFile.Variable::name).toList();
  }

  private static boolean isForcingCandidate(NetcdfFile.Variable v) {
    int rank = v.shape().length;
    return (rank == 3 || rank == 4) && v.type() != NcType.CHAR;
  }
}
