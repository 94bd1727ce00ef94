package io.github.seapopym4j.cli;

import io.github.seapopym4j.forcing.ForcingLoader;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.internal.AtomicFiles;
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
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code seapopym run}: runs the no-transport model on forcing files and a groups file, and writes
 * {@code biomass.csv}, {@code production_recruited.csv}, {@code mortality.csv}, {@code
 * average_temperature.csv}, {@code day_length.csv} (long CSV, 17 significant digits) and a copy of the
 * groups as {@code groups.csv} into DIR.
 *
 * <p>Everything is written into a hidden temporary directory inside DIR first ({@code .run.<pid>-<n>.tmp},
 * so a writable DIR in a read-only parent works) and each file is then moved into place, so an error
 * leaves nothing partial there. DIR is locked meanwhile ({@link OutputLock}). Bad input exits with status 1 and one line
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

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output directory (created if needed; files of the same names are replaced).")
  Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      ModelConfig config = model.config();
      InputFiles.requireFile("temperature file", temperature);
      InputFiles.requireFile("primary production file", primaryProduction);
      List<FunctionalGroup> fg = GroupsCsv.read(InputFiles.requireFile("groups file", groups));
      Path target = out.toAbsolutePath().normalize();
      if (Files.exists(target) && !Files.isDirectory(target)) {
        throw new IllegalArgumentException("--out " + out + ": expected a directory, but found a file");
      }
      String summary;
      try (OutputLock lock = OutputLock.acquire(target, err);
          Interrupts.Handle watch = Interrupts.watch(lock, () -> "while running the model", false)) {
        deleteLegacyStaging(target);
        Path staging = AtomicFiles.temporaryBeside(target.resolve("run"));
        try {
          Files.createDirectory(staging);
          try (ForcingSet forcings = ForcingLoader.load(temperature, primaryProduction);
              NoTransportModel m = NoTransportModel.prepare(forcings, config);
              ModelRun run = m.start(fg)) {
            ResultCsv.writeAll(run, staging);
            GroupsCsv.write(staging.resolve(GROUPS_FILE), fg);
            summary = String.format("%d groups × %d steps × %d cells", fg.size(),
                run.time().size(), m.context().cellCount());
          }
          for (String name : fileNames()) {
            AtomicFiles.move(staging.resolve(name), target.resolve(name));
          }
        } finally {
          AtomicFiles.deleteTree(staging);
        }
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
    }
  }

  /** The files a run writes, in order. */
  static List<String> fileNames() {
    List<String> names = new ArrayList<>();
    for (OutputVariable v : OutputVariable.values()) {
      names.add(v.fileName());
    }
    names.add(GROUPS_FILE);
    return names;
  }

  /**
   * Deletes the staging directories {@code .<DIR>.tmp-*} that earlier versions left beside
   * {@code DIR} when killed (best effort; the parent may be read-only).
   */
  private static void deleteLegacyStaging(Path target) {
    Path parent = target.getParent();
    if (parent == null) {
      return;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(parent,
        "." + target.getFileName() + ".tmp-*")) {
      s.forEach(AtomicFiles::deleteTree);
    } catch (IOException | RuntimeException ignored) {
      // best effort
    }
  }
}
