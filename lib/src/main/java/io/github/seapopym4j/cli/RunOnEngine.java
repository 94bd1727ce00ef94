package io.github.seapopym4j.cli;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.Rows;
import io.github.seapopym4j.forcing.TimeAxis;
import io.github.seapopym4j.model.BandEngine;
import io.github.seapopym4j.model.BandOutput;
import io.github.seapopym4j.model.BandRecipe;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ModelOutput;
import io.github.seapopym4j.model.OutputVariable;
import io.github.seapopym4j.model.ResultCsv;
import io.github.seapopym4j.model.ResultNetcdf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * {@code seapopym run --engine spark}: the driver's side. The grid is split into bands of latitude
 * rows (at most what {@code --memory-limit} allows per band, and about two bands per task slot of the
 * engine); the engine runs each band as a task that reads its rows from the (shared) forcing files
 * and writes its outputs into a part file under the staging directory; the driver then reads the
 * parts in row order and writes the one output, NetCDF band by band or CSV whole, exactly as the
 * local engine writes it.
 */
final class RunOnEngine {

  /** The files written and the summary of the run line. */
  record Written(List<String> files, String summary) {}

  private RunOnEngine() {}

  /**
   * Runs {@code recipe} over {@code forcings}' grid on {@code engine} and writes the outputs into
   * {@code staging}.
   *
   * @param memoryLimit the memory a band may use, bytes
   */
  static Written run(BandEngine engine, BandRecipe recipe, ForcingSet forcings,
      RunOutputs.Format format, boolean float32, List<OutputVariable> variables,
      Map<String, Object> settings, Path staging, long memoryLimit) {
    List<FunctionalGroup> groups = recipe.groups();
    ModelConfig config = recipe.config();
    int rows = forcings.latSize();
    int byMemory = RunBlocks.plan(forcings, groups, config, memoryLimit).rowsPerBlock();
    int byTasks = Math.max(1, (rows + 2 * engine.parallelism() - 1) / (2 * engine.parallelism()));
    int perBand = Math.min(byMemory, byTasks);
    List<Rows> bands = IntStream.iterate(0, first -> first < rows, first -> first + perBand)
        .mapToObj(first -> new Rows(first, Math.min(perBand, rows - first))).toList();
    Path parts = staging.resolve("parts");
    try {
      Files.createDirectories(parts);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + parts + ": " + e.getMessage(), e);
    }
    engine.run(recipe, bands, parts);
    List<String> files;
    if (format == RunOutputs.Format.CSV) {
      List<BandOutput> all = bands.stream().map(r -> BandOutput.read(BandEngine.partFile(parts, r)))
          .toList();
      ResultCsv.writeAll(new Stacked(all, forcings.latitude()), staging, variables);
      files = new ArrayList<>(variables.stream().map(OutputVariable::fileName).toList());
    } else {
      try (ResultNetcdf.Blocks w = ResultNetcdf.open(staging.resolve(RunOutputs.NETCDF_FILE),
          forcings.time(), forcings.latitude(), forcings.longitude(), groups, float32, variables,
          config.units().biomassUnits(), settings)) {
        for (Rows r : bands) {
          BandOutput band = BandOutput.read(BandEngine.partFile(parts, r));
          w.write(band, band.firstRow(), band.land());
        }
        w.commit();
      }
      files = new ArrayList<>(List.of(RunOutputs.NETCDF_FILE));
    }
    String summary = String.format(Locale.ROOT, "%d groups × %d steps × %d cells, in %d tasks of "
        + "up to %d rows on %s", groups.size(), forcings.timeSize(), forcings.cellCount(),
        bands.size(), perBand, engine.master());
    return new Written(files, summary);
  }

  /** The bands, in row order, read as one output over the whole grid. */
  private static final class Stacked implements ModelOutput {
    private final List<BandOutput> bands;
    private final double[] lat;
    private final int[] bandOf;
    private final int[] rowIn;

    Stacked(List<BandOutput> bands, double[] lat) {
      this.bands = bands;
      this.lat = lat;
      this.bandOf = new int[lat.length];
      this.rowIn = new int[lat.length];
      for (int b = 0; b < bands.size(); b++) {
        BandOutput band = bands.get(b);
        int n = band.latitude().length;
        for (int y = 0; y < n; y++) {
          bandOf[band.firstRow() + y] = b;
          rowIn[band.firstRow() + y] = y;
        }
      }
    }

    @Override
    public List<FunctionalGroup> groups() {
      return bands.get(0).groups();
    }

    @Override
    public TimeAxis time() {
      return bands.get(0).time();
    }

    @Override
    public double[] latitude() {
      return lat.clone();
    }

    @Override
    public double[] longitude() {
      return bands.get(0).longitude();
    }

    @Override
    public double biomass(int g, int t, int y, int x) {
      return bands.get(bandOf[y]).biomass(g, t, rowIn[y], x);
    }

    @Override
    public double recruitedProduction(int g, int t, int y, int x) {
      return bands.get(bandOf[y]).recruitedProduction(g, t, rowIn[y], x);
    }

    @Override
    public double mortality(int g, int t, int y, int x) {
      return bands.get(bandOf[y]).mortality(g, t, rowIn[y], x);
    }

    @Override
    public double averageTemperature(int g, int t, int y, int x) {
      return bands.get(bandOf[y]).averageTemperature(g, t, rowIn[y], x);
    }

    @Override
    public double dayLength(int t, int y, int x) {
      return bands.get(bandOf[y]).dayLength(t, rowIn[y], x);
    }
  }
}
