package io.github.seapopym4j.forcing;

import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One named forcing variable: an off-heap ND4J array with its dimension names and units.
 *
 * <p>A forcing is immutable: no method hands out its array. Reads go through {@link #get},
 * {@link #toDoubleArray()}, or a read-only NIO view of the off-heap buffer ({@link
 * #asReadOnlyDoubleBuffer()}); a writable copy needs an explicit {@link #dup()}, which the caller owns
 * and must close.
 *
 * <p>The data may be loaded lazily: a forcing opened from a file knows its shape from the header and
 * reads its values on first use ({@link #isLoaded()}).
 *
 * @implNote Thread-safe. The lazy load happens once, under a lock; after it, every read is a plain read
 *     of memory that is never written again, so any number of threads (and model runs) may share one
 *     forcing. {@link #close()} frees the off-heap memory; it must not race with readers.
 */
public final class Forcing implements AutoCloseable {

  private final String name;
  private final List<String> dims;
  private final String units;
  private final long[] shape;
  private final DataType dataType;
  private Supplier<INDArray> loader;
  private volatile INDArray data;
  private volatile boolean closed;

  private Forcing(String name, List<String> dims, String units, long[] shape, DataType dataType,
      Supplier<INDArray> loader, INDArray data) {
    this.name = Objects.requireNonNull(name, "name");
    this.dims = List.copyOf(dims);
    this.units = Objects.requireNonNull(units, "units");
    this.shape = shape.clone();
    this.dataType = Objects.requireNonNull(dataType, "dataType");
    if (dims.size() != shape.length) {
      throw new IllegalArgumentException(String.format(
          "forcing '%s': %d dimension names %s for a shape of rank %d %s",
          name, dims.size(), dims, shape.length, Arrays.toString(shape)));
    }
    if (dataType != DataType.DOUBLE && dataType != DataType.FLOAT) {
      throw new IllegalArgumentException(String.format(
          "forcing '%s': data type must be DOUBLE or FLOAT, but was %s", name, dataType));
    }
    this.loader = loader;
    this.data = data;
  }

  /**
   * A forcing that owns {@code data}, which must not be referenced elsewhere afterwards.
   *
   * @param name variable name, e.g. {@code "temperature"}
   * @param dims dimension names, one per axis of {@code data}
   * @param units units of the values, e.g. {@code "degC"}
   * @param data the values; this forcing takes ownership and closes it
   */
  public static Forcing of(String name, List<String> dims, String units, INDArray data) {
    return new Forcing(name, dims, units, data.shape(), data.dataType(), null, data);
  }

  /**
   * A forcing whose data are produced by {@code loader} on first use.
   *
   * @param shape the shape the loader will produce (checked when it runs)
   * @param loader returns a new array this forcing owns; it runs at most once
   */
  public static Forcing lazy(String name, List<String> dims, String units, long[] shape,
      DataType dataType, Supplier<INDArray> loader) {
    return new Forcing(name, dims, units, shape, dataType, Objects.requireNonNull(loader), null);
  }

  public String name() {
    return name;
  }

  /** Dimension names, outermost first, e.g. {@code [time, lat, lon, layer]}. */
  public List<String> dims() {
    return dims;
  }

  public String units() {
    return units;
  }

  /** The shape (a copy). */
  public long[] shape() {
    return shape.clone();
  }

  /** Number of values. */
  public long length() {
    long n = 1;
    for (long s : shape) {
      n *= s;
    }
    return n;
  }

  public DataType dataType() {
    return dataType;
  }

  /** Bytes of off-heap memory the data take once loaded. */
  public long sizeInBytes() {
    return length() * dataType.width();
  }

  /** Whether the values have been read into memory yet. */
  public boolean isLoaded() {
    return data != null;
  }

  /** Whether {@link #close()} has been called. */
  public boolean isClosed() {
    return closed;
  }

  /** The value at the given index (one index per dimension). */
  public double get(long... index) {
    if (index.length != shape.length) {
      throw new IllegalArgumentException(String.format(
          "forcing '%s' has %d dimensions %s, but %d indices were given",
          name, shape.length, dims, index.length));
    }
    return array().getDouble(index);
  }

  /** The value at a flat, row-major (C-order) index. */
  public double getFlat(long flatIndex) {
    return array().getDouble(flatIndex);
  }

  /** A new writable copy in this forcing's data type; the caller owns it and must close it. */
  public INDArray dup() {
    return array().dup();
  }

  /** All values in row-major (C) order, as a new heap array. */
  public double[] toDoubleArray() {
    return array().data().asDouble();
  }

  /**
   * A read-only view of the off-heap values in row-major order, without copying.
   *
   * @throws IllegalStateException if the data type is not DOUBLE
   */
  public DoubleBuffer asReadOnlyDoubleBuffer() {
    INDArray a = array();
    if (dataType != DataType.DOUBLE) {
      throw new IllegalStateException(String.format(
          "forcing '%s' holds %s values; use asReadOnlyFloatBuffer() or toDoubleArray()", name, dataType));
    }
    return a.data().asNio().order(ByteOrder.nativeOrder()).asDoubleBuffer().asReadOnlyBuffer();
  }

  /**
   * A read-only view of the off-heap values in row-major order, without copying.
   *
   * @throws IllegalStateException if the data type is not FLOAT
   */
  public FloatBuffer asReadOnlyFloatBuffer() {
    INDArray a = array();
    if (dataType != DataType.FLOAT) {
      throw new IllegalStateException(String.format(
          "forcing '%s' holds %s values; use asReadOnlyDoubleBuffer() or toDoubleArray()", name, dataType));
    }
    return a.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer().asReadOnlyBuffer();
  }

  private INDArray array() {
    INDArray a = data;
    if (a == null || closed) {
      synchronized (this) {
        if (closed) {
          throw new IllegalStateException("forcing '" + name + "' is closed; its memory has been released");
        }
        if (data == null) {
          INDArray loaded = loader.get();
          if (!Arrays.equals(loaded.shape(), shape) || loaded.dataType() != dataType) {
            String found = Arrays.toString(loaded.shape()) + " " + loaded.dataType();
            loaded.close();
            throw new IllegalStateException(String.format(
                "forcing '%s': expected shape %s %s from its source, but it produced %s",
                name, Arrays.toString(shape), dataType, found));
          }
          data = loaded;
          loader = null;
        }
        a = data;
      }
    }
    return a;
  }

  /** Frees the off-heap memory. Idempotent; any later read fails with {@link IllegalStateException}. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    INDArray a = data;
    data = null;
    loader = null;
    if (a != null && a.closeable()) {
      a.close();
    }
  }

  @Override
  public String toString() {
    return String.format("Forcing[%s %s %s, %s, %s%s]", name, dims, Arrays.toString(shape), units,
        dataType, closed ? ", closed" : isLoaded() ? "" : ", not loaded");
  }
}
