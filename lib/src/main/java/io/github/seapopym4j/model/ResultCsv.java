package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.TimeAxis;
import io.github.seapopym4j.internal.AtomicFiles;
import io.github.seapopym4j.internal.Numbers;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Long CSV export in the format of the SeapoPym v0.1 reference files: {@code time,lat,lon,group,value}
 * ({@code time,lat,lon,value} for day length), rows in [group, time, lat, lon] order, group the
 * 0-based group index, ISO dates, numbers as C's {@code %.17g} (17 significant digits, so they read
 * back exactly), NaN as {@code NaN}. Files are written atomically.
 */
public final class ResultCsv {

  private ResultCsv() {}

  /** Writes {@code variable} of {@code out} to {@code file}. */
  public static void write(ModelOutput out, OutputVariable variable, Path file) {
    AtomicFiles.write(file, w -> write(out, variable, w));
  }

  /** Writes every {@link OutputVariable} into {@code directory} under its {@link
   * OutputVariable#fileName()}; each file is atomic. */
  public static void writeAll(ModelOutput out, Path directory) {
    for (OutputVariable v : OutputVariable.values()) {
      write(out, v, directory.resolve(v.fileName()));
    }
  }

  /** Writes {@code variable} of {@code out} as CSV text to {@code w}. */
  public static void write(ModelOutput out, OutputVariable variable, Writer w) throws IOException {
    TimeAxis time = out.time();
    double[] lat = out.latitude();
    double[] lon = out.longitude();
    String[] latText = text(lat);
    String[] lonText = text(lon);
    int groups = variable.perGroup() ? out.groups().size() : 1;
    w.write(variable.perGroup() ? "time,lat,lon,group,value\n" : "time,lat,lon,value\n");
    StringBuilder line = new StringBuilder(96);
    for (int g = 0; g < groups; g++) {
      for (int t = 0; t < time.size(); t++) {
        String date = time.date(t).toString();
        for (int y = 0; y < lat.length; y++) {
          for (int x = 0; x < lon.length; x++) {
            line.setLength(0);
            line.append(date).append(',').append(latText[y]).append(',').append(lonText[x]).append(',');
            if (variable.perGroup()) {
              line.append(g).append(',');
            }
            line.append(Numbers.g17(variable.value(out, g, t, y, x))).append('\n');
            w.append(line);
          }
        }
      }
    }
  }

  private static String[] text(double[] values) {
    String[] s = new String[values.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = Numbers.g17(values[i]);
    }
    return s;
  }
}
