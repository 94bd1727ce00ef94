package io.github.seapopym4j.fitness;

import static io.github.seapopym4j.forcing.NetcdfAttributes.data;
import static io.github.seapopym4j.forcing.NetcdfAttributes.doubles;
import static io.github.seapopym4j.forcing.NetcdfAttributes.number;
import static io.github.seapopym4j.forcing.NetcdfAttributes.string;

import io.github.seapopym4j.forcing.CfTime;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the SeapoPym zooplankton observation products (NetCDF-4): variables {@code day} and
 * {@code night} (at least one), each over {@code time} and optionally {@code latitude},
 * {@code longitude} and a single {@code layer}, in any order, e.g. {@code day(time, latitude,
 * longitude, layer)} in mg m⁻³.
 *
 * <ul>
 *   <li>Dimensions are told apart by the netCDF-4 {@code _Netcdf4Coordinates}/{@code _Netcdf4Dimid}
 *       attributes and the coordinate names ({@code time}; {@code latitude}/{@code lat};
 *       {@code longitude}/{@code lon}; {@code layer}). A file without latitude and longitude (a
 *       station time series) needs the station position from the caller.
 *   <li>Time is decoded from its CF {@code units} and {@code calendar} (see {@link CfTime}).
 *   <li>Values are converted with the variable's {@code units} attribute ({@link ObservationUnits});
 *       the products are in mg m⁻³, so an integration depth is required. NaN, {@code _FillValue} and
 *       {@code missing_value} mean "not observed" and are skipped; {@code scale_factor} and
 *       {@code add_offset} are applied.
 * </ul>
 * Observations are numbered by their 1-based time step in messages.
 */
public final class NetcdfObservationReader {

  /** The variables read, and their period. */
  public static final List<String> VARIABLES = List.of("day", "night");

  private static final Set<String> TIME = Set.of("time");
  private static final Set<String> LAT = Set.of("latitude", "lat");
  private static final Set<String> LON = Set.of("longitude", "lon");
  private static final Set<String> LAYER = Set.of("layer", "depth", "z");

  private NetcdfObservationReader() {
  }

  /**
   * Reads a product with latitude and longitude coordinates.
   *
   * @param integrationDepthMetres the thickness of the sampled layer [m] used to turn
   *     concentrations into g m⁻²; NaN only if the file is already in a mass per area
   */
  public static ObservationSet read(Path file, double integrationDepthMetres) {
    return read(file, integrationDepthMetres, Double.NaN, Double.NaN);
  }

  /**
   * Reads a product; a station time series without latitude/longitude gets the position given
   * (NaN, NaN when the file has its own coordinates).
   *
   * @throws IllegalArgumentException naming the file and variable for any bad input
   */
  public static ObservationSet read(Path file, double integrationDepthMetres,
      double stationLatitude, double stationLongitude) {
    String name = file.toString();
    ObservationSet.Builder out = ObservationSet.builder(name, "time step");
    try (HdfFile h = new HdfFile(file)) {
      List<Dataset> all = new ArrayList<>();
      for (Node n : h.getChildren().values()) {
        if (n instanceof Dataset d) {
          all.add(d);
        }
      }
      int read = 0;
      for (int v = 0; v < VARIABLES.size(); v++) {
        Node node = h.getChildren().get(VARIABLES.get(v));
        if (node instanceof Dataset d) {
          readVariable(name, d, all, v == 0 ? Period.DAY : Period.NIGHT, integrationDepthMetres,
              stationLatitude, stationLongitude, out);
          read++;
        }
      }
      if (read == 0) {
        throw new IllegalArgumentException(String.format("%s: no variable 'day' or 'night'; found %s",
            name, h.getChildren().keySet()));
      }
    } catch (io.jhdf.exceptions.HdfException e) {
      throw new IllegalArgumentException(name + ": not a readable NetCDF-4/HDF5 file: "
          + e.getMessage(), e);
    }
    return out.build();
  }

  private static void readVariable(String file, Dataset d, List<Dataset> all, Period period,
      double depth, double stationLat, double stationLon, ObservationSet.Builder out) {
    String where = file + ", variable '" + d.getName() + "'";
    int[] shape = d.getDimensions();
    Dataset[] axis = axes(where, d, all);
    int tAxis = -1;
    int yAxis = -1;
    int xAxis = -1;
    for (int a = 0; a < shape.length; a++) {
      String role = axis[a].getName().toLowerCase(Locale.ROOT);
      if (TIME.contains(role)) {
        tAxis = a;
      } else if (LAT.contains(role)) {
        yAxis = a;
      } else if (LON.contains(role)) {
        xAxis = a;
      } else if (LAYER.contains(role) && shape[a] != 1) {
        throw new IllegalArgumentException(String.format("%s: has %d layers along '%s'; expected "
            + "one (the sampled layer)", where, shape[a], axis[a].getName()));
      }
    }
    if (tAxis < 0) {
      throw new IllegalArgumentException(where + ": has no time dimension");
    }
    if ((yAxis < 0) != (xAxis < 0)) {
      throw new IllegalArgumentException(where + ": has only one of latitude and longitude");
    }
    boolean station = yAxis < 0;
    if (station && (Double.isNaN(stationLat) || Double.isNaN(stationLon))) {
      throw new IllegalArgumentException(where + ": has no latitude/longitude dimensions (a station "
          + "time series); give the station position");
    }
    if (!station && !(Double.isNaN(stationLat) && Double.isNaN(stationLon))) {
      throw new IllegalArgumentException(where + ": has its own latitude/longitude; a station "
          + "position must not be given");
    }
    Dataset time = axis[tAxis];
    LocalDate[] dates = CfTime.decode(doubles(time.getDataFlat()), string(time, "units"),
        string(time, "calendar"), file + ", variable '" + time.getName() + "'");
    double[] lat = station ? new double[] {stationLat} : doubles(axis[yAxis].getDataFlat());
    double[] lon = station ? new double[] {stationLon} : doubles(axis[xAxis].getDataFlat());
    double factor = ObservationUnits.toGramsPerSquareMetre(string(d, "units"), depth, where);
    double scale = number(d, "scale_factor", 1.0);
    double offset = number(d, "add_offset", 0.0);
    double fill = number(d, "_FillValue", Double.NaN);
    double missing = number(d, "missing_value", Double.NaN);
    double[] values = doubles(d.getDataFlat());
    int[] stride = new int[shape.length];
    for (int a = shape.length - 1, s = 1; a >= 0; a--) {
      stride[a] = s;
      s *= shape[a];
    }
    int kept = 0;
    for (int i = 0; i < values.length; i++) {
      double raw = values[i];
      if (Double.isNaN(raw) || raw == fill || raw == missing) {
        continue;
      }
      int t = i / stride[tAxis] % shape[tAxis];
      int y = station ? 0 : i / stride[yAxis] % shape[yAxis];
      int x = station ? 0 : i / stride[xAxis] % shape[xAxis];
      double v = (raw * scale + offset) * factor;
      if (v < 0) {
        throw new IllegalArgumentException(String.format("%s at %s, lat %s, lon %s: biomass must be "
            + "≥ 0, but was %s", where, dates[t], lat[y], lon[x], raw * scale + offset));
      }
      out.add(dates[t], lat[y], lon[x], v, period, null, t + 1);
      kept++;
    }
    out.note(String.format("%s: %d observations, %s converted to g/m2 (×%s)", where, kept,
        string(d, "units"), factor));
  }

  /** The coordinate variable of each axis of {@code d}. */
  private static Dataset[] axes(String where, Dataset d, List<Dataset> all) {
    int[] shape = d.getDimensions();
    int[] ids = ints(d, "_Netcdf4Coordinates");
    Dataset[] out = new Dataset[shape.length];
    for (int a = 0; a < shape.length; a++) {
      for (Dataset c : all) {
        if (c == d || c.getDimensions().length != 1 || c.getDimensions()[0] != shape[a]) {
          continue;
        }
        int[] cid = ints(c, "_Netcdf4Dimid");
        int[] ccoord = ints(c, "_Netcdf4Coordinates");
        boolean sameDim = ids != null ? (cid != null && cid[0] == ids[a])
            || (ccoord != null && ccoord.length == 1 && ccoord[0] == ids[a])
            : shape.length == 1 && TIME.contains(c.getName().toLowerCase(Locale.ROOT));
        if (sameDim && (out[a] == null || !known(out[a]))) {
          out[a] = c;
        }
      }
      if (out[a] == null || !known(out[a])) {
        throw new IllegalArgumentException(String.format("%s: cannot tell what dimension %d (size "
            + "%d%s) is; expected time, latitude, longitude or layer", where, a, shape[a],
            out[a] == null ? "" : ", coordinate '" + out[a].getName() + "'"));
      }
    }
    return out;
  }

  private static boolean known(Dataset c) {
    String n = c.getName().toLowerCase(Locale.ROOT);
    return TIME.contains(n) || LAT.contains(n) || LON.contains(n) || LAYER.contains(n);
  }

  private static int[] ints(Node n, String attribute) {
    Object data = data(n, attribute);
    return data == null ? null : Arrays.stream(doubles(data)).mapToInt(x -> (int) x).toArray();
  }
}
