package io.github.seapopym4j.forcing;

import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * How {@link ForcingLoader} reads forcing files.
 *
 * <pre>{@code
 * LoadOptions opts = LoadOptions.builder().dataType(DataType.FLOAT).productionUnits("mg/m2/day").build();
 * }</pre>
 *
 * @param dataType DOUBLE (default) or FLOAT; FLOAT halves memory and rounds every input to float32
 *     (relative error ≤ 2⁻²⁴ ≈ 6e-8)
 * @param temperatureUnits units of the temperature values, replacing what the file says; null (default)
 *     means: the NetCDF {@code units} attribute, °C for CSV
 * @param productionUnits units of the production values, replacing what the file says, e.g.
 *     {@code "mg/m2/day"}; null (default) means: the NetCDF {@code units} attribute, g m⁻² d⁻¹ for CSV
 * @param temperatureVariable NetCDF variable of temperature; null (default) tries
 *     {@link #TEMPERATURE_NAMES} in order
 * @param productionVariable NetCDF variable of production; null (default) tries
 *     {@link #PRODUCTION_NAMES} in order
 * @param cache whether a second load of the same unchanged files returns the cached set (default true)
 * @param lazy whether NetCDF values are read on first use (default true) rather than during the load;
 *     CSV files are always read whole during the load
 */
public record LoadOptions(DataType dataType, String temperatureUnits, String productionUnits,
    String temperatureVariable, String productionVariable, boolean cache, boolean lazy) {

  /**
   * NetCDF names tried for temperature when none is given: SeapoPym's {@code T}, then the names of
   * SeapoPym's own output files ({@code forcing_temperature} before {@code temperature}, which in a
   * SeapoPym state file is the Gillooly-transformed field), then common model names. Only variables
   * of rank 3 or 4 that are not coordinates qualify (in SeapoPym files {@code T} is often the time axis).
   */
  public static final List<String> TEMPERATURE_NAMES = List.of(
      "T", "forcing_temperature", "temperature", "thetao", "temp", "votemper", "to");
  /** NetCDF names tried for primary production when none is given, in order. */
  public static final List<String> PRODUCTION_NAMES = List.of(
      "npp", "forcing_primary_production", "primary_production", "pp", "intpp", "nppv", "NPP", "PP");

  /** Validates the options. */
  public LoadOptions {
    Objects.requireNonNull(dataType, "dataType");
    if (dataType != DataType.DOUBLE && dataType != DataType.FLOAT) {
      throw new IllegalArgumentException("dataType must be DOUBLE or FLOAT, but was " + dataType);
    }
    if (productionUnits != null) {
      ForcingUnits.productionFactor(productionUnits);
    }
    if (temperatureUnits != null) {
      ForcingUnits.temperatureOffset(temperatureUnits);
    }
  }

  /** DOUBLE, units from the files, variable names detected, cache on, lazy NetCDF reads. */
  public static LoadOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options. */
  public Builder toBuilder() {
    return new Builder().dataType(dataType).temperatureUnits(temperatureUnits)
        .productionUnits(productionUnits).temperatureVariable(temperatureVariable)
        .productionVariable(productionVariable).cache(cache).lazy(lazy);
  }

  /** These options with the cache switched on or off. */
  public LoadOptions withCache(boolean on) {
    return toBuilder().cache(on).build();
  }

  /** These options with another data type. */
  public LoadOptions withDataType(DataType type) {
    return toBuilder().dataType(type).build();
  }

  /** Builds {@link LoadOptions}; every setting is optional. */
  public static final class Builder {
    private DataType dataType = DataType.DOUBLE;
    private String temperatureUnits;
    private String productionUnits;
    private String temperatureVariable;
    private String productionVariable;
    private boolean cache = true;
    private boolean lazy = true;

    private Builder() {}

    public Builder dataType(DataType dataType) {
      this.dataType = dataType;
      return this;
    }

    public Builder temperatureUnits(String units) {
      this.temperatureUnits = units;
      return this;
    }

    public Builder productionUnits(String units) {
      this.productionUnits = units;
      return this;
    }

    public Builder temperatureVariable(String name) {
      this.temperatureVariable = name;
      return this;
    }

    public Builder productionVariable(String name) {
      this.productionVariable = name;
      return this;
    }

    public Builder cache(boolean on) {
      this.cache = on;
      return this;
    }

    public Builder lazy(boolean on) {
      this.lazy = on;
      return this;
    }

    /** @throws IllegalArgumentException for a data type other than DOUBLE/FLOAT or unknown units */
    public LoadOptions build() {
      return new LoadOptions(dataType, temperatureUnits, productionUnits, temperatureVariable,
          productionVariable, cache, lazy);
    }
  }
}
