package io.github.seapopym4j.cli;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.internal.AtomicFiles;
import io.github.seapopym4j.model.ExplicitStability;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.GroupsCsv;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import io.github.seapopym4j.model.OutputVariable;
import io.github.seapopym4j.model.ResultCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code seapopym run}: runs the no-transport model on forcing files and a groups file, and writes
 * {@code biomass.csv}, {@code production_recruited.csv}, {@code mortality.csv}, {@code
 * average_temperature.csv}, {@code day_length.csv} (long CSV, 17 significant digits) and a copy of the
 * groups as {@code groups.csv} and the land cells as {@code land.csv} (lat,lon) into DIR.
 *
 * <p>Everything is written into a temporary directory next to DIR first and each file is then moved
 * into DIR, so an error leaves nothing partial there. Bad input exits with status 1 and one line
 * {@code seapopym: error: <what is wrong>} on stderr.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the SEAPOPYM no-transport model; write its outputs as long CSV into DIR.")
public class RunCommand implements Callable<Integer> {

  /** The groups file written next to the outputs, read back by {@code seapopym score}. */
  public static final String GROUPS_FILE = "groups.csv";

  @Spec
  CommandSpec spec;

  @Option(names = "--temperature", required = true, paramLabel = "FILE",
      description = "Temperature [time, lat, lon, layer] in °C: long CSV (time,lat,lon,layer,value) "
          + "or NetCDF-4.")
  Path temperature;

  @Option(names = "--primary-production", required = true, paramLabel = "FILE",
      description = "Primary production [time, lat, lon] in g/m2/day: long CSV (time,lat,lon,value) "
          + "or NetCDF-4.")
  Path primaryProduction;

  @Option(names = "--groups", required = true, paramLabel = "FILE",
      description = "Functional groups CSV: name,energy_transfert,day_layer,night_layer,"
          + "lambda_temperature_0,gamma_lambda_temperature,tr_0,gamma_tr.")
  Path groups;

  @Mixin
  ModelOptions model = new ModelOptions();

  @Mixin
  ForcingOptions forcing = new ForcingOptions();

  @Option(names = "--cells", paramLabel = "LATMIN:LATMAX,LONMIN:LONMAX",
      description = "Simulate only the cells in this box (degrees, bounds included); outputs cover "
          + "those cells (default: every cell).")
  String cells;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output directory (created if needed; files of the same names are replaced).")
  Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Path staging = null;
    try {
      ModelConfig config = model.config();
      InputFiles.requireFile("temperature file", temperature);
      InputFiles.requireFile("primary production file", primaryProduction);
      List<FunctionalGroup> fg = GroupsCsv.read(InputFiles.requireFile("groups file", groups));
      Path target = out.toAbsolutePath().normalize();
      if (target.getParent() == null) {
        throw new IllegalArgumentException("--out " + out + ": expected an output folder below the "
            + "root of the file system, but found the root itself; choose a folder, e.g. --out ./out");
      }
      if (Files.exists(target) && !Files.isDirectory(target)) {
        throw new IllegalArgumentException("--out " + out + ": expected a directory, but found a file");
      }
      Files.createDirectories(target.getParent());
      staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".tmp-");
      String summary;
      try (ForcingSet forcings = forcing.load(temperature, primaryProduction, err, true);
          NoTransportModel m = NoTransportModel.prepare(forcings, config,
              RunMemory.require(forcings, CellBox.parse("--cells", cells, forcings), fg, config));
          ModelRun run = warnedStart(m, fg, err)) {
        ResultCsv.writeAll(run, staging);
        GroupsCsv.write(staging.resolve(GROUPS_FILE), fg);
        LandCells.write(staging.resolve(LandCells.FILE), forcings, m.context().latitude(),
            m.context().longitude());
        summary = String.format("%d groups × %d steps × %d cells", fg.size(), run.time().size(),
            m.context().cellCount());
      }
      Files.createDirectories(target);
      for (String name : fileNames()) {
        AtomicFiles.move(staging.resolve(name), target.resolve(name));
      }
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.println("seapopym run: wrote " + String.join(", ", fileNames()) + " (" + summary + ") to "
          + out);
      stdout.flush();
      return 0;
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      return SeapopymCli.fail(err, e);
    } catch (IOException e) {
      return SeapopymCli.fail(err, new UncheckedIOException("cannot write " + out + ": "
          + e.getMessage(), e));
    } finally {
      deleteTree(staging);
    }
  }

  /** Starts the run after warning when the explicit scheme is unstable for these groups. */
  private static ModelRun warnedStart(NoTransportModel m, List<FunctionalGroup> fg, PrintWriter err) {
    ExplicitStability.check(m, fg).ifPresent(w -> SeapopymCli.warn(err, w));
    return m.start(fg);
  }

  /** The files a run writes, in order. */
  static List<String> fileNames() {
    List<String> names = new ArrayList<>();
    for (OutputVariable v : OutputVariable.values()) {
      names.add(v.fileName());
    }
    names.add(GROUPS_FILE);
    names.add(LandCells.FILE);
    return names;
  }

  private static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // best effort: a hidden staging directory may remain
        }
      });
    } catch (IOException ignored) {
      // best effort
    }
  }
}
