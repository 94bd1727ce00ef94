package io.github.seapopym4j.forcing;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The forcings of one SEAPOPYM simulation: temperature per layer and primary production on a common
 * time axis and latitude/longitude grid.
 *
 * <ul>
 *   <li>{@link #temperature()}: [time, lat, lon, layer], °C; NaN means land or a missing layer.
 *   <li>{@link #primaryProduction()}: [time, lat, lon], g m⁻² d⁻¹ (converted on load); NaN means land.
 * </ul>
 *
 * <p>Load a set once and share it: it is immutable, every model run reads it without copying, and
 * {@link #close()} releases its off-heap memory. Using a closed set fails with a clear message.
 *
 * @implNote Thread-safe for reading: any number of threads may read one set at once.
 */
public final class ForcingSet implements AutoCloseable {

  /** Dimension names of {@link #temperature()}. */
  public static final List<String> TEMPERATURE_DIMS = List.of("time", "lat", "lon", "layer");
  /** Dimension names of {@link #primaryProduction()}. */
  public static final List<String> PRODUCTION_DIMS = List.of("time", "lat", "lon");
  /** Units of temperature. */
  public static final String TEMPERATURE_UNITS = "degC";
  /** The model's unit of primary production. */
  public static final String PRODUCTION_UNITS = "g/m2/day";

  private final Forcing temperature;
  private final Forcing primaryProduction;
  private final TimeAxis time;
  private final double[] latitude;
  private final double[] longitude;
  private final int[] layers;
  private final String source;

  private ForcingSet(Forcing temperature, Forcing primaryProduction, TimeAxis time, double[] latitude,
      double[] longitude, int[] layers, String source) {
    this.temperature = temperature;
    this.primaryProduction = primaryProduction;
    this.time = time;
    this.latitude = latitude;
    this.longitude = longitude;
    this.layers = layers;
    this.source = source;
  }

  /**
   * Assembles a set from two forcings and their coordinates, checking that every dimension agrees.
   * The set takes ownership of both forcings.
   *
   * @param source a description of where the data come from (file names), used in error messages
   * @throws IllegalArgumentException naming the forcing and both dimension lists when they disagree
   */
  public static ForcingSet of(Forcing temperature, Forcing primaryProduction, TimeAxis time,
      double[] latitude, double[] longitude, int[] layers, String source) {
    Objects.requireNonNull(temperature, "temperature");
    Objects.requireNonNull(primaryProduction, "primaryProduction");
    Objects.requireNonNull(time, "time");
    long[] expectedT = {time.size(), latitude.length, longitude.length, layers.length};
    long[] expectedPp = {time.size(), latitude.length, longitude.length};
    checkShape(source, temperature, TEMPERATURE_DIMS, expectedT);
    checkShape(source, primaryProduction, PRODUCTION_DIMS, expectedPp);
    if (temperature.dataType() != primaryProduction.dataType()) {
      throw new IllegalArgumentException(String.format(
          "%s: temperature is %s but primary production is %s; both must have the same data type",
          source, temperature.dataType(), primaryProduction.dataType()));
    }
    checkDistinct(source, "layer", Arrays.stream(layers).asDoubleStream().toArray());
    checkDistinct(source, "lat", latitude);
    checkDistinct(source, "lon", longitude);
    return new ForcingSet(temperature, primaryProduction, time, latitude.clone(), longitude.clone(),
        layers.clone(), source);
  }

  /** A builder that assembles a set from plain Java arrays (synthetic forcings, tests). */
  public static ForcingSetBuilder builder() {
    return new ForcingSetBuilder();
  }

  private static void checkShape(String source, Forcing f, List<String> dims, long[] expected) {
    if (!f.dims().equals(dims) || !Arrays.equals(f.shape(), expected)) {
      throw new IllegalArgumentException(String.format(
          "%s: %s has dimensions %s with shape %s, but expected %s with shape %s "
              + "(time=%d, lat=%d, lon=%d%s)",
          source, f.name(), f.dims(), Arrays.toString(f.shape()), dims, Arrays.toString(expected),
          expected[0], expected[1], expected[2], expected.length > 3 ? ", layer=" + expected[3] : ""));
    }
  }

  private static void checkDistinct(String source, String axis, double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException(source + ": coordinate '" + axis + "' is empty, expected ≥ 1 value");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; i++) {
      if (!Double.isFinite(sorted[i])) {
        throw new IllegalArgumentException(String.format(
            "%s: coordinate '%s' must be finite, but contains %s", source, axis, sorted[i]));
      }
      if (i > 0 && sorted[i] == sorted[i - 1]) {
        throw new IllegalArgumentException(String.format(
            "%s: coordinate '%s' must not repeat a value, but %s appears twice", source, axis, sorted[i]));
      }
    }
  }

  /** Temperature [time, lat, lon, layer] in °C. */
  public Forcing temperature() {
    checkOpen();
    return temperature;
  }

  /** Primary production [time, lat, lon] in g m⁻² d⁻¹. */
  public Forcing primaryProduction() {
    checkOpen();
    return primaryProduction;
  }

  public TimeAxis time() {
    return time;
  }

  /** Latitudes in degrees north (a copy). */
  public double[] latitude() {
    return latitude.clone();
  }

  /** Longitudes in degrees east (a copy). */
  public double[] longitude() {
    return longitude.clone();
  }

  /** Layer labels (the SeapoPym Z coordinate; groups name their day and night layers by label). */
  public int[] layers() {
    return layers.clone();
  }

  /**
   * Whether cell ({@code latIndex}, {@code lonIndex}) is land: every layer's temperature is NaN at the
   * first step (the model's layer mask has no layer there, and its biomass is 0 by construction).
   */
  public boolean isLand(int latIndex, int lonIndex) {
    for (int z = 0; z < layers.length; z++) {
      if (!Double.isNaN(temperature.get(0, latIndex, lonIndex, z))) {
        return false;
      }
    }
    return true;
  }

  /** The position of layer {@code label} on the layer axis, or -1 when there is no such layer. */
  public int layerIndex(int label) {
    return java.util.stream.IntStream.range(0, layers.length).filter(i -> layers[i] == label)
        .findFirst().orElse(-1);
  }

  public int timeSize() {
    return time.size();
  }

  public int latSize() {
    return latitude.length;
  }

  public int lonSize() {
    return longitude.length;
  }

  public int layerSize() {
    return layers.length;
  }

  /** Number of grid cells (lat × lon). */
  public int cellCount() {
    return latitude.length * longitude.length;
  }

  /** The data type of both forcings (DOUBLE by default; FLOAT on request). */
  public DataType dataType() {
    return temperature.dataType();
  }

  /** Where the data come from (file names or "synthetic ..."). */
  public String source() {
    return source;
  }

  /** Off-heap bytes both forcings take once loaded. */
  public long sizeInBytes() {
    return temperature.sizeInBytes() + primaryProduction.sizeInBytes();
  }

  public boolean isClosed() {
    return temperature.isClosed();
  }

  /** Releases the off-heap memory of both forcings. Idempotent. */
  @Override
  public void close() {
    temperature.close();
    primaryProduction.close();
  }

  private void checkOpen() {
    if (temperature.isClosed()) {
      throw new IllegalStateException("forcing set '" + source + "' is closed; its memory has been released");
    }
  }

  @Override
  public String toString() {
    return String.format("ForcingSet[%s; %s; lat %d, lon %d, layers %s; %s]", source, time,
        latitude.length, longitude.length, Arrays.toString(layers), dataType());
  }
}
