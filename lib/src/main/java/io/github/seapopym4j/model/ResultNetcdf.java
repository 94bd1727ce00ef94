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
 * <p>Values are written one time step at a time (memory: one step of one variable), for the whole
 * grid ({@link #write}) or band of rows by band ({@link #open}), as doubles, or
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
    write(out, file, land, float32, List.of(OutputVariable.values()), biomassUnits, attributes);
  }

  /** {@link #write(ModelOutput, Path, boolean[], boolean, String, Map)} of {@code variables} only. */
  public static void write(ModelOutput out, Path file, boolean[] land, boolean float32,
      List<OutputVariable> variables, String biomassUnits, Map<String, Object> attributes) {
    try (Blocks w = open(file, out.time(), out.latitude(), out.longitude(), out.groups(), float32,
        variables, biomassUnits, attributes)) {
      w.write(out, 0, land);
      w.commit();
    }
  }

  /**
   * Starts a file for the whole grid with {@code variables} (in the enum's order), to be filled by
   * bands of latitude rows ({@link Blocks#write}, {@link Blocks#writeStep}), each run separately: a
   * run in blocks never holds the whole grid's outputs.
   */
  public static Blocks open(Path file, TimeAxis time, double[] lat, double[] lon,
      List<FunctionalGroup> groups, boolean float32, List<OutputVariable> variables,
      String biomassUnits, Map<String, Object> attributes) {
    NcType type = float32 ? NcType.FLOAT : NcType.DOUBLE;
    List<OutputVariable> vars = java.util.Arrays.stream(OutputVariable.values())
        .filter(variables::contains).toList();
    if (vars.isEmpty()) {
      throw new IllegalArgumentException("an output file needs at least one variable");
    }
    NetcdfWriter w = NetcdfWriter.create(file,
        schema(time, lat.length, lon.length, groups, type, vars, biomassUnits, attributes));
    try {
      w.write("lat", lat);
      w.write("lon", lon);
      double[] index = new double[groups.size()];
      for (int g = 0; g < index.length; g++) {
        index[g] = g;
      }
      w.write("group", index);
      for (int t = 0; t < time.size(); t++) {
        w.writeRecord("time", t, new double[] {(double) t * time.stepDays()});
      }
      return new Blocks(w, time, lat.clone(), lon.clone(), groups.size(), vars);
    } catch (RuntimeException e) {
      w.close();
      throw e;
    }
  }

  /** The file of {@link #open}, written band by band; not thread-safe. */
  public static final class Blocks implements AutoCloseable {
    private final NetcdfWriter writer;
    private final TimeAxis time;
    private final double[] lat;
    private final double[] lon;
    private final int groups;
    private final List<OutputVariable> variables;

    private Blocks(NetcdfWriter writer, TimeAxis time, double[] lat, double[] lon, int groups,
        List<OutputVariable> variables) {
      this.variables = variables;
      this.writer = writer;
      this.time = time;
      this.lat = lat;
      this.lon = lon;
      this.groups = groups;
    }

    /**
     * Writes the outputs of {@code block}, a run over latitude rows {@code firstRow...} of the grid
     * and all its longitudes, time step by time step.
     *
     * @param land [block rows × lon] cells written as NaN, or null for none
     */
    public void write(ModelOutput block, int firstRow, boolean[] land) {
      double[] rows = block.latitude();
      int ny = rows.length;
      int nx = lon.length;
      if (block.groups().size() != groups || block.time().size() != time.size()
          || block.longitude().length != nx || firstRow < 0 || firstRow + ny > lat.length
          || !java.util.Arrays.equals(rows, java.util.Arrays.copyOfRange(lat, firstRow, firstRow + ny))) {
        throw new IllegalArgumentException(String.format("block of %d rows from row %d, %d groups, "
            + "%d steps does not fit the file's %d × %d grid, %d groups, %d steps", ny, firstRow,
            block.groups().size(), block.time().size(), lat.length, nx, groups, time.size()));
      }
      if (land != null && land.length != ny * nx) {
        throw new IllegalArgumentException("land mask has " + land.length + " cells, but the block "
            + "has " + ny + " × " + nx);
      }
      int cells = ny * nx;
      double[] values = new double[cells];
      ModelRun run = block instanceof ModelRun r ? r : null;
      double[] scratch = run == null ? null : new double[run.simulatedCells()];
      for (int t = 0; t < time.size(); t++) {
        for (OutputVariable v : variables) {
          int ng = v.perGroup() ? groups : 1;
          for (int g = 0; g < ng; g++) {
            if (run != null) {
              run.stepInto(v, g, t, scratch, values);
            } else {
              for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                  values[y * nx + x] = v.value(block, g, t, y, x);
                }
              }
            }
            if (land != null) {
              for (int c = 0; c < cells; c++) {
                values[c] = land[c] ? Double.NaN : values[c];
              }
            }
            writer.writeRecord(v.label(), t, ((long) g * lat.length + firstRow) * nx, values);
          }
        }
      }
    }

    /** The variables of the file, in its order. */
    public List<OutputVariable> variables() {
      return variables;
    }

    /**
     * Writes one step of one variable over latitude rows {@code firstRow...} of the grid and all its
     * longitudes ({@code values}: [rows × lon], NaN on land).
     */
    void writeStep(OutputVariable variable, int group, int t, int firstRow, double[] values) {
      if (values.length % lon.length != 0 || firstRow < 0
          || firstRow + values.length / lon.length > lat.length) {
        throw new IllegalArgumentException(String.format("%d values from row %d do not fit the "
            + "file's %d × %d grid", values.length, firstRow, lat.length, lon.length));
      }
      writer.writeRecord(variable.label(), t, ((long) group * lat.length + firstRow) * lon.length,
          values);
    }

    /** Moves the file into place. */
    public void commit() {
      writer.commit();
    }

    /** Deletes the file unless committed. */
    @Override
    public void close() {
      writer.close();
    }
  }

  /**
   * The biomass of a run's {@code outputs.nc} written by {@link #write} or {@link #open}, with land as
   * 0 (as in the CSV export): the NetCDF counterpart of {@link ResultCsv#read(Path, OutputVariable)}.
   *
   * @throws IllegalArgumentException naming the file when it is not such an output
   */
  public static OutputField read(Path file) {
    return NetcdfBiomass.read(file).field(file);
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

  private static NetcdfSchema schema(TimeAxis time, int ny, int nx, List<FunctionalGroup> groups,
      NcType type, List<OutputVariable> variables, String biomassUnits,
      Map<String, Object> attributes) {
    NetcdfSchema s = new NetcdfSchema().recordDimension("time", time.size())
        .dimension("group", groups.size()).dimension("lat", ny).dimension("lon", nx)
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
    for (OutputVariable v : variables) {
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
