package io.github.seapopym4j.cli;

import io.github.seapopym4j.forcing.ForcingLoader;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.ForcingTables;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code seapopym forcings}: loads a temperature file and a primary production file, checks them
 * (every check of {@link ForcingLoader}), and prints what they hold: the grid, the time axis and a
 * summary table per variable (min, mean, max, NaN count). Bad input exits with status 1 and one line
 * naming the file and the problem.
 */
@Command(name = "forcings", mixinStandardHelpOptions = true,
    description = "Load and check forcing files; print their grid, time axis and a summary.")
public final class ForcingsCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--temperature", required = true, paramLabel = "FILE",
      description = "Temperature by layer [°C]: long CSV (time,lat,lon,layer,value) or NetCDF-4.")
  private Path temperature;

  @Option(names = "--primary-production", required = true, paramLabel = "FILE",
      description = "Primary production [g m-2 d-1 by default]: long CSV (time,lat,lon,value) or "
          + "NetCDF-4 (may be the temperature file).")
  private Path primaryProduction;

  @Mixin
  ForcingOptions forcing = new ForcingOptions();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    InputFiles.requireFile("temperature file", temperature);
    InputFiles.requireFile("primary production file", primaryProduction);
    try (ForcingSet forcings = forcing.load(temperature, primaryProduction,
        spec.commandLine().getErr(), false)) {
      out.println(forcings);
      out.println(ForcingTables.summary(forcings).print());
    }
    out.flush();
    return 0;
  }
}
