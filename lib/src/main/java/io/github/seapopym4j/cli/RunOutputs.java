package io.github.seapopym4j.cli;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.LoadOptions;
import io.github.seapopym4j.model.BandedRun;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ModelOutput;
import io.github.seapopym4j.model.OutputVariable;
import io.github.seapopym4j.model.ResultCsv;
import io.github.seapopym4j.model.ResultNetcdf;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The output formats of {@code seapopym run} and what each writes: {@code netcdf} one file
 * ({@value #NETCDF_FILE}, {@link ResultNetcdf}), {@code csv} one long CSV per output variable
 * ({@link ResultCsv}).
 */
final class RunOutputs {

  /** The file of a NetCDF run. */
  static final String NETCDF_FILE = "outputs.nc";

  /** {@code --format}. */
  enum Format {
    NETCDF, CSV;

    /** {@code netcdf} or {@code csv}, any case. */
    static Format parse(String text) {
      return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(text.trim())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(
              "--format: expected netcdf or csv, but found '" + text + "'"));
    }

    /** netcdf when {@code temperature} is a NetCDF file (.nc, .nc4), csv otherwise. */
    static Format defaultFor(Path temperature) {
      String name = temperature.getFileName().toString().toLowerCase(Locale.ROOT);
      return name.endsWith(".nc") || name.endsWith(".nc4") ? NETCDF : CSV;
    }
  }

  private RunOutputs() {}

  /** Writes the outputs of {@code run} into {@code dir}; returns the names of the files written. */
  static List<String> write(Format format, ModelOutput run, Path dir, ForcingSet forcings,
      ModelConfig config, boolean float32, List<OutputVariable> variables,
      Map<String, Object> settings) {
    if (format == Format.CSV) {
      ResultCsv.writeAll(run, dir, variables);
      return new ArrayList<>(variables.stream().map(OutputVariable::fileName).toList());
    }
    ResultNetcdf.write(run, dir.resolve(NETCDF_FILE), ResultNetcdf.land(forcings), float32,
        variables, config.units().biomassUnits(), settings);
    return new ArrayList<>(List.of(NETCDF_FILE));
  }

  /**
   * Runs the model band of rows by band and writes each band's outputs into {@value #NETCDF_FILE}
   * before the next ({@link BandedRun}).
   */
  static List<String> writeBlocks(RunBlocks plan, Path temperature, Path production,
      LoadOptions load, ForcingSet whole, List<FunctionalGroup> groups, ModelConfig config, Path dir,
      boolean float32, List<OutputVariable> variables, Map<String, Object> settings) {
    BandedRun.write(temperature, production, load, whole, plan.rowsPerBlock(), groups, config,
        new BandedRun.Output(dir.resolve(NETCDF_FILE), float32, variables, settings));
    return new ArrayList<>(List.of(NETCDF_FILE));
  }

  /** The run's settings as NetCDF global attributes. */
  static Map<String, Object> settings(Path temperature, Path production, ModelConfig config,
      Path groups) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("history", Instant.now().truncatedTo(ChronoUnit.SECONDS) + " "
        + new SeapopymCli.Version().getVersion()[0] + " run");
    a.put("forcing_temperature", temperature.toString());
    a.put("forcing_primary_production", production.toString());
    a.put("groups_file", groups.toString());
    a.put("model_config", config.toString());
    a.put("biomass_scheme", config.scheme().name().toLowerCase(Locale.ROOT));
    a.put("gillooly", config.gillooly() ? "on" : "off");
    a.put("units", config.units().biomassUnits());
    a.put("angle_horizon_sun", config.angleHorizonSun());
    a.put("missing_layer", config.missingLayer().name().toLowerCase(Locale.ROOT));
    return a;
  }
}
