package io.github.seapopym4j.netcdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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

  private static final int STREAMING = -1;

  /** A dimension: name and length (for the record dimension, the number of records). */
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
  private final List<Dimension> dims;
  private final Map<String, Object> attributes;
  private final Map<String, Variable> variables;
  private final long recordSize;
  private final int records;

  private NetcdfFile(Path file, FileChannel channel, List<Dimension> dims,
      Map<String, Object> attributes, Map<String, Variable> variables, long recordSize, int records) {
    this.file = file;
    this.channel = channel;
    this.dims = dims;
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
          return parse(file, ch, b, size);
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

  private static NetcdfFile parse(Path file, FileChannel ch, ByteBuffer b, long size) {
    int magic = b.getInt();
    if ((magic & 0xFFFFFF00) != 0x43444600 || (magic & 0xFF) < 1 || (magic & 0xFF) > 2) {
      throw new IllegalArgumentException(String.format("%s: not a classic NetCDF file: expected the "
          + "magic 'CDF' 1 or 2, but found 0x%08X", file, magic));
    }
    boolean offset64 = (magic & 0xFF) == 2;
    int numrecs = b.getInt();
    List<Dimension> dims = new ArrayList<>();
    int n = list(b, NetcdfWriter.NC_DIMENSION, file, "dimension");
    for (int i = 0; i < n; i++) {
      String name = name(b);
      int length = b.getInt();
      dims.add(new Dimension(name, length, length == 0));
    }
    Map<String, Object> global = attributes(b, file);
    int nv = list(b, NetcdfWriter.NC_VARIABLE, file, "variable");
    List<String> names = new ArrayList<>();
    List<int[]> ids = new ArrayList<>();
    List<Map<String, Object>> attrs = new ArrayList<>();
    List<NcType> types = new ArrayList<>();
    long[] begins = new long[nv];
    long recordSize = 0;
    for (int i = 0; i < nv; i++) {
      names.add(name(b));
      int[] d = new int[b.getInt()];
      for (int k = 0; k < d.length; k++) {
        d[k] = b.getInt();
      }
      ids.add(d);
      attrs.add(attributes(b, file));
      types.add(NcType.of(b.getInt(), file + " variable '" + names.get(i) + "'"));
      long vsize = b.getInt() & 0xFFFFFFFFL;
      begins[i] = offset64 ? b.getLong() : b.getInt() & 0xFFFFFFFFL;
      if (d.length > 0 && dims.get(d[0]).record()) {
        recordSize += vsize;
      }
    }
    long recordStart = Long.MAX_VALUE;
    for (int i = 0; i < nv; i++) {
      if (ids.get(i).length > 0 && dims.get(ids.get(i)[0]).record()) {
        recordStart = Math.min(recordStart, begins[i]);
      }
    }
    int records = numrecs != STREAMING ? numrecs
        : recordSize == 0 ? 0 : (int) ((size - recordStart) / recordSize);
    Map<String, Variable> vars = new LinkedHashMap<>();
    boolean single = ids.stream().filter(d -> d.length > 0 && dims.get(d[0]).record()).count() == 1;
    for (int i = 0; i < nv; i++) {
      int[] d = ids.get(i);
      List<String> dn = new ArrayList<>();
      int[] shape = new int[d.length];
      for (int k = 0; k < d.length; k++) {
        Dimension dim = dims.get(d[k]);
        dn.add(dim.name());
        shape[k] = dim.record() ? records : dim.length();
      }
      boolean record = d.length > 0 && dims.get(d[0]).record();
      Variable v = new Variable(names.get(i), types.get(i), List.copyOf(dn), shape,
          Collections.unmodifiableMap(attrs.get(i)), record, begins[i]);
      if (record && single) {
        recordSize = v.slabValues() * v.type().size();
      }
      vars.put(v.name(), v);
    }
    List<Dimension> withRecords = new ArrayList<>();
    for (Dimension d : dims) {
      withRecords.add(d.record() ? new Dimension(d.name(), records, true) : d);
    }
    return new NetcdfFile(file, ch, List.copyOf(withRecords), Collections.unmodifiableMap(global),
        Collections.unmodifiableMap(vars), recordSize, records);
  }

  public Path path() {
    return file;
  }

  public List<Dimension> dimensions() {
    return dims;
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
    for (int r = 0; r < count; r++) {
      double[] one = read(v, v.begin() + (first + r) * recordSize, 0, slab);
      System.arraycopy(one, 0, out, (int) (r * slab), one.length);
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
      double[] part = read(v, slabStart, offset, run);
      System.arraycopy(part, 0, out, done, part.length);
      done += part.length;
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
    int size = v.type().size();
    double[] out = new double[Math.toIntExact(count)];
    ByteBuffer b = ByteBuffer.allocate((int) Math.min(count * size, 1 << 20))
        .order(ByteOrder.BIG_ENDIAN);
    long position = start + from * size;
    int done = 0;
    try {
      while (done < out.length) {
        b.clear();
        b.limit((int) Math.min(b.capacity(), (long) (out.length - done) * size));
        while (b.hasRemaining()) {
          int r = channel.read(b, position + b.position());
          if (r < 0) {
            throw new IllegalArgumentException(String.format("%s: file ends inside variable '%s' "
                + "(truncated?)", file, v.name()));
          }
        }
        position += b.limit();
        b.flip();
        while (b.hasRemaining()) {
          out[done++] = switch (v.type()) {
            case DOUBLE -> b.getDouble();
            case FLOAT -> b.getFloat();
            case INT -> b.getInt();
            case SHORT -> b.getShort();
            default -> b.get();
          };
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NetCDF file " + file + ": " + e.getMessage(), e);
    }
    return out;
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

  private static int list(ByteBuffer b, int tag, Path file, String what) {
    int t = b.getInt();
    int n = b.getInt();
    if (t != tag && !(t == 0 && n == 0)) {
      throw new IllegalArgumentException(String.format("%s: bad NetCDF header: expected the %s list "
          + "tag 0x%02X, but found 0x%X", file, what, tag, t));
    }
    return n;
  }

  private static String name(ByteBuffer b) {
    byte[] s = new byte[b.getInt()];
    b.get(s);
    skipPadding(b, s.length);
    return new String(s, StandardCharsets.UTF_8);
  }

  private static void skipPadding(ByteBuffer b, long n) {
    b.position(b.position() + (int) (NetcdfWriter.padded(n) - n));
  }

  private static Map<String, Object> attributes(ByteBuffer b, Path file) {
    int n = list(b, NetcdfWriter.NC_ATTRIBUTE, file, "attribute");
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      String name = name(b);
      NcType type = NcType.of(b.getInt(), file + " attribute '" + name + "'");
      int count = b.getInt();
      Object value;
      switch (type) {
        case CHAR -> {
          byte[] s = new byte[count];
          b.get(s);
          int end = s.length;
          while (end > 0 && s[end - 1] == 0) {
            end--;
          }
          value = new String(s, 0, end, StandardCharsets.UTF_8);
        }
        case BYTE, SHORT, INT -> {
          int[] x = new int[count];
          for (int k = 0; k < count; k++) {
            x[k] = type == NcType.INT ? b.getInt() : type == NcType.SHORT ? b.getShort() : b.get();
          }
          value = count == 1 ? (Object) x[0] : x;
        }
        case FLOAT -> {
          float[] x = new float[count];
          for (int k = 0; k < count; k++) {
            x[k] = b.getFloat();
          }
          value = count == 1 ? (Object) x[0] : x;
        }
        default -> {
          double[] x = new double[count];
          for (int k = 0; k < count; k++) {
            x[k] = b.getDouble();
          }
          value = count == 1 ? (Object) x[0] : x;
        }
      }
      skipPadding(b, (long) count * type.size());
      out.put(name, value);
    }
    return out;
  }
}
