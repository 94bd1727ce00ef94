package io.github.seapopym4j.forcing;

import io.github.seapopym4j.netcdf.NcType;
import io.github.seapopym4j.netcdf.NetcdfSchema;
import io.github.seapopym4j.netcdf.NetcdfWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Writes forcings as the two classic NetCDF files (64-bit offset) that {@link ForcingLoader} reads
 * back: {@code temperature(time, layer, lat, lon)} in degC and {@code primary_production(time, lat,
 * lon)} in g m⁻² d⁻¹, with CF coordinates: {@code time} ("days since" the first date, calendar
 * proleptic_gregorian, axis T, the record dimension), {@code layer} (labels, axis Z), {@code lat}
 * (degrees_north, axis Y), {@code lon} (degrees_east, axis X). Land is NaN, declared as
 * {@code _FillValue}.
 *
 * <p>{@link #open} writes one time step at a time ({@link Steps#write}), so a grid of any length is
 * never held whole; {@link #write(ForcingSet, Path, Path, NcType)} exports a loaded set. Both files go
 * to temporary files and appear on {@link Steps#commit()}.
 */
public final class ForcingNetcdf {

  private ForcingNetcdf() {}

  /** Writes both forcings of {@code set}, values stored as {@code type} (FLOAT or DOUBLE). */
  public static void write(ForcingSet set, Path temperatureFile, Path productionFile, NcType type) {
    try (Steps w = open(temperatureFile, productionFile, set.time(), set.latitude(), set.longitude(),
        set.layers(), type, Map.of("source", set.source()))) {
      int cells = set.cellCount();
      int nz = set.layerSize();
      double[] t = new double[cells * nz];
      double[] pp = new double[cells];
      for (int s = 0; s < set.timeSize(); s++) {
        for (int c = 0; c < cells; c++) {
          int y = c / set.lonSize();
          int x = c % set.lonSize();
          pp[c] = set.primaryProduction().get(s, y, x);
          for (int z = 0; z < nz; z++) {
            t[c * nz + z] = set.temperature().get(s, y, x, z);
          }
        }
        w.write(s, t, pp);
      }
      w.commit();
    }
  }

  /**
   * Starts both files; {@code attributes} become global attributes of each (with
   * {@code Conventions = CF-1.8}).
   */
  public static Steps open(Path temperatureFile, Path productionFile, TimeAxis time, double[] lat,
      double[] lon, int[] layers, NcType type, Map<String, Object> attributes) {
    Objects.requireNonNull(time, "time");
    if (type != NcType.FLOAT && type != NcType.DOUBLE) {
      throw new IllegalArgumentException("forcing values are stored as FLOAT or DOUBLE, not " + type);
    }
    NetcdfWriter t = NetcdfWriter.create(temperatureFile,
        schema(time, lat, lon, layers, type, attributes, true));
    try {
      NetcdfWriter pp = NetcdfWriter.create(productionFile,
          schema(time, lat, lon, layers, type, attributes, false));
      Steps steps = new Steps(t, pp, time, lat.length, lon.length, layers.length);
      steps.coordinates(lat, lon, layers);
      return steps;
    } catch (RuntimeException e) {
      t.close();
      throw e;
    }
  }

  private static NetcdfSchema schema(TimeAxis time, double[] lat, double[] lon, int[] layers,
      NcType type, Map<String, Object> attributes, boolean temperature) {
    NetcdfSchema s = new NetcdfSchema().recordDimension("time", time.size());
    if (temperature) {
      s.dimension("layer", layers.length);
    }
    s.dimension("lat", lat.length).dimension("lon", lon.length).attribute("Conventions", "CF-1.8");
    attributes.forEach(s::attribute);
    s.variable("time", NcType.DOUBLE, "time").attribute("standard_name", "time")
        .attribute("long_name", "time").attribute("units", "days since " + time.start())
        .attribute("calendar", "proleptic_gregorian").attribute("axis", "T");
    if (temperature) {
      s.variable("layer", NcType.INT, "layer").attribute("long_name",
          "vertical layer (1 epipelagic, 2 upper mesopelagic, 3 lower mesopelagic)")
          .attribute("axis", "Z").attribute("positive", "down");
    }
    s.variable("lat", NcType.DOUBLE, "lat").attribute("standard_name", "latitude")
        .attribute("long_name", "latitude").attribute("units", "degrees_north").attribute("axis", "Y");
    s.variable("lon", NcType.DOUBLE, "lon").attribute("standard_name", "longitude")
        .attribute("long_name", "longitude").attribute("units", "degrees_east").attribute("axis", "X");
    Object fill = type == NcType.FLOAT ? (Object) Float.NaN : (Object) Double.NaN;
    if (temperature) {
      s.variable("temperature", type, "time", "layer", "lat", "lon")
          .attribute("standard_name", "sea_water_temperature")
          .attribute("long_name", "sea water temperature by layer").attribute("units", "degC")
          .attribute("_FillValue", fill);
    } else {
      s.variable("primary_production", type, "time", "lat", "lon")
          .attribute("long_name", "net primary production").attribute("units", "g m-2 day-1")
          .attribute("_FillValue", fill);
    }
    return s;
  }

  /** Writes the two files one time step at a time, in any order; not thread-safe. */
  public static final class Steps implements AutoCloseable {
    private final NetcdfWriter temperature;
    private final NetcdfWriter production;
    private final TimeAxis time;
    private final int ny;
    private final int nx;
    private final int nz;
    private final double[] layerMajor;

    private Steps(NetcdfWriter temperature, NetcdfWriter production, TimeAxis time, int ny, int nx,
        int nz) {
      this.temperature = temperature;
      this.production = production;
      this.time = time;
      this.ny = ny;
      this.nx = nx;
      this.nz = nz;
      this.layerMajor = new double[ny * nx * nz];
    }

    private void coordinates(double[] lat, double[] lon, int[] layers) {
      double[] z = new double[layers.length];
      for (int i = 0; i < z.length; i++) {
        z[i] = layers[i];
      }
      temperature.write("layer", z);
      for (NetcdfWriter w : new NetcdfWriter[] {temperature, production}) {
        w.write("lat", lat);
        w.write("lon", lon);
      }
    }

    /**
     * Writes time step {@code step}: temperature in the model's order [lat, lon, layer] (°C),
     * production [lat, lon] (g m⁻² d⁻¹); NaN for land.
     */
    public void write(int step, double[] temperatureLatLonLayer, double[] productionLatLon) {
      int cells = ny * nx;
      if (temperatureLatLonLayer.length != cells * nz || productionLatLon.length != cells) {
        throw new IllegalArgumentException(String.format("step %d: expected %d temperature and %d "
            + "production values, but got %d and %d", step, cells * nz, cells,
            temperatureLatLonLayer.length, productionLatLon.length));
      }
      for (int c = 0; c < cells; c++) {
        for (int z = 0; z < nz; z++) {
          layerMajor[z * cells + c] = temperatureLatLonLayer[c * nz + z];
        }
      }
      double[] day = {(double) step * time.stepDays()};
      temperature.writeRecord("time", step, day);
      temperature.writeRecord("temperature", step, layerMajor);
      production.writeRecord("time", step, day);
      production.writeRecord("primary_production", step, productionLatLon);
    }

    /** Moves both files into place. */
    public void commit() {
      temperature.commit();
      production.commit();
    }

    /** Deletes whatever was not committed. */
    @Override
    public void close() {
      temperature.close();
      production.close();
    }
  }
}
