package io.github.seapopym4j.netcdf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of a classic NetCDF file, encoded ({@link NetcdfWriter}, CDF-2) and decoded ({@link
 * NetcdfFile}, CDF-1 and CDF-2), as the NetCDF classic format specification lays it out: magic,
 * number of records, dimension list, global attributes, variable list (dimension ids, attributes,
 * type, size, begin offset); big-endian, names and values padded to 4 bytes.
 */
final class ClassicHeader {

  private static final int STREAMING = -1;

  /** A decoded header. */
  record Decoded(Map<String, Object> attributes,
      Map<String, NetcdfFile.Variable> variables, long recordSize, int records) {}

  private ClassicHeader() {}

  /** The header bytes, with {@code begin[i]} as the offset of variable i. */
  static byte[] encode(NetcdfSchema schema, long[] begin) {
    Encoder e = new Encoder();
    e.putInt(NetcdfWriter.MAGIC);
    List<NetcdfSchema.Dimension> dims = schema.dimensions();
    long records = dims.stream().filter(NetcdfSchema.Dimension::record)
        .mapToLong(NetcdfSchema.Dimension::length).findFirst().orElse(0);
    e.putInt((int) records);
    e.list(NetcdfWriter.NC_DIMENSION, dims.size());
    for (NetcdfSchema.Dimension d : dims) {
      e.name(d.name());
      e.putInt(d.record() ? 0 : (int) d.length());
    }
    e.attributes(schema.attributes());
    List<NetcdfSchema.Variable> vars = schema.variables();
    e.list(NetcdfWriter.NC_VARIABLE, vars.size());
    for (int i = 0; i < vars.size(); i++) {
      NetcdfSchema.Variable v = vars.get(i);
      e.name(v.name());
      e.putInt(v.dims().size());
      for (NetcdfSchema.Dimension d : v.dims()) {
        e.putInt(dims.indexOf(d));
      }
      e.attributes(v.attributes());
      e.putInt(v.type().code());
      long vsize = NetcdfWriter.padded(v.valuesPerSlab() * v.type().size());
      e.putInt((int) Math.min(vsize, 0xFFFFFFFFL));
      e.putLong(begin[i]);
    }
    return e.bytes();
  }

  static Decoded decode(Path file, ByteBuffer b, long size) {
    int magic = b.getInt();
    if ((magic & 0xFFFFFF00) != 0x43444600 || (magic & 0xFF) < 1 || (magic & 0xFF) > 2) {
      throw new IllegalArgumentException(String.format("%s: not a classic NetCDF file: expected the "
          + "magic 'CDF' 1 or 2, but found 0x%08X", file, magic));
    }
    boolean offset64 = (magic & 0xFF) == 2;
    int numrecs = b.getInt();
    List<NetcdfFile.Dimension> dims = new ArrayList<>();
    int n = list(b, NetcdfWriter.NC_DIMENSION, file, "dimension");
    for (int i = 0; i < n; i++) {
      String name = name(b);
      int length = b.getInt();
      dims.add(new NetcdfFile.Dimension(name, length, length == 0));
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
    Map<String, NetcdfFile.Variable> vars = new LinkedHashMap<>();
    boolean single = ids.stream().filter(d -> d.length > 0 && dims.get(d[0]).record()).count() == 1;
    for (int i = 0; i < nv; i++) {
      int[] d = ids.get(i);
      List<String> dn = new ArrayList<>();
      int[] shape = new int[d.length];
      for (int k = 0; k < d.length; k++) {
        NetcdfFile.Dimension dim = dims.get(d[k]);
        dn.add(dim.name());
        shape[k] = dim.record() ? records : dim.length();
      }
      boolean record = d.length > 0 && dims.get(d[0]).record();
      NetcdfFile.Variable v = new NetcdfFile.Variable(names.get(i), types.get(i), List.copyOf(dn), shape,
          Collections.unmodifiableMap(attrs.get(i)), record, begins[i]);
      if (record && single) {
        recordSize = v.slabValues() * v.type().size();
      }
      vars.put(v.name(), v);
    }
    return new Decoded(Collections.unmodifiableMap(global),
        Collections.unmodifiableMap(vars), recordSize, records);
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
  /** Big-endian header encoding. */
  private static final class Encoder {
    private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    private final ByteBuffer b8 = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);

    void putInt(int v) {
      out.write(b8.clear().putInt(v).array(), 0, 4);
    }

    void putLong(long v) {
      out.write(b8.clear().putLong(v).array(), 0, 8);
    }

    void list(int tag, int n) {
      putInt(n == 0 ? 0 : tag);
      putInt(n);
    }

    void name(String s) {
      bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    void bytes(byte[] b) {
      putInt(b.length);
      out.write(b, 0, b.length);
      pad(b.length);
    }

    void pad(long n) {
      for (long i = n; i < NetcdfWriter.padded(n); i++) {
        out.write(0);
      }
    }

    void attributes(Map<String, Object> attrs) {
      list(NetcdfWriter.NC_ATTRIBUTE, attrs.size());
      for (Map.Entry<String, Object> a : attrs.entrySet()) {
        name(a.getKey());
        Object v = a.getValue();
        if (v instanceof String s) {
          putInt(NcType.CHAR.code());
          bytes(s.getBytes(StandardCharsets.UTF_8));
        } else if (v instanceof Integer || v instanceof int[]) {
          int[] x = v instanceof Integer i ? new int[] {i} : (int[]) v;
          putInt(NcType.INT.code());
          putInt(x.length);
          for (int i : x) {
            putInt(i);
          }
        } else if (v instanceof Float || v instanceof float[]) {
          float[] x = v instanceof Float f ? new float[] {f} : (float[]) v;
          putInt(NcType.FLOAT.code());
          putInt(x.length);
          for (float f : x) {
            putInt(Float.floatToRawIntBits(f));
          }
        } else {
          double[] x = v instanceof Double d ? new double[] {d} : (double[]) v;
          putInt(NcType.DOUBLE.code());
          putInt(x.length);
          for (double d : x) {
            putLong(Double.doubleToRawLongBits(d));
          }
        }
      }
    }

    byte[] bytes() {
      return out.toByteArray();
    }
  }
}
