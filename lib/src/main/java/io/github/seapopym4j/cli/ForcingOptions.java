package io.github.seapopym4j.cli;

import io.github.seapopym4j.forcing.ForcingLoader;
import io.github.seapopym4j.forcing.ForcingScan;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.LoadOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * How the commands that read forcing files load them, as a picocli mixin: the NetCDF variable names
 * ({@code --temperature-variable}, {@code --primary-production-variable}) and, once loaded, what the
 * model would read silently, on stderr: missing values in ocean cells (a note), layers masked for a
 * whole run by a NaN at the first step and values outside the usual ranges (warnings). Values no ocean
 * has (a temperature of 1e6 °C) are refused.
 */
final class ForcingOptions {

  /** The option that changes what a group does in a masked layer (see {@link ModelOptions}). */
  static final String MISSING_LAYER_REMEDY =
      "--missing-layer mask-production (no production enters the group where its layer is masked)";

  @Option(names = "--temperature-variable", paramLabel = "NAME",
      description = "NetCDF variable of temperature (default: the first of T, forcing_temperature, "
          + "temperature, thetao, temp, votemper, to).")
  String temperatureVariable;

  @Option(names = "--primary-production-variable", paramLabel = "NAME",
      description = "NetCDF variable of primary production (default: the first of npp, "
          + "forcing_primary_production, primary_production, pp, intpp, nppv, NPP, PP).")
  String productionVariable;

  /** The load options these settings give. */
  LoadOptions loadOptions() {
    return LoadOptions.builder().temperatureVariable(blankToNull(temperatureVariable))
        .productionVariable(blankToNull(productionVariable)).build();
  }

  /**
   * Loads the forcings, refuses unphysical values and prints what the model would read silently.
   *
   * @param checks whether to scan the values (a command that only prints the grid may skip it)
   * @throws IllegalArgumentException for bad files or unphysical values
   */
  ForcingSet load(Path temperature, Path production, PrintWriter err, boolean checks) {
    ForcingSet f = ForcingLoader.load(temperature, production, loadOptions());
    if (!checks) {
      return f;
    }
    try {
      report(ForcingScan.of(f), err);
      return f;
    } catch (RuntimeException e) {
      f.close();
      throw e;
    }
  }

  /**
   * Refuses unphysical values of a scan and prints what the model would read silently.
   *
   * @throws IllegalArgumentException for unphysical values
   */
  static void report(ForcingScan scan, PrintWriter err) {
    scan.requirePhysical();
    scan.missingSummary().ifPresent(m -> SeapopymCli.note(err, m));
    scan.maskWarning(MISSING_LAYER_REMEDY).ifPresent(m -> SeapopymCli.warn(err, m));
    scan.rangeWarning().ifPresent(m -> SeapopymCli.warn(err, m));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
