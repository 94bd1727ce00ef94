package io.github.seapopym4j.cli;

import io.github.seapopym4j.forcing.GlobalSyntheticForcings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code seapopym forcings synthetic}: writes seeded synthetic global forcings ({@link
 * GlobalSyntheticForcings}: documented formulas, a land mask, 3 layers) as {@code temperature.nc} and
 * {@code primary_production.nc} into DIR, one day at a time, so memory does not grow with the grid's
 * time axis.
 */
@Command(name = "synthetic", mixinStandardHelpOptions = true,
    description = "Write seeded synthetic global forcings (temperature.nc, primary_production.nc, "
        + "classic NetCDF, float32) into DIR, streamed one day at a time.")
final class SyntheticForcingsCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--lat-step", paramLabel = "DEG", defaultValue = "1",
      description = "Latitude step in degrees (default ${DEFAULT-VALUE}).")
  private double latStep;

  @Option(names = "--lon-step", paramLabel = "DEG", defaultValue = "1",
      description = "Longitude step in degrees; must divide 360 (default ${DEFAULT-VALUE}).")
  private double lonStep;

  @Option(names = "--lat-range", paramLabel = "MIN:MAX", defaultValue = "-84.5:84.5",
      description = "First and last latitude cell centres (default ${DEFAULT-VALUE}; write "
          + "--lat-range=-84.5:84.5 so the minus sign is not read as an option).")
  private String latRange;

  @Option(names = "--start", paramLabel = "DATE", defaultValue = "1998-01-01",
      description = "First day, yyyy-MM-dd (default ${DEFAULT-VALUE}).")
  private LocalDate start;

  @Option(names = "--days", required = true, paramLabel = "N", description = "Number of days.")
  private int days;

  @Option(names = "--land-fraction", paramLabel = "F", defaultValue = "0.3",
      description = "Share of cells that are land, in [0, 1) (default ${DEFAULT-VALUE}).")
  private double landFraction;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the land mask and the noise (default ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--format", paramLabel = "netcdf", defaultValue = "netcdf",
      description = "Output format; netcdf (classic 64-bit offset) is the only one "
          + "(default ${DEFAULT-VALUE}).")
  private String format;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output directory (created if needed; files of the same names are replaced).")
  private Path out;

  @Override
  public Integer call() throws java.io.IOException {
    if (!"netcdf".equals(format.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("--format: expected netcdf, but found '" + format
          + "' (global forcings are too large for long CSV; small CSV forcings: "
          + "SyntheticForcings and ForcingCsv)");
    }
    if (days < 1) {
      throw new IllegalArgumentException("--days must be ≥ 1, but was " + days);
    }
    String[] range = latRange.split(":");
    if (range.length != 2) {
      throw new IllegalArgumentException("--lat-range: expected MIN:MAX, e.g. -84.5:84.5, but found '"
          + latRange + "'");
    }
    double min;
    double max;
    try {
      min = Double.parseDouble(range[0].trim());
      max = Double.parseDouble(range[1].trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--lat-range: expected two numbers MIN:MAX, but found '"
          + latRange + "'", e);
    }
    GlobalSyntheticForcings g = GlobalSyntheticForcings.grid(latStep, lonStep, min, max)
        .daily(start, days).landFraction(landFraction).seed(seed);
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new IllegalArgumentException("--out " + out + ": expected a directory, but found a file");
    }
    Files.createDirectories(out);
    g.write(out);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(Locale.ROOT, "seapopym forcings synthetic: wrote %s, %s (%d lat × %d lon × %d days, "
            + "3 layers, land fraction %s, seed %d) to %s%n", GlobalSyntheticForcings.TEMPERATURE_FILE,
        GlobalSyntheticForcings.PRODUCTION_FILE, g.latitude().length, g.longitude().length, days,
        landFraction, seed, out);
    stdout.flush();
    return 0;
  }
}
