package io.github.seapopym4j.cli;

import io.github.seapopym4j.fitness.BiomassReader;
import io.github.seapopym4j.fitness.GroupLayers;
import io.github.seapopym4j.fitness.ModelGrid;
import io.github.seapopym4j.internal.csv.CsvFormatException;
import io.github.seapopym4j.internal.csv.CsvReader;
import io.github.seapopym4j.internal.csv.CsvRecord;
import io.github.seapopym4j.model.OutputField;
import io.github.seapopym4j.model.OutputVariable;
import io.github.seapopym4j.model.ResultCsv;
import io.github.seapopym4j.model.ResultNetcdf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * The biomass written by {@code seapopym run} into a directory, read back for scoring:
 * {@code outputs.nc} ({@link NetcdfBiomass}; when both are present, the newer of the two) or
 * {@code biomass.csv} ({@code time,lat,lon,group,value}, group = 0-based index, g m⁻²) and, when
 * present, {@code groups.csv} (the run's groups file: {@code name,energy_transfert,day_layer,
 * night_layer,...}) for group names and layers. Without {@code groups.csv} the groups are named by
 * their index and their layers are unknown. Read by {@link ResultCsv#read}; held on the heap.
 */
final class RunDirectory implements BiomassReader {

  static final String BIOMASS = "biomass.csv";
  static final String GROUPS = "groups.csv";

  private final ModelGrid grid;
  private final OutputField biomass;
  private final boolean[][] land;

  private RunDirectory(ModelGrid grid, OutputField biomass, boolean[][] land) {
    this.grid = grid;
    this.biomass = biomass;
    this.land = land;
  }

  ModelGrid grid() {
    return grid;
  }

  /**
   * Whether cell (lat index, lon index) of {@link #grid()} is land, as the run's {@code land.csv}
   * lists (never, for a folder without one).
   */
  boolean isLand(int lat, int lon) {
    return land[lat][lon];
  }

  @Override
  public double biomass(int group, int time, int lat, int lon) {
    return biomass.value(group, time, lat, lon);
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
      return of(dir, ResultNetcdf.read(nc));
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(String.format(
          "run directory %s has no %s or %s (expected the output of 'seapopym run')", dir, BIOMASS,
          RunOutputs.NETCDF_FILE));
    }
    return of(dir, ResultCsv.read(file, OutputVariable.BIOMASS));
  }

  /** The run directory of {@code field}, with the groups and land cells written beside it. */
  private static RunDirectory of(Path dir, OutputField field) {
    List<GroupLayers> layers = groups(dir, field.groups());
    double[] lat = field.latitude();
    double[] lon = field.longitude();
    boolean[][] land = new boolean[lat.length][lon.length];
    for (double[] c : LandCells.read(dir)) {
      int y = indexOf(lat, c[0]);
      int x = indexOf(lon, c[1]);
      if (y >= 0 && x >= 0) {
        land[y][x] = true;
      }
    }
    return new RunDirectory(new ModelGrid(field.time(), lat, lon, layers), field, land);
  }

  private static int indexOf(double[] values, double v) {
    return IntStream.range(0, values.length).filter(i -> values[i] == v).findFirst().orElse(-1);
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
    if (!Files.isRegularFile(file)) {
      return IntStream.range(0, count).mapToObj(i -> GroupLayers.named(Integer.toString(i))).toList();
    }
    List<GroupLayers> out = new ArrayList<>();
    try (CsvReader r = CsvReader.open(file)) {
      List<String> header = r.header();
      if (!header.containsAll(List.of("name", "day_layer", "night_layer"))) {
        throw new CsvFormatException(file.toString(), 1, null,
            "a header with name, day_layer and night_layer", header.toString());
      }
      for (CsvRecord row = r.next(); row != null; row = r.next()) {
        row.requireSize(header.size());
        out.add(new GroupLayers(row.get("name").strip(), OptionalInt.of(row.integer("day_layer")),
            OptionalInt.of(row.integer("night_layer"))));
      }
    }
    if (out.size() != count) {
      throw new IllegalArgumentException(String.format("%s: has %d groups, but %s has %d (group "
          + "indices 0..%d)", file, out.size(), BIOMASS, count, count - 1));
    }
    return out;
  }
}
