package io.github.seapopym4j.forcing;

import io.github.seapopym4j.internal.AtomicFiles;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes a {@link ForcingSet} as the two long CSV files that {@link ForcingLoader} reads back:
 * temperature {@code time,lat,lon,layer,value} (°C) and primary production {@code time,lat,lon,value}
 * (g m⁻² d⁻¹), rows in time, lat, lon, layer order.
 *
 * <p>Numbers are written losslessly: the shortest decimal that reads back as the same double (at most
 * 17 significant digits, Java's {@link Double#toString}), so a write–load round trip returns the same
 * values bit for bit. NaN is written {@code NaN}; dates are ISO {@code yyyy-MM-dd}. Each file is
 * written atomically ({@link AtomicFiles#write}), so a reader never sees half a file.
 */
public final class ForcingCsv {

  private ForcingCsv() {}

  /**
   * Writes both forcings of {@code set}.
   *
   * @throws UncheckedIOException naming the file that could not be written
   */
  public static void write(ForcingSet set, Path temperatureFile, Path productionFile) {
    writeLong(temperatureFile, LongCsvReader.TEMPERATURE_HEADER, set,
        set.temperature().toDoubleArray(), set.layers());
    writeLong(productionFile, LongCsvReader.PRODUCTION_HEADER, set,
        set.primaryProduction().toDoubleArray(), null);
  }

  /**
   * One forcing of {@code set} as long CSV, a row per date, latitude, longitude and (with {@code
   * layers}) layer; {@code values} [time, lat, lon(, layer)] row-major.
   */
  private static void writeLong(Path file, String header, ForcingSet set, double[] values,
      int[] layers) {
    int ny = set.latSize();
    int nx = set.lonSize();
    int nz = layers == null ? 1 : layers.length;
    String[] lat = labels(set.latitude());
    String[] lon = labels(set.longitude());
    TimeAxis time = set.time();
    AtomicFiles.write(file, out -> {
      out.write(header);
      out.write('\n');
      StringBuilder row = new StringBuilder(64);
      for (int s = 0; s < time.size(); s++) {
        String date = time.date(s).toString();
        for (int y = 0; y < ny; y++) {
          for (int x = 0; x < nx; x++) {
            for (int z = 0; z < nz; z++) {
              row.setLength(0);
              row.append(date).append(',').append(lat[y]).append(',').append(lon[x]).append(',');
              if (layers != null) {
                row.append(layers[z]).append(',');
              }
              row.append(number(values[((s * ny + y) * nx + x) * nz + z])).append('\n');
              out.append(row);
            }
          }
        }
      }
    });
  }

  private static String[] labels(double[] values) {
    String[] s = new String[values.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = number(values[i]);
    }
    return s;
  }

  /** The shortest round-trip decimal; NaN as {@code NaN}. */
  static String number(double v) {
    return Double.isNaN(v) ? "NaN" : Double.toString(v);
  }
}
