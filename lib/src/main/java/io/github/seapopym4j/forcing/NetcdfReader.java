package io.github.seapopym4j.forcing;

import io.github.seapopym4j.internal.MemoryBudget;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.exceptions.HdfException;
import io.github.seapopym4j.netcdf.NetcdfFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Reads a forcing variable from a NetCDF file: NetCDF-4 (HDF5) with jhdf, or classic NetCDF-3 (CDF-1
 * and the 64-bit offset CDF-2 that seapopym4j writes) with {@link ClassicNetcdfReader}, told apart by
 * the file's first bytes.
 *
 * <p>What is read when: {@link #temperature}/{@link #production} open the file, read its structure,
 * the variable's attributes and its coordinate variables (time, lat, lon, layer: small), check them
 * (time uniform and increasing, units known) and close the file. The values themselves are read on
 * first use of the returned {@link Forcing} ({@link NetcdfValues}), after checking that the file has
 * not changed since.
 *
 * <p>Any dimension order is accepted and transposed into the model's [time, lat, lon, layer]; a
 * temperature without a layer dimension becomes one layer labelled 1, and a layer dimension without a
 * coordinate variable gets labels 1..n. {@code _FillValue}/{@code missing_value} become NaN;
 * {@code scale_factor}/{@code add_offset} are applied.
 */
final class NetcdfReader {

  private NetcdfReader() {}

  static GridVariable temperature(Path file, LoadOptions o) {
    return read(file, true, o, null);
  }

  static GridVariable production(Path file, LoadOptions o) {
    return read(file, false, o, null);
  }

  /** Only latitude rows {@code rows} (null: all); only they are read. */
  static GridVariable read(Path file, boolean temperature, LoadOptions o, Rows rows) {
    return readFile(file, temperature, o, rows);
  }

  /**
   * A data variable as either file format shows it: name, shape (outermost first), dimensions,
   * attributes, and how to read its stored values whole (flat, in the file's order).
   */
  record Source(String name, int[] shape, List<NetcdfHeader.Dim> dims,
      Function<String, Object> attribute, Slab raw) {}

  /** Reads the hyperslab {@code [start, start + count)} of the stored values, flat, in file order. */
  interface Slab {
    double[] read(int[] start, int[] count);
  }

  private static GridVariable readFile(Path file, boolean temperature, LoadOptions o, Rows rows) {
    String what = temperature ? "temperature" : "primary production";
    FileStamp stamp = FileStamp.of(file, what);
    if (NetcdfFile.isClassic(stamp.path())) {
      return ClassicNetcdfReader.read(stamp, temperature, o, rows);
    }
    try (HdfFile hdf = new HdfFile(stamp.path())) {
      NetcdfHeader header = new NetcdfHeader(hdf, stamp.path());
      Dataset var = temperature
          ? header.find(o.temperatureVariable(), LoadOptions.TEMPERATURE_NAMES, what, "temperatureVariable")
          : header.find(o.productionVariable(), LoadOptions.PRODUCTION_NAMES, what, "productionVariable");
      String name = var.getName();
      Path path = stamp.path();
      int[] shape = var.getDimensions();
      Source source = new Source(name, shape, header.dims(var),
          a -> NetcdfAttributes.data(var, a), (start, count) -> {
            try (HdfFile h = new HdfFile(path)) {
              Dataset d = h.getDatasetByPath(name);
              if (java.util.Arrays.equals(count, shape)) {
                return NetcdfAttributes.doubles(d.getDataFlat());
              }
              long[] offset = java.util.Arrays.stream(start).asLongStream().toArray();
              try {
                return NetcdfValues.flatten(d.getData(offset, count));
              } catch (io.jhdf.exceptions.UnsupportedHdfException e) {
                // a layout jhdf cannot slice: read it whole and cut the band out
                return NetcdfFile.cut(NetcdfAttributes.doubles(d.getDataFlat()), shape, start,
                    count);
              }
            }
          });
      return build(stamp, source, temperature, o, rows);
    } catch (HdfException e) {
      throw new IllegalArgumentException(String.format(
          "%s: cannot read %s as a NetCDF-4 (HDF5) file: %s. NetCDF-3 classic and 64-bit offset "
              + "files are read too, but this is neither; convert with 'nccopy -k nc4 in.nc out.nc'",
          stamp.path(), what, e.getMessage()), e);
    }
  }

  /** Checks the variable's axes and units and returns it as a lazy forcing (both formats). */
  static GridVariable build(FileStamp stamp, Source var, boolean temperature, LoadOptions o,
      Rows rows) {
    String what = temperature ? "temperature" : "primary production";
    String where = stamp.path() + " variable '" + var.name() + "'";
    List<NetcdfHeader.Dim> dims = var.dims();
    Map<NetcdfHeader.Role, Integer> axisOf = axes(where, dims, temperature);
    TimeAxis time = timeAxis(where, dims.get(axisOf.get(NetcdfHeader.Role.TIME)));
    double[] lat = coordinate(where, dims.get(axisOf.get(NetcdfHeader.Role.LAT)));
    int[] start = new int[var.shape().length];
    int[] count = var.shape().clone();
    if (rows != null) {
      int latAxis = axisOf.get(NetcdfHeader.Role.LAT);
      rows.checkWithin(lat.length, where);
      start[latAxis] = rows.first();
      count[latAxis] = rows.count();
      lat = java.util.Arrays.copyOfRange(lat, rows.first(), rows.first() + rows.count());
    }
    double[] lon = coordinate(where, dims.get(axisOf.get(NetcdfHeader.Role.LON)));
    Integer layerAxis = axisOf.get(NetcdfHeader.Role.LAYER);
    int[] layers = temperature ? layers(where, layerAxis == null ? null : dims.get(layerAxis)) : null;
    long[] shape = temperature
        ? new long[] {time.size(), lat.length, lon.length, layers.length}
        : new long[] {time.size(), lat.length, lon.length};
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    long total = n;
    // Checked when the values are read (a set used only for its axes, such as a streamed run's,
    // never reads them). Reading copies them twice on the heap (as read, then transposed) and once
    // off it.
    NetcdfValues values = new NetcdfValues(stamp, var.name(), what, () -> {
      MemoryBudget.require(String.format("%s: %,d values", where, total), 2 * total * Double.BYTES,
          total * (o.dataType() == DataType.FLOAT ? Float.BYTES : Double.BYTES), "load fewer steps "
              + "or cells (cut the file, e.g. ncks -d time,0,364 in.nc out.nc), read as float32");
      return var.raw().read(start, count);
    }, count, permutation(axisOf, temperature), conversion(where, var.attribute(), temperature, o),
        !temperature, o.dataType(), time, lat, lon);
    Forcing forcing = Forcing.lazy(temperature ? "temperature" : "primary_production",
        temperature ? ForcingSet.TEMPERATURE_DIMS : ForcingSet.PRODUCTION_DIMS,
        temperature ? ForcingSet.TEMPERATURE_UNITS : ForcingSet.PRODUCTION_UNITS, shape,
        o.dataType(), values);
    return new GridVariable(forcing, time, lat, lon, layers, where);
  }

  static Map<NetcdfHeader.Role, Integer> axes(String where, List<NetcdfHeader.Dim> dims,
      boolean temperature) {
    Map<NetcdfHeader.Role, Integer> axisOf = new EnumMap<>(NetcdfHeader.Role.class);
    List<String> found = new ArrayList<>();
    for (int k = 0; k < dims.size(); k++) {
      NetcdfHeader.Dim d = dims.get(k);
      found.add(d.name() + "=" + d.role().name().toLowerCase(java.util.Locale.ROOT));
      if (axisOf.put(d.role(), k) != null) {
        throw new IllegalArgumentException(String.format(
            "%s: two dimensions have the role %s: %s", where, d.role(), found));
      }
    }
    boolean ok = axisOf.containsKey(NetcdfHeader.Role.TIME) && axisOf.containsKey(NetcdfHeader.Role.LAT)
        && axisOf.containsKey(NetcdfHeader.Role.LON)
        && (temperature || !axisOf.containsKey(NetcdfHeader.Role.LAYER));
    if (!ok) {
      throw new IllegalArgumentException(String.format(
          "%s: expected dimensions %s (any order), but found %s", where,
          temperature ? "time, lat, lon and optionally layer" : "time, lat, lon", found));
    }
    return axisOf;
  }

  /** For each target axis (time, lat, lon[, layer]), the source axis; -1 for a missing layer. */
  private static int[] permutation(Map<NetcdfHeader.Role, Integer> axisOf, boolean temperature) {
    int n = temperature ? 4 : 3;
    int[] p = new int[n];
    for (int k = 0; k < n; k++) {
      p[k] = axisOf.getOrDefault(NetcdfHeader.Role.values()[k], -1);
    }
    return p;
  }

  private static TimeAxis timeAxis(String where, NetcdfHeader.Dim d) {
    if (!d.hasValues()) {
      throw new IllegalArgumentException(where + ": time dimension '" + d.name()
          + "' has no coordinate variable; expected dates as '<unit> since <date>'");
    }
    return CfTime.axis(where + " time '" + d.name() + "'", d.values().get(), d.units(),
        d.calendar());
  }

  private static double[] coordinate(String where, NetcdfHeader.Dim d) {
    if (!d.hasValues()) {
      throw new IllegalArgumentException(where + ": " + d.role().name().toLowerCase(java.util.Locale.ROOT)
          + " dimension '" + d.name() + "' has no coordinate variable; expected its values in degrees");
    }
    return NetcdfAttributes.doubles(d.values().get());
  }

  private static int[] layers(String where, NetcdfHeader.Dim d) {
    if (d == null) {
      return new int[] {1};
    }
    int[] labels = new int[d.size()];
    if (!d.hasValues()) {
      for (int i = 0; i < labels.length; i++) {
        labels[i] = i + 1;
      }
      return labels;
    }
    double[] values = NetcdfAttributes.doubles(d.values().get());
    for (int i = 0; i < labels.length; i++) {
      if (values[i] != Math.rint(values[i]) || Math.abs(values[i]) > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(String.format(
            "%s: layer coordinate '%s' must hold integer labels (e.g. 1, 2, 3), but value %d is %s",
            where, d.name(), i, values[i]));
      }
      labels[i] = (int) values[i];
    }
    return labels;
  }

  /** How stored values become model units (packing and unit conversion together). */
  static NetcdfValues.Conversion conversion(String where, Function<String, Object> var,
      boolean temperature, LoadOptions o) {
    String override = temperature ? o.temperatureUnits() : o.productionUnits();
    String units = override != null ? override : NetcdfAttributes.string(var.apply("units"));
    String option = temperature ? "temperatureUnits" : "productionUnits";
    if (units == null) {
      throw new IllegalArgumentException(String.format(
          "%s: no 'units' attribute; expected %s; or give them with LoadOptions.builder().%s(\"...\")",
          where, temperature ? ForcingUnits.ACCEPTED_TEMPERATURE : ForcingUnits.ACCEPTED_PRODUCTION,
          option));
    }
    double scale = NetcdfAttributes.number(var.apply("scale_factor"));
    double offset = NetcdfAttributes.number(var.apply("add_offset"));
    scale = Double.isNaN(scale) ? 1.0 : scale;
    offset = Double.isNaN(offset) ? 0.0 : offset;
    try {
      double fill = NetcdfAttributes.number(var.apply("_FillValue"));
      double missing = NetcdfAttributes.number(var.apply("missing_value"));
      if (temperature) {
        return new NetcdfValues.Conversion(scale, offset + ForcingUnits.temperatureOffset(units),
            fill, missing);
      }
      double f = ForcingUnits.productionFactor(units);
      return new NetcdfValues.Conversion(scale * f, offset * f, fill, missing);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }
}
