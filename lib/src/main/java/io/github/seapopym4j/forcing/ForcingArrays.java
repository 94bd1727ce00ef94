package io.github.seapopym4j.forcing;

import java.io.Serializable;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A {@link ForcingSet} copied into plain Java arrays: serialisable, so it can travel to other JVMs
 * (a Spark broadcast, a file) and become a {@code ForcingSet} again there. A {@code ForcingSet}
 * cannot travel itself: it owns off-heap memory.
 *
 * <p>Values are in the model's units (temperature °C {@code [time][lat][lon][layer]}, primary
 * production g m⁻² day⁻¹ {@code [time][lat][lon]}, row-major); the round trip {@code
 * of(f).toForcingSet()} gives the same values bit for bit, in the same data type. Memory: 8 bytes
 * per value on the heap (twice a FLOAT forcing's off-heap size).
 *
 * @implNote Immutable: arrays are copied in and never handed out.
 */
public final class ForcingArrays implements Serializable {

  private static final long serialVersionUID = 1L;

  private final double[] temperature;
  private final double[] primaryProduction;
  private final TimeAxis time;
  private final double[] latitude;
  private final double[] longitude;
  private final int[] layers;
  private final DataType dataType;
  private final String source;

  private ForcingArrays(ForcingSet f) {
    this.temperature = f.temperature().toDoubleArray();
    this.primaryProduction = f.primaryProduction().toDoubleArray();
    this.time = f.time();
    this.latitude = f.latitude();
    this.longitude = f.longitude();
    this.layers = f.layers();
    this.dataType = f.dataType();
    this.source = f.source();
  }

  /**
   * Copies {@code forcings} (which stays the caller's to close).
   *
   * @throws IllegalStateException when {@code forcings} is closed
   */
  public static ForcingArrays of(ForcingSet forcings) {
    Objects.requireNonNull(forcings, "forcings");
    if (forcings.isClosed()) {
      throw new IllegalStateException(forcings.source() + ": cannot copy closed forcings");
    }
    return new ForcingArrays(forcings);
  }

  /** A new off-heap {@code ForcingSet} with these values; the caller owns and closes it. */
  public ForcingSet toForcingSet() {
    // The builder only reads the value arrays (it copies them off-heap), so no defensive copy here.
    return ForcingSet.builder().time(time).latitude(latitude).longitude(longitude).layers(layers)
        .temperature(temperature).primaryProduction(primaryProduction)
        .dataType(dataType).source(source).build();
  }

  /** Where the values came from (file names), as in {@link ForcingSet#source()}. */
  public String source() {
    return source;
  }

  /** The number of values held, temperature and production together. */
  public long values() {
    return (long) temperature.length + primaryProduction.length;
  }

  /** Heap bytes of the value arrays: 8 per value. */
  public long sizeInBytes() {
    return Double.BYTES * values();
  }

  @Override
  public String toString() {
    return String.format("ForcingArrays[%s: %d×%d×%d×%d, %s, %.1f MB]", source, time.size(),
        latitude.length, longitude.length, layers.length, dataType, sizeInBytes() / 1e6);
  }
}
