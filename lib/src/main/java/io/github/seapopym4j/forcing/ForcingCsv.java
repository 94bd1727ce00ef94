package io.github.seapopym4j.forcing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a {@link ForcingSet} as the two long CSV files that {@link ForcingLoader} reads back:
 * temperature {@code time,lat,lon,layer,value} (°C) and primary production {@code time,lat,lon,value}
 * (g m⁻² d⁻¹), rows in time, lat, lon, layer order.
 *
 * <p>Numbers are written losslessly: the shortest decimal that reads back as the same double (at most
 * 17 significant digits, Java's {@link Double#toString}), so a write–load round trip returns the same
 * values bit for bit. NaN is written {@code NaN}; dates are ISO {@code yyyy-MM-dd}. Each file is
 * written to a temporary file in its directory and then moved into place atomically, so a reader never
 * sees half a file.
 */
public final class ForcingCsv {

  private ForcingCsv() {}

  /**
   * Writes both forcings of {@code set}.
   *
   * @throws UncheckedIOException naming the file that could not be written
   */
  public static void write(ForcingSet set, Path temperatureFile, Path productionFile) {
    double[] t = set.temperature().toDoubleArray();
    double[] pp = set.primaryProduction().toDoubleArray();
    int ny = set.latSize();
    int nx = set.lonSize();
    int nz = set.layerSize();
    String[] lat = labels(set.latitude());
    String[] lon = labels(set.longitude());
    int[] layers = set.layers();
    TimeAxis time = set.time();
    atomically(temperatureFile, out -> {
      out.write(LongCsvReader.TEMPERATURE_HEADER);
      out.write('\n');
      StringBuilder row = new StringBuilder(64);
      for (int s = 0; s < time.size(); s++) {
        String date = time.date(s).toString();
        for (int y = 0; y < ny; y++) {
          for (int x = 0; x < nx; x++) {
            for (int z = 0; z < nz; z++) {
              row.setLength(0);
              row.append(date).append(',').append(lat[y]).append(',').append(lon[x]).append(',')
                  .append(layers[z]).append(',').append(number(t[((s * ny + y) * nx + x) * nz + z]))
                  .append('\n');
              out.append(row);
            }
          }
        }
      }
    });
    atomically(productionFile, out -> {
      out.write(LongCsvReader.PRODUCTION_HEADER);
      out.write('\n');
      StringBuilder row = new StringBuilder(64);
      for (int s = 0; s < time.size(); s++) {
        String date = time.date(s).toString();
        for (int y = 0; y < ny; y++) {
          for (int x = 0; x < nx; x++) {
            row.setLength(0);
            row.append(date).append(',').append(lat[y]).append(',').append(lon[x]).append(',')
                .append(number(pp[(s * ny + y) * nx + x])).append('\n');
            out.append(row);
          }
        }
      }
    });
  }

  private interface Body {
    void write(BufferedWriter out) throws IOException;
  }

  private static void atomically(Path file, Body body) {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      // Not Files.createTempFile: its owner-only permissions would stay on the moved file.
      tmp = dir.resolve("." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
      try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        body.write(out);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      tmp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write forcing file " + file + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the write already failed; its exception is the one to report
        }
      }
    }
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
