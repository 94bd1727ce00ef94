package io.github.seapopym4j.cli;

import io.github.seapopym4j.fitness.BiomassReader;
import io.github.seapopym4j.fitness.GroupLayers;
import io.github.seapopym4j.fitness.ModelGrid;
import io.github.seapopym4j.forcing.TimeAxis;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * The biomass written by {@code seapopym run} into a directory, read back for scoring:
 * {@code outputs.nc} ({@link NetcdfBiomass}; when both are present, the newer of the two) or
 * {@code biomass.csv} ({@code time,lat,lon,group,value}, group = 0-based index, g m⁻²) and, when
 * present, {@code groups.csv} (the run's groups file: {@code name,energy_transfert,day_layer,
 * night_layer,...}) for group names and layers. Without {@code groups.csv} the groups are named by
 * their index and their layers are unknown. Held on the heap as {@code [group, time, lat, lon]}.
 */
final class RunDirectory implements BiomassReader {

  static final String BIOMASS = "biomass.csv";
  static final String GROUPS = "groups.csv";

  private final ModelGrid grid;
  private final double[] biomass;
  private final int nt;
  private final int ny;
  private final int nx;

  private RunDirectory(ModelGrid grid, double[] biomass) {
    this.grid = grid;
    this.biomass = biomass;
    this.nt = grid.time().size();
    this.ny = grid.latitude().length;
    this.nx = grid.longitude().length;
  }

  ModelGrid grid() {
    return grid;
  }

  @Override
  public double biomass(int group, int time, int lat, int lon) {
    return biomass[((group * nt + time) * ny + lat) * nx + lon];
  }

  /**
   * Reads {@code dir}.
   *
   * @throws IllegalArgumentException naming the file and line for a missing file or bad content
   */
  static RunDirectory read(Path dir) {
    Path file = dir.resolve(BIOMASS);
    Path nc = dir.resolve(RunOutputs.NETCDF_FILE);
    if (Files.isRegularFile(nc) && (!Files.isRegularFile(file) || newer(nc, file))) {
      NetcdfBiomass b = NetcdfBiomass.read(nc);
      return new RunDirectory(new ModelGrid(b.time(), b.lat(), b.lon(), groups(dir, b.groups())),
          b.values());
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(String.format(
          "run directory %s has no %s or %s (expected the output of 'seapopym run')", dir, BIOMASS,
          RunOutputs.NETCDF_FILE));
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null || !header.strip().equals("time,lat,lon,group,value")) {
        throw new IllegalArgumentException(String.format(
            "%s: expected the header 'time,lat,lon,group,value', but found '%s'", file, header));
      }
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          rows.add(line.strip().split(",", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Map<String, LocalDate> dates = new HashMap<>();
    TreeSet<LocalDate> times = new TreeSet<>();
    TreeSet<Double> lats = new TreeSet<>();
    TreeSet<Double> lons = new TreeSet<>();
    int groups = 0;
    int[] g = new int[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      String[] f = rows.get(i);
      String where = file + " line " + (i + 2);
      if (f.length != 5) {
        throw new IllegalArgumentException(where + ": expected 5 fields, but found " + f.length);
      }
      times.add(dates.computeIfAbsent(f[0], s -> date(s, where)));
      lats.add(number(f[1], where, "lat"));
      lons.add(number(f[2], where, "lon"));
      try {
        g[i] = Integer.parseInt(f[3]);
      } catch (NumberFormatException e) {
        g[i] = -1;
      }
      if (g[i] < 0) {
        throw new IllegalArgumentException(String.format(
            "%s, column 'group': expected a group index ≥ 0, but found '%s'", where, f[3]));
      }
      groups = Math.max(groups, g[i] + 1);
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(file + ": has a header but no rows");
    }
    TimeAxis axis = TimeAxis.of(List.copyOf(times), file.toString());
    double[] lat = lats.stream().mapToDouble(Double::doubleValue).toArray();
    double[] lon = lons.stream().mapToDouble(Double::doubleValue).toArray();
    List<GroupLayers> layers = groups(dir, groups);
    ModelGrid grid = new ModelGrid(axis, lat, lon, layers);
    int nt = axis.size();
    double[] values = new double[groups * nt * lat.length * lon.length];
    Arrays.fill(values, Double.NaN);
    boolean[] seen = new boolean[values.length];
    for (int i = 0; i < rows.size(); i++) {
      String[] f = rows.get(i);
      String where = file + " line " + (i + 2);
      int t = axis.indexOf(dates.get(f[0]));
      int y = Arrays.binarySearch(lat, Double.parseDouble(f[1]));
      int x = Arrays.binarySearch(lon, Double.parseDouble(f[2]));
      int k = ((g[i] * nt + t) * lat.length + y) * lon.length + x;
      if (seen[k]) {
        throw new IllegalArgumentException(where + ": repeats the value of group " + g[i] + " at "
            + f[0] + ", lat " + f[1] + ", lon " + f[2]);
      }
      seen[k] = true;
      values[k] = f[4].equalsIgnoreCase("nan") ? Double.NaN : number(f[4], where, "value");
    }
    if (rows.size() != values.length) {
      throw new IllegalArgumentException(String.format("%s: expected one row per group, date and "
          + "cell (%d groups × %d dates × %d lat × %d lon = %d), but found %d rows", file, groups,
          nt, lat.length, lon.length, values.length, rows.size()));
    }
    return new RunDirectory(grid, values);
  }

  private static boolean newer(Path a, Path b) {
    try {
      return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b)) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + a.getParent(), e);
    }
  }

  /** Names and layers from groups.csv, or index names when there is none. */
  private static List<GroupLayers> groups(Path dir, int count) {
    Path file = dir.resolve(GROUPS);
    List<GroupLayers> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      for (int i = 0; i < count; i++) {
        out.add(GroupLayers.named(Integer.toString(i)));
      }
      return out;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<String> header = lines.isEmpty() ? List.of() : List.of(lines.get(0).strip().split(","));
    int name = header.indexOf("name");
    int day = header.indexOf("day_layer");
    int night = header.indexOf("night_layer");
    if (name < 0 || day < 0 || night < 0) {
      throw new IllegalArgumentException(String.format("%s: expected a header with name, day_layer "
          + "and night_layer, but found %s", file, header));
    }
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] f = lines.get(i).strip().split(",", -1);
      String where = file + " line " + (i + 1);
      if (f.length != header.size()) {
        throw new IllegalArgumentException(String.format(
            "%s: expected %d fields, but found %d", where, header.size(), f.length));
      }
      out.add(new GroupLayers(f[name].trim(), OptionalInt.of(layer(f[day], where, "day_layer")),
          OptionalInt.of(layer(f[night], where, "night_layer"))));
    }
    if (out.size() != count) {
      throw new IllegalArgumentException(String.format("%s: has %d groups, but %s has %d (group "
          + "indices 0..%d)", file, out.size(), BIOMASS, count, count - 1));
    }
    return out;
  }

  private static int layer(String text, String where, String column) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(String.format(
          "%s, column '%s': expected an integer layer label, but found '%s'", where, column, text));
    }
  }

  private static LocalDate date(String text, String where) {
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(String.format(
          "%s, column 'time': expected an ISO date (yyyy-MM-dd), but found '%s'", where, text));
    }
  }

  private static double number(String text, String where, String column) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(String.format(
          "%s, column '%s': expected a number, but found '%s'", where, column, text));
    }
  }
}
