package io.github.seapopym4j.forcing;

import java.util.function.Supplier;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads the values of one NetCDF variable on first use (the loader of a lazy {@link Forcing}): checks
 * that the file did not change since its header was read, reads the stored values (either format,
 * through the reader's {@code raw} supplier), converts fill values to NaN,
 * applies packing and unit conversion, checks production is ≥ 0, and transposes into the model's
 * dimension order. Values are read whole; the heap copy is dropped once the
 * off-heap array exists.
 */
final class NetcdfValues implements Supplier<INDArray> {

  /**
   * stored value → model value: {@code v * scale + offset}; {@code fillValue} and {@code missingValue}
   * (NaN when absent) become NaN.
   */
  record Conversion(double scale, double offset, double fillValue, double missingValue) {}

  private final FileStamp stamp;
  private final String variable;
  private final Supplier<double[]> raw;
  private final String what;
  private final int[] sourceShape;
  private final int[] permutation;
  private final Conversion conversion;
  private final boolean nonNegative;
  private final DataType type;
  private final TimeAxis time;
  private final double[] lat;
  private final double[] lon;

  NetcdfValues(FileStamp stamp, String variable, String what, Supplier<double[]> raw,
      int[] sourceShape, int[] permutation,
      Conversion conversion, boolean nonNegative, DataType type, TimeAxis time, double[] lat,
      double[] lon) {
    this.stamp = stamp;
    this.variable = variable;
    this.raw = raw;
    this.what = what;
    this.sourceShape = sourceShape.clone();
    this.permutation = permutation.clone();
    this.conversion = conversion;
    this.nonNegative = nonNegative;
    this.type = type;
    this.time = time;
    this.lat = lat;
    this.lon = lon;
  }

  /**
   * The values, converted and in [time, lat, lon(, layer)] order.
   *
   * @throws IllegalArgumentException naming the file, the variable and the cause when the values
   *     cannot be read (a variable declared but never written, a truncated file), never the reader's
   *     or ND4J's own exception
   */
  @Override
  public INDArray get() {
    stamp.checkUnchanged(what);
    try {
      return read();
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw e;
    } catch (RuntimeException e) {
      long declared = 1;
      for (int n : sourceShape) {
        declared *= n;
      }
      throw new IllegalArgumentException(String.format("%s variable '%s': cannot read its %d declared "
          + "values (%s: %s); was the variable written, and is the file complete?", stamp.path(),
          variable, declared, e.getClass().getSimpleName(), e.getMessage()), e);
    }
  }

  private INDArray read() {
    double[] stored = raw.get();
    long declared = 1;
    for (int n : sourceShape) {
      declared *= n;
    }
    if (stored.length != declared) { // e.g. a NetCDF-4 variable never written
      throw new IllegalStateException("the file gave " + stored.length + " values");
    }
    convert(stored);
    long[] shape = new long[permutation.length];
    int[] targetShape = new int[permutation.length];
    for (int k = 0; k < permutation.length; k++) {
      targetShape[k] = permutation[k] < 0 ? 1 : sourceShape[permutation[k]];
      shape[k] = targetShape[k];
    }
    long bytes = (long) stored.length * (type == DataType.DOUBLE ? Double.BYTES : Float.BYTES);
    if (bytes > Integer.MAX_VALUE) { // beyond one NIO buffer's reach: ND4J's own (slower) copy
      double[] values = permute(stored, sourceShape, permutation, targetShape);
      if (type == DataType.DOUBLE) {
        return Nd4j.create(values, shape, DataType.DOUBLE);
      }
      return Nd4j.create(floats(values, 0, values.length), shape, DataType.FLOAT);
    }
    // transposed chunk by chunk straight into the off-heap array: Nd4j.create(double[]) would
    // store value by value, after a transposed heap copy
    INDArray out = Nd4j.createUninitialized(type, shape);
    try {
      java.nio.ByteBuffer nio = out.data().asNio().order(java.nio.ByteOrder.nativeOrder());
      if (type == DataType.DOUBLE) {
        java.nio.DoubleBuffer d = nio.asDoubleBuffer();
        permuteInto(stored, sourceShape, permutation, targetShape,
            (at, values, from, n) -> d.put(at, values, from, n));
      } else {
        java.nio.FloatBuffer f = nio.asFloatBuffer();
        permuteInto(stored, sourceShape, permutation, targetShape,
            (at, values, from, n) -> f.put(at, floats(values, from, n)));
      }
      return out;
    } catch (RuntimeException e) {
      out.close();
      throw e;
    }
  }

  private static float[] floats(double[] values, int from, int n) {
    float[] f = new float[n];
    for (int i = 0; i < n; i++) {
      f[i] = (float) values[from + i];
    }
    return f;
  }

  private void convert(double[] v) {
    Conversion c = conversion;
    int negatives = 0;
    int first = -1;
    for (int i = 0; i < v.length; i++) {
      double x = v[i];
      if (x == c.fillValue() || x == c.missingValue()) {
        v[i] = Double.NaN;
        continue;
      }
      x = x * c.scale() + c.offset();
      if (nonNegative && x < 0) {
        negatives++;
        first = first < 0 ? i : first;
      }
      v[i] = x;
    }
    if (negatives > 0) {
      int[] idx = unravel(first, sourceShape);
      int t = idx[permutation[0]];
      throw new IllegalArgumentException(String.format(
          "%s variable '%s': primary production must be ≥ 0 (or NaN for land), but %d values are "
              + "negative, the first %s g/m2/day at time %s, lat %s, lon %s", stamp.path(), variable,
          negatives, v[first], time.date(t), lat[idx[permutation[1]]], lon[idx[permutation[2]]]));
    }
  }

  /**
   * Reorders a row-major array: target axis k is source axis {@code perm[k]} (-1: a new axis of size 1).
   */
  static double[] permute(double[] src, int[] srcShape, int[] perm, int[] targetShape) {
    if (isIdentity(perm)) {
      return src;
    }
    double[] out = new double[src.length];
    permuteInto(src, srcShape, perm, targetShape,
        (at, values, from, n) -> System.arraycopy(values, from, out, at, n));
    return out;
  }

  /** Receives the values of {@link #permuteInto} in order, a chunk at a time. */
  @FunctionalInterface
  interface Sink {
    /** Values {@code [at, at + n)} of the target are {@code values[from, from + n)}. */
    void put(int at, double[] values, int from, int n);
  }

  /** Chunk of {@link #permuteInto}: 64 Ki values (512 KiB). */
  private static final int CHUNK = 1 << 16;

  /** {@link #permute} handing the target's values to {@code sink} chunk by chunk. */
  static void permuteInto(double[] src, int[] srcShape, int[] perm, int[] targetShape, Sink sink) {
    if (isIdentity(perm)) {
      for (int at = 0; at < src.length; at += CHUNK) {
        int n = Math.min(CHUNK, src.length - at);
        sink.put(at, src, at, n);
      }
      return;
    }
    long[] srcStride = new long[srcShape.length];
    long s = 1;
    for (int k = srcShape.length - 1; k >= 0; k--) {
      srcStride[k] = s;
      s *= srcShape[k];
    }
    long[] stride = new long[perm.length];
    for (int k = 0; k < perm.length; k++) {
      stride[k] = perm[k] < 0 ? 0 : srcStride[perm[k]];
    }
    double[] chunk = new double[Math.min(CHUNK, src.length)];
    int[] idx = new int[perm.length];
    long offset = 0;
    int filled = 0;
    for (int i = 0; i < src.length; i++) {
      chunk[filled++] = src[(int) offset];
      if (filled == chunk.length) {
        sink.put(i + 1 - filled, chunk, 0, filled);
        filled = 0;
      }
      for (int k = perm.length - 1; k >= 0; k--) {
        if (++idx[k] < targetShape[k]) {
          offset += stride[k];
          break;
        }
        offset -= stride[k] * (targetShape[k] - 1);
        idx[k] = 0;
      }
    }
    if (filled > 0) {
      sink.put(src.length - filled, chunk, 0, filled);
    }
  }

  private static boolean isIdentity(int[] perm) {
    boolean identity = true;
    for (int k = 0; k < perm.length; k++) {
      identity &= perm[k] == k || (perm[k] < 0 && k == perm.length - 1);
    }
    return identity;
  }

  private static int[] unravel(int flat, int[] shape) {
    int[] idx = new int[shape.length];
    for (int k = shape.length - 1; k >= 0; k--) {
      idx[k] = flat % shape[k];
      flat /= shape[k];
    }
    return idx;
  }

  /** A (possibly nested) numeric array jhdf returns for a slice, flat in row-major order. */
  static double[] flatten(Object data) {
    if (data == null || !data.getClass().isArray()) {
      return new double[] {((Number) data).doubleValue()};
    }
    if (!data.getClass().getComponentType().isArray()) {
      return NetcdfAttributes.doubles(data);
    }
    int n = java.lang.reflect.Array.getLength(data);
    double[][] parts = new double[n][];
    int total = 0;
    for (int i = 0; i < n; i++) {
      parts[i] = flatten(java.lang.reflect.Array.get(data, i));
      total += parts[i].length;
    }
    double[] out = new double[total];
    int at = 0;
    for (double[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
