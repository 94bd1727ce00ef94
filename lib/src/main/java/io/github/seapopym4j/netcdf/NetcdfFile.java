package io.github.seapopym4j.netcdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * Reads a classic NetCDF file (CDF-1 classic or CDF-2 64-bit offset): the header whole when opened,
 * values on request, a whole variable or a range of records, as doubles.
 *
 * <pre>{@code
 * try (NetcdfFile nc = NetcdfFile.open(Path.of("outputs.nc"))) {
 *   double[] day0 = nc.readRecords("biomass", 0, 1);
 * }
 * }</pre>
 *
 * <p>Attributes come back as {@code String} (text), a boxed number (one value) or a primitive array
 * (several), as {@link NetcdfSchema} takes them. The CDF-5 format and NetCDF-4 (HDF5) are not read
 * here; {@link #isClassic} tells them apart by the first bytes.
 *
 * @implNote Reads are positional: one open file may be read from several threads.
 */
public final class NetcdfFile implements AutoCloseable {

  /** A dimension as the header declares it: name and length (0 for the record dimension). */
  public record Dimension(String name, int length, boolean record) {}

  /**
   * A variable: its dimensions outermost first, their lengths, its type and attributes.
   *
   * @param begin offset of its first value (of record 0 for a record variable)
   */
  public record Variable(String name, NcType type, List<String> dimensions, int[] shape,
      Map<String, Object> attributes, boolean record, long begin) {

    /** Values per record (record variable) or in all (other). */
    public long slabValues() {
      long n = 1;
      for (int k = record ? 1 : 0; k < shape.length; k++) {
        n *= shape[k];
      }
      return n;
    }

    /** An attribute's value, or null. */
    public Object attribute(String attribute) {
      return attributes.get(attribute);
    }
  }

  private final Path file;
  private final FileChannel channel;
  private final Map<String, Object> attributes;
  private final Map<String, Variable> variables;
  private final long recordSize;
  private final int records;

  private NetcdfFile(Path file, FileChannel channel, Map<String, Object> attributes, Map<String, Variable> variables, long recordSize, int records) {
    this.file = file;
    this.channel = channel;
    this.attributes = attributes;
    this.variables = variables;
    this.recordSize = recordSize;
    this.records = records;
  }

  /** Whether {@code file} starts with the classic magic {@code CDF\1} or {@code CDF\2}. */
  public static boolean isClassic(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer b = ByteBuffer.allocate(4);
      while (b.hasRemaining() && ch.read(b) >= 0) {
        // fill
      }
      return !b.hasRemaining() && b.get(0) == 'C' && b.get(1) == 'D' && b.get(2) == 'F'
          && (b.get(3) == 1 || b.get(3) == 2);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Opens {@code file} and reads its header.
   *
   * @throws UncheckedIOException when it cannot be read
   * @throws IllegalArgumentException naming the file when it is not a classic NetCDF file
   */
  public static NetcdfFile open(Path file) {
    FileChannel ch = null;
    try {
      ch = FileChannel.open(file, StandardOpenOption.READ);
      long size = ch.size();
      int want = (int) Math.min(size, 1 << 16);
      while (true) {
        ByteBuffer b = ByteBuffer.allocate(want).order(ByteOrder.BIG_ENDIAN);
        while (b.hasRemaining() && ch.read(b, b.position()) > 0) {
          // fill
        }
        b.flip();
        try {
          ClassicHeader.Decoded h = ClassicHeader.decode(file, b, size);
          return new NetcdfFile(file, ch, h.attributes(), h.variables(), h.recordSize(),
              h.records());
        } catch (BufferUnderflowException e) {
          if (want >= size) {
            throw new IllegalArgumentException(file + ": truncated NetCDF header", e);
          }
          want = (int) Math.min(size, Math.min((long) want * 4, Integer.MAX_VALUE - 8));
        }
      }
    } catch (IOException e) {
      close(ch);
      throw new UncheckedIOException("cannot read NetCDF file " + file + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      close(ch);
      throw e;
    }
  }

  public Path path() {
    return file;
  }

  /** The global attributes, in file order. */
  public Map<String, Object> attributes() {
    return attributes;
  }

  /** The variables, in file order. */
  public Map<String, Variable> variables() {
    return variables;
  }

  /** The named variable; {@link IllegalArgumentException} naming the file when absent. */
  public Variable variable(String name) {
    Variable v = variables.get(name);
    if (v == null) {
      throw new IllegalArgumentException(file + ": no variable '" + name + "'; the file has "
          + variables.keySet());
    }
    return v;
  }

  /** Number of records. */
  public int records() {
    return records;
  }

  /** Every value of {@code variable}, row-major, as doubles. */
  public double[] read(String variable) {
    Variable v = variable(variable);
    return v.record() ? readRecords(variable, 0, records) : read(v, v.begin(), 0, v.slabValues());
  }

  /** Records {@code [first, first + count)} of a record variable, row-major, as doubles. */
  public double[] readRecords(String variable, int first, int count) {
    Variable v = variable(variable);
    if (!v.record()) {
      throw new IllegalArgumentException(file + ": variable '" + variable + "' is not a record "
          + "variable");
    }
    if (first < 0 || count < 0 || first + count > records) {
      throw new IndexOutOfBoundsException(String.format("%s: records [%d, %d) of '%s' lie outside "
          + "[0, %d)", file, first, first + count, variable, records));
    }
    long slab = v.slabValues();
    double[] out = new double[Math.toIntExact(slab * count)];
    ByteBuffer buffer = buffer(v, slab);
    for (int r = 0; r < count; r++) {
      readInto(v, v.begin() + (first + r) * recordSize, 0, (int) slab, out, (int) (r * slab), buffer);
    }
    return out;
  }

  /**
   * The hyperslab {@code [start, start + count)} of {@code variable} (every dimension, the record one
   * included), row-major, as doubles. Runs that are contiguous in the file are read in one go (a
   * band of latitude rows over all longitudes is one read per record and outer index).
   */
  public double[] readSlab(String variable, int[] start, int[] count) {
    Variable v = variable(variable);
    int[] shape = v.shape();
    if (start.length != shape.length || count.length != shape.length) {
      throw new IllegalArgumentException(String.format("%s: variable '%s' has %d dimensions, but the "
          + "slab has %d and %d", file, variable, shape.length, start.length, count.length));
    }
    long total = 1;
    for (int k = 0; k < shape.length; k++) {
      if (start[k] < 0 || count[k] < 0 || start[k] + count[k] > shape[k]) {
        throw new IndexOutOfBoundsException(String.format("%s: slab [%d, %d) of dimension %s of '%s' "
            + "lies outside [0, %d)", file, start[k], start[k] + count[k], v.dimensions().get(k),
            variable, shape[k]));
      }
      total *= count[k];
    }
    double[] out = new double[Math.toIntExact(total)];
    if (total == 0) {
      return out;
    }
    int rank = shape.length;
    if (rank == 0) {
      return read(v, v.begin(), 0, 1);
    }
    if (v.record() && rank == 1) {
      return readRecords(variable, start[0], count[0]);
    }
    int first = v.record() ? 1 : 0;
    int runDim = rank - 1; // the dimensions after runDim are read whole: one run per outer index
    while (runDim > first && count[runDim] == shape[runDim]) {
      runDim--;
    }
    long run = count[runDim];
    long[] stride = new long[rank];
    long s = 1;
    for (int k = rank - 1; k >= (v.record() ? 1 : 0); k--) {
      stride[k] = s;
      s *= shape[k];
    }
    for (int k = runDim + 1; k < rank; k++) {
      run *= shape[k];
    }
    int[] idx = new int[runDim];
    int done = 0;
    ByteBuffer buffer = buffer(v, run);
    while (true) {
      long offset = 0;
      long slabStart = v.begin();
      for (int k = 0; k < runDim; k++) {
        int i = start[k] + idx[k];
        if (v.record() && k == 0) {
          slabStart += i * recordSize;
        } else {
          offset += i * stride[k];
        }
      }
      offset += start[runDim] * stride[runDim];
      readInto(v, slabStart, offset, (int) run, out, done, buffer);
      done += (int) run;
      int k = runDim - 1;
      while (k >= 0 && ++idx[k] == count[k]) {
        idx[k] = 0;
        k--;
      }
      if (k < 0) {
        return out;
      }
    }
  }

  /**
   * The hyperslab {@code [start, start + count)} of an in-memory row-major array of {@code shape}:
   * what {@link #readSlab} reads from a file.
   */
  public static double[] cut(double[] whole, int[] shape, int[] start, int[] count) {
    int n = 1;
    for (int c : count) {
      n *= c;
    }
    double[] out = new double[n];
    int[] idx = new int[shape.length];
    for (int i = 0; i < n; i++) {
      long flat = 0;
      for (int k = 0; k < shape.length; k++) {
        flat = flat * shape[k] + start[k] + idx[k];
      }
      out[i] = whole[(int) flat];
      for (int k = shape.length - 1; k >= 0 && ++idx[k] == count[k]; k--) {
        idx[k] = 0;
      }
    }
    return out;
  }

  /** {@code count} values of a slab starting at byte {@code start}, from value {@code from}. */
  private double[] read(Variable v, long start, long from, long count) {
    double[] out = new double[Math.toIntExact(count)];
    readInto(v, start, from, out.length, out, 0, buffer(v, count));
    return out;
  }

  /** A direct buffer for reads of up to {@code count} values of {@code v} (at most 1 MiB). */
  private static ByteBuffer buffer(Variable v, long count) {
    return ByteBuffer.allocateDirect((int) Math.max(8, Math.min(count * v.type().size(), 1 << 20)))
        .order(ByteOrder.BIG_ENDIAN);
  }

  /**
   * A reader of contiguous runs of one variable's values that reuses its buffers, for many small
   * reads (a band of rows at each step): {@link RunReader#read}. One per thread; the file may be
   * shared.
   */
  public RunReader runReader(String variable) {
    return new RunReader(variable(variable));
  }

  /** Reads runs of one variable ({@link #runReader}); not thread-safe. */
  public final class RunReader {
    private final Variable v;
    private final ByteBuffer buffer;
    private final float[] floats;

    private RunReader(Variable v) {
      this.v = v;
      this.buffer = ByteBuffer.allocateDirect(1 << 17).order(ByteOrder.BIG_ENDIAN);
      this.floats = v.type() == NcType.FLOAT ? new float[buffer.capacity() / Float.BYTES] : null;
    }

    /**
     * Reads {@code count} values of record {@code record} (0 for a variable without the record
     * dimension) from the flat row-major index {@code index} within the record (or the variable) into
     * {@code out[at...]}, as doubles.
     *
     * @throws IndexOutOfBoundsException when the run lies outside the record or the variable
     */
    public void read(int record, long index, int count, double[] out, int at) {
      if (index < 0 || count < 0 || index + count > v.slabValues()
          || record < 0 || record >= (v.record() ? records : 1)) {
        throw new IndexOutOfBoundsException(String.format("%s: values [%d, %d) of record %d of '%s' "
            + "lie outside its %d values and %d records", file, index, index + count, record,
            v.name(), v.slabValues(), v.record() ? records : 1));
      }
      readInto(v, v.begin() + record * recordSize, index, count, out, at, buffer, floats);
    }
  }

  /**
   * Reads {@code count} values of a slab starting at byte {@code start}, from value {@code from},
   * into {@code out[at...]}: in chunks of the direct buffer {@code b}, decoded in bulk through a
   * typed view.
   */
  private void readInto(Variable v, long start, long from, int count, double[] out, int at,
      ByteBuffer b) {
    readInto(v, start, from, count, out, at, b,
        v.type() == NcType.FLOAT ? new float[b.capacity() / NcType.FLOAT.size()] : null);
  }

  private void readInto(Variable v, long start, long from, int count, double[] out, int at,
      ByteBuffer b, float[] floats) {
    int size = v.type().size();
    long position = start + from * size;
    int done = at;
    int end = at + count;
    try {
      while (done < end) {
        b.clear();
        b.limit((int) Math.min(b.capacity() / size * size, (long) (end - done) * size));
        while (b.hasRemaining()) {
          int r = channel.read(b, position + b.position());
          if (r < 0) {
            throw new IllegalArgumentException(String.format("%s: file ends inside variable '%s' "
                + "(truncated?)", file, v.name()));
          }
        }
        position += b.limit();
        b.flip();
        int n = b.remaining() / size;
        switch (v.type()) {
          case DOUBLE -> b.asDoubleBuffer().get(out, done, n);
          case FLOAT -> {
            b.asFloatBuffer().get(floats, 0, n);
            for (int i = 0; i < n; i++) {
              out[done + i] = floats[i];
            }
          }
          default -> {
            for (int i = 0; i < n; i++) {
              out[done + i] = switch (v.type()) {
                case INT -> b.getInt();
                case SHORT -> b.getShort();
                default -> b.get();
              };
            }
          }
        }
        done += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NetCDF file " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    close(channel);
  }

  private static void close(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // nothing to release
      }
    }
  }
}
