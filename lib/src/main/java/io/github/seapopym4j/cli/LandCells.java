package io.github.seapopym4j.cli;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.internal.AtomicFiles;
import io.github.seapopym4j.internal.csv.CsvReader;
import io.github.seapopym4j.internal.csv.CsvRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The land cells of a run ({@code land.csv} in its output folder: {@code lat,lon}, one row per cell
 * whose every layer is NaN at the first step), so that {@code score} leaves out observations there
 * rather than comparing them with a biomass that is 0 by construction.
 */
final class LandCells {

  /** The file in a run's output folder. */
  static final String FILE = "land.csv";

  private LandCells() {}

  /** Writes the land cells of {@code forcings} among the rows and columns of the output grid. */
  static void write(Path file, ForcingSet forcings, double[] latitudes, double[] longitudes) {
    double[] lat = forcings.latitude();
    double[] lon = forcings.longitude();
    boolean[] land = new boolean[lat.length * lon.length];
    for (int y = 0; y < lat.length; y++) {
      for (int x = 0; x < lon.length; x++) {
        land[y * lon.length + x] = contains(latitudes, lat[y]) && contains(longitudes, lon[x])
            && forcings.isLand(y, x);
      }
    }
    write(file, lat, lon, land);
  }

  /** Writes the cells of a [lat × lon] land mask. */
  static void write(Path file, double[] lat, double[] lon, boolean[] land) {
    StringBuilder b = new StringBuilder("lat,lon\n");
    for (int y = 0; y < lat.length; y++) {
      for (int x = 0; x < lon.length; x++) {
        if (land[y * lon.length + x]) {
          b.append(lat[y]).append(',').append(lon[x]).append('\n');
        }
      }
    }
    AtomicFiles.write(file, w -> w.write(b.toString()));
  }

  /**
   * The land cells listed in {@code dir}, as {lat, lon} pairs; none when the folder has no {@value
   * #FILE} (a run written before it existed).
   */
  static List<double[]> read(Path dir) {
    Path file = dir.resolve(FILE);
    List<double[]> cells = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return cells;
    }
    try (CsvReader r = CsvReader.open(file)) {
      r.header();
      for (CsvRecord row = r.next(); row != null; row = r.next()) {
        cells.add(new double[] {row.number("lat"), row.number("lon")});
      }
    }
    return cells;
  }

  private static boolean contains(double[] values, double v) {
    return Arrays.stream(values).anyMatch(d -> d == v);
  }
}
