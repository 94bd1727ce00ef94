package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.TimeAxis;
import io.github.seapopym4j.netcdf.NetcdfFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The biomass of a run's {@code outputs.nc} (written by {@link ResultNetcdf}), read back as {@code
 * [group, time, lat, lon]}, land (NaN in the file) as the model's 0, as in the CSV export; {@link
 * ResultNetcdf#read} is its public face.
 *
 * @param values biomass [group, time, lat, lon]
 */
record NetcdfBiomass(TimeAxis time, double[] lat, double[] lon, int groups, double[] values) {

  private static final String DAYS_SINCE = "days since ";

  static NetcdfBiomass read(Path file) {
    try (NetcdfFile nc = NetcdfFile.open(file)) {
      Object units = nc.variable("time").attribute("units");
      double[] days = nc.read("time");
      if (!(units instanceof String u) || !u.startsWith(DAYS_SINCE) || days.length == 0) {
        throw new IllegalArgumentException(String.format("%s: expected a time coordinate in "
            + "'days since yyyy-MM-dd' (as seapopym run writes), but found units %s", file, units));
      }
      LocalDate start;
      try {
        start = LocalDate.parse(u.substring(DAYS_SINCE.length()).strip().substring(0, 10))
            .plusDays((long) days[0]);
      } catch (DateTimeParseException | IndexOutOfBoundsException e) {
        throw new IllegalArgumentException(file + ": cannot read the time units '" + u + "'", e);
      }
      int step = days.length > 1 ? (int) Math.round(days[1] - days[0]) : 1;
      TimeAxis time = new TimeAxis(start, step, days.length);
      double[] lat = nc.read("lat");
      double[] lon = nc.read("lon");
      int groups = nc.variable("biomass").shape()[1];
      double[] stored = nc.read("biomass");
      int nt = days.length;
      int cells = lat.length * lon.length;
      double[] values = new double[stored.length];
      for (int t = 0; t < nt; t++) {
        for (int g = 0; g < groups; g++) {
          for (int c = 0; c < cells; c++) {
            double v = stored[(t * groups + g) * cells + c];
            values[(g * nt + t) * cells + c] = Double.isNaN(v) ? 0.0 : v;
          }
        }
      }
      return new NetcdfBiomass(time, lat, lon, groups, values);
    }
  }

  /** As an {@link OutputField} named after {@code file}, as {@link ResultCsv#read} gives. */
  OutputField field(Path file) {
    return new OutputField(file.toString(), time, lat, lon, groups, true, values);
  }
}
