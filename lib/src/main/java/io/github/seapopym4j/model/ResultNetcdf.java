package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.TimeAxis;
import io.github.seapopym4j.netcdf.NcType;
import io.github.seapopym4j.netcdf.NetcdfSchema;
import io.github.seapopym4j.netcdf.NetcdfWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outputs of a run as one classic NetCDF file (64-bit offset, CF-1.8), e.g. {@code outputs.nc}.
 *
 * <p>Layout: dimensions {@code time} (the record dimension), {@code group}, {@code lat}, {@code lon};
 * one variable per {@link OutputVariable} under its {@link OutputVariable#label()}: the per-group ones
 * over {@code (time, group, lat, lon)}, {@code day_length} over {@code (time, lat, lon)}. A
 * {@code group} dimension (rather than one variable per group) keeps the variable names fixed
 * whatever the groups, and lets xarray select a group with {@code .sel(group=0)}. Coordinates:
 * {@code time} in "days since" the first date (calendar proleptic_gregorian, axis T), {@code lat}
 * (degrees_north, axis Y), {@code lon} (degrees_east, axis X), {@code group} (the 0-based index of
 * the CSV export and of groups.csv). Land cells (see {@link #land}) hold NaN, declared as
 * {@code _FillValue} (the CSV export writes the model's 0 there). The groups' parameters are global
 * attributes {@code group_name} (comma separated), {@code group_energy_transfert}, ... one value per
 * group; the caller adds the run's settings.
 *
 * <p>Values are written one time step at a time (memory: one step of one variable), as doubles, or
 * as floats with {@code float32} (half the size; relative rounding ≤ 2⁻²⁴). The file appears
 * atomically when complete.
 */
public final class ResultNetcdf {

  private ResultNetcdf() {}

  /**
   * Writes every output variable of {@code out} to {@code file}.
   *
   * @param land [lat × lon] cells written as NaN, or null for none
   * @param biomassUnits units of biomass, e.g. {@code ModelConfig.units().biomassUnits()}
   * @param attributes global attributes added to the file (the run's settings)
   */
  public static void write(ModelOutput out, Path file, boolean[] land, boolean float32,
      String biomassUnits, Map<String, Object> attributes) {
    TimeAxis time = out.time();
    double[] lat = out.latitude();
    double[] lon = out.longitude();
    int groups = out.groups().size();
    int cells = lat.length * lon.length;
    if (land != null && land.length != cells) {
      throw new IllegalArgumentException("land mask has " + land.length + " cells, but the grid has "
          + lat.length + " × " + lon.length);
    }
    NcType type = float32 ? NcType.FLOAT : NcType.DOUBLE;
    NetcdfSchema s = schema(out, type, biomassUnits, attributes);
    try (NetcdfWriter w = NetcdfWriter.create(file, s)) {
      w.write("lat", lat);
      w.write("lon", lon);
      double[] index = new double[groups];
      for (int g = 0; g < groups; g++) {
        index[g] = g;
      }
      w.write("group", index);
      double[] slab = new double[groups * cells];
      for (int t = 0; t < time.size(); t++) {
        w.writeRecord("time", t, new double[] {(double) t * time.stepDays()});
        for (OutputVariable v : OutputVariable.values()) {
          int ng = v.perGroup() ? groups : 1;
          double[] values = v.perGroup() ? slab : new double[cells];
          for (int g = 0; g < ng; g++) {
            for (int y = 0; y < lat.length; y++) {
              for (int x = 0; x < lon.length; x++) {
                int c = y * lon.length + x;
                values[g * cells + c] = land != null && land[c] ? Double.NaN
                    : v.value(out, g, t, y, x);
              }
            }
          }
          w.writeRecord(v.label(), t, values);
        }
      }
      w.commit();
    }
  }

  /** Land cells [lat × lon] of a forcing set: no temperature in any layer at the first step. */
  public static boolean[] land(ForcingSet forcings) {
    int ny = forcings.latSize();
    int nx = forcings.lonSize();
    boolean[] land = new boolean[ny * nx];
    for (int y = 0; y < ny; y++) {
      for (int x = 0; x < nx; x++) {
        boolean any = false;
        for (int z = 0; z < forcings.layerSize() && !any; z++) {
          any = !Double.isNaN(forcings.temperature().get(0, y, x, z));
        }
        land[y * nx + x] = !any;
      }
    }
    return land;
  }

  private static NetcdfSchema schema(ModelOutput out, NcType type, String biomassUnits,
      Map<String, Object> attributes) {
    TimeAxis time = out.time();
    List<FunctionalGroup> groups = out.groups();
    NetcdfSchema s = new NetcdfSchema().recordDimension("time", time.size())
        .dimension("group", groups.size()).dimension("lat", out.latitude().length)
        .dimension("lon", out.longitude().length)
        .attribute("Conventions", "CF-1.8")
        .attribute("title", "SEAPOPYM no-transport model outputs")
        .attribute("source", "seapopym4j");
    attributes.forEach(s::attribute);
    s.attribute("group_name", groups.stream().map(FunctionalGroup::name)
        .collect(Collectors.joining(",")));
    s.attribute("group_energy_transfert", each(groups, FunctionalGroup::energyTransfert));
    s.attribute("group_day_layer", groups.stream().mapToInt(FunctionalGroup::dayLayer).toArray());
    s.attribute("group_night_layer", groups.stream().mapToInt(FunctionalGroup::nightLayer).toArray());
    s.attribute("group_lambda_temperature_0", each(groups, FunctionalGroup::lambdaTemperature0));
    s.attribute("group_gamma_lambda_temperature",
        each(groups, FunctionalGroup::gammaLambdaTemperature));
    s.attribute("group_tr_0", each(groups, FunctionalGroup::tr0));
    s.attribute("group_gamma_tr", each(groups, FunctionalGroup::gammaTr));
    s.variable("time", NcType.DOUBLE, "time").attribute("standard_name", "time")
        .attribute("long_name", "time").attribute("units", "days since " + time.start())
        .attribute("calendar", "proleptic_gregorian").attribute("axis", "T");
    s.variable("group", NcType.INT, "group").attribute("long_name",
        "functional group index (0-based; names in the global attribute group_name)");
    s.variable("lat", NcType.DOUBLE, "lat").attribute("standard_name", "latitude")
        .attribute("long_name", "latitude").attribute("units", "degrees_north").attribute("axis", "Y");
    s.variable("lon", NcType.DOUBLE, "lon").attribute("standard_name", "longitude")
        .attribute("long_name", "longitude").attribute("units", "degrees_east").attribute("axis", "X");
    String production = biomassUnits.replace("/", " ").replace("m2", "m-2") + " day-1";
    Object fill = type == NcType.FLOAT ? (Object) Float.NaN : (Object) Double.NaN;
    for (OutputVariable v : OutputVariable.values()) {
      String[] dims = v.perGroup() ? new String[] {"time", "group", "lat", "lon"}
          : new String[] {"time", "lat", "lon"};
      String[] meta = switch (v) {
        case BIOMASS -> new String[] {"biomass", biomassUnits.replace("/", " ").replace("m2", "m-2")};
        case PRODUCTION_RECRUITED -> new String[] {"recruited production", production};
        case MORTALITY -> new String[] {"mortality rate", "day-1"};
        case AVERAGE_TEMPERATURE -> new String[] {"day-length weighted mean temperature", "degC"};
        case DAY_LENGTH -> new String[] {"day length (fraction of the day)", "1"};
      };
      s.variable(v.label(), type, dims).attribute("long_name", meta[0]).attribute("units", meta[1])
          .attribute("_FillValue", fill);
    }
    return s;
  }

  private static double[] each(List<FunctionalGroup> groups,
      java.util.function.ToDoubleFunction<FunctionalGroup> f) {
    return groups.stream().mapToDouble(f).toArray();
  }
}
