package io.github.seapopym4j.forcing;

import java.time.LocalDate;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Builds a {@link ForcingSet} from plain Java arrays in row-major order: temperature indexed
 * {@code [time][lat][lon][layer]}, primary production {@code [time][lat][lon]}.
 *
 * <pre>{@code
 * ForcingSet f = ForcingSet.builder()
 *     .time(TimeAxis.daily(LocalDate.of(2000, 1, 1), 365))
 *     .latitude(20.5).longitude(150.5).layers(1, 2, 3)
 *     .temperature(t).primaryProduction(pp)
 *     .build();
 * }</pre>
 */
public final class ForcingSetBuilder {

  private TimeAxis time;
  private double[] latitude;
  private double[] longitude;
  private int[] layers;
  private double[] temperature;
  private double[] primaryProduction;
  private DataType dataType = DataType.DOUBLE;
  private String source = "in-memory forcings";

  ForcingSetBuilder() {}

  public ForcingSetBuilder time(TimeAxis time) {
    this.time = time;
    return this;
  }

  /** A daily time axis from {@code start}. */
  public ForcingSetBuilder daily(LocalDate start, int steps) {
    return time(TimeAxis.daily(start, steps));
  }

  public ForcingSetBuilder latitude(double... latitude) {
    this.latitude = latitude.clone();
    return this;
  }

  public ForcingSetBuilder longitude(double... longitude) {
    this.longitude = longitude.clone();
    return this;
  }

  public ForcingSetBuilder layers(int... labels) {
    this.layers = labels.clone();
    return this;
  }

  /** Temperature in °C, row-major {@code [time][lat][lon][layer]}; NaN = land or missing layer. */
  public ForcingSetBuilder temperature(double[] values) {
    this.temperature = values;
    return this;
  }

  /** Primary production in g m⁻² d⁻¹, row-major {@code [time][lat][lon]}; NaN = land. */
  public ForcingSetBuilder primaryProduction(double[] values) {
    this.primaryProduction = values;
    return this;
  }

  /** DOUBLE (default) or FLOAT, which halves memory at the cost of float32 rounding of the inputs. */
  public ForcingSetBuilder dataType(DataType dataType) {
    this.dataType = dataType;
    return this;
  }

  /** A description of where the data come from, used in error messages. */
  public ForcingSetBuilder source(String source) {
    this.source = source;
    return this;
  }

  /**
   * Checks the arrays and copies them off-heap.
   *
   * @throws IllegalArgumentException when a part is missing, a length disagrees with the axes, or a
   *     primary production value is negative
   */
  public ForcingSet build() {
    require(time, "time axis");
    require(latitude, "latitude");
    require(longitude, "longitude");
    require(layers, "layers");
    require(temperature, "temperature");
    require(primaryProduction, "primary production");
    int nt = time.size();
    int ny = latitude.length;
    int nx = longitude.length;
    int nz = layers.length;
    checkLength("temperature", temperature.length, (long) nt * ny * nx * nz,
        "time × lat × lon × layer = " + nt + "×" + ny + "×" + nx + "×" + nz);
    checkLength("primary production", primaryProduction.length, (long) nt * ny * nx,
        "time × lat × lon = " + nt + "×" + ny + "×" + nx);
    for (int i = 0; i < primaryProduction.length; i++) {
      double v = primaryProduction[i];
      if (v < 0) {
        int t = i / (ny * nx);
        int y = (i / nx) % ny;
        int x = i % nx;
        throw new IllegalArgumentException(String.format(
            "%s: primary production must be ≥ 0 (or NaN for land), but was %s at time %s, lat %s, lon %s",
            source, v, time.date(t), latitude[y], longitude[x]));
      }
    }
    INDArray t = null;
    INDArray pp = null;
    try {
      t = Nd4j.create(temperature, new long[] {nt, ny, nx, nz}, DataType.DOUBLE);
      pp = Nd4j.create(primaryProduction, new long[] {nt, ny, nx}, DataType.DOUBLE);
      if (dataType != DataType.DOUBLE) {
        INDArray t32 = t.castTo(dataType);
        t.close();
        t = t32;
        INDArray pp32 = pp.castTo(dataType);
        pp.close();
        pp = pp32;
      }
      return ForcingSet.of(
          Forcing.of("temperature", ForcingSet.TEMPERATURE_DIMS, ForcingSet.TEMPERATURE_UNITS, t),
          Forcing.of("primary_production", ForcingSet.PRODUCTION_DIMS, ForcingSet.PRODUCTION_UNITS, pp),
          time, latitude, longitude, layers, source);
    } catch (RuntimeException e) {
      if (t != null && !t.wasClosed()) {
        t.close();
      }
      if (pp != null && !pp.wasClosed()) {
        pp.close();
      }
      throw e;
    }
  }

  private void require(Object value, String what) {
    if (value == null) {
      throw new IllegalStateException(source + ": " + what + " was not set on the forcing set builder");
    }
  }

  private void checkLength(String what, long actual, long expected, String shape) {
    if (actual != expected) {
      throw new IllegalArgumentException(String.format(
          "%s: %s has %d values, but %s needs %d", source, what, actual, shape, expected));
    }
  }
}
