package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.ForcingLoader;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.LoadOptions;
import io.github.seapopym4j.forcing.Rows;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * How to run one band of latitude rows of a spatial run wherever it is sent (an engine's executor):
 * the forcing files, by absolute path (the executors read them at the same paths: a shared file
 * system), how to load them, the model settings and the groups. {@link #run} reads only the band
 * from NetCDF files (a CSV file is read whole and the band copied out), runs the model over it and
 * returns a heap copy of its outputs; the model has no horizontal coupling, so a cell's outputs do not
 * depend on how the grid is split.
 *
 * @param temperature temperature file, absolute
 * @param production primary production file, absolute
 * @param temperatureVariable NetCDF variable of temperature, or null to detect it
 * @param productionVariable NetCDF variable of production, or null to detect it
 * @param temperatureUnits units replacing the file's, or null
 * @param productionUnits units replacing the file's, or null
 * @param float32 whether the forcings are loaded as float32
 * @param config model settings
 * @param groups functional groups
 */
public record BandRecipe(String temperature, String production, String temperatureVariable,
    String productionVariable, String temperatureUnits, String productionUnits, boolean float32,
    ModelConfig config, List<FunctionalGroup> groups) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Validates the recipe; the group list is copied. */
  public BandRecipe {
    Objects.requireNonNull(temperature, "temperature");
    Objects.requireNonNull(production, "production");
    Objects.requireNonNull(config, "config");
    groups = List.copyOf(groups);
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("a band recipe needs at least one functional group");
    }
  }

  /** The recipe of a run of {@code groups} on these files, loaded with {@code options}. */
  public static BandRecipe of(Path temperature, Path production, LoadOptions options,
      ModelConfig config, List<FunctionalGroup> groups) {
    return new BandRecipe(temperature.toAbsolutePath().normalize().toString(),
        production.toAbsolutePath().normalize().toString(), options.temperatureVariable(),
        options.productionVariable(), options.temperatureUnits(), options.productionUnits(),
        options.dataType() == DataType.FLOAT, config, groups);
  }

  /** The load options of the recipe (no cache: a band is read once). */
  public LoadOptions loadOptions() {
    return LoadOptions.builder().temperatureVariable(temperatureVariable)
        .productionVariable(productionVariable).temperatureUnits(temperatureUnits)
        .productionUnits(productionUnits).dataType(float32 ? DataType.FLOAT : DataType.DOUBLE)
        .cache(false).build();
  }

  /** Runs the model over {@code rows} and returns its outputs with the band's land mask. */
  public BandOutput run(Rows rows) {
    try (ForcingSet band = ForcingLoader.load(Path.of(temperature), Path.of(production),
            loadOptions(), rows);
        NoTransportModel m = NoTransportModel.prepare(band, config);
        ModelRun run = m.start(groups)) {
      return BandOutput.copyOf(run, rows.first(), ResultNetcdf.land(band));
    }
  }
}
