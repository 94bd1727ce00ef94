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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code seapopym forcings}: loads a temperature file and a primary production file, checks them
 * (every check of {@link ForcingLoader}), and prints what they hold: the grid, the time axis and a
 * summary table per variable (min, mean, max, NaN count). Bad input exits with status 1 and one line
 * naming the file and the problem. {@code seapopym forcings synthetic} ({@link
 * SyntheticForcingsCommand}) writes synthetic global forcings instead.
 */
@Command(name = "forcings", mixinStandardHelpOptions = true,
    description = "Load and check forcing files; print their grid, time axis and a summary. "
        + "'forcings synthetic' writes synthetic global forcings.",
    subcommands = SyntheticForcingsCommand.class)
public final class ForcingsCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  // Required, but checked in call(): picocli would demand them before a subcommand too.
  @Option(names = "--temperature", paramLabel = "FILE",
      description = "Temperature by layer [°C]: long CSV (time,lat,lon,layer,value) or NetCDF "
          + "(NetCDF-4 or classic). Required without a subcommand.")
  private Path temperature;

  @Option(names = "--primary-production", paramLabel = "FILE",
      description = "Primary production [g m-2 d-1 by default]: long CSV (time,lat,lon,value) or "
          + "NetCDF (may be the temperature file). Required without a subcommand.")
  private Path primaryProduction;

  @Mixin
  ForcingOptions forcing = new ForcingOptions();

  @Override
  public Integer call() {
    requireOptions();
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

  /** The usage error picocli gives for missing required options. */
  private void requireOptions() {
    java.util.List<String> missing = new java.util.ArrayList<>();
    if (temperature == null) {
      missing.add("'--temperature=FILE'");
    }
    if (primaryProduction == null) {
      missing.add("'--primary-production=FILE'");
    }
    if (!missing.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing required option"
          + (missing.size() > 1 ? "s" : "") + ": " + String.join(", ", missing));
    }
  }
}
