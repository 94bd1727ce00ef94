package io.github.seapopym4j.netcdf;

import io.github.seapopym4j.internal.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a classic NetCDF file in the 64-bit offset format (CDF-2, {@code 'C' 'D' 'F' 0x02}): the
 * header first, then values streamed in any order, one record (time step) or part of one at a time,
 * so a grid never has to be held whole. The file goes to a hidden temporary file next to the target
 * and is moved into place by {@link #commit()}; closing without a commit deletes it.
 *
 * <pre>{@code
 * try (NetcdfWriter w = NetcdfWriter.create(Path.of("out.nc"), schema)) {
 *   w.write("lat", lat);
 *   for (int t = 0; t < nt; t++) {
 *     w.writeRecord("time", t, new double[] {t});
 *     w.writeRecord("biomass", t, slice(t));
 *   }
 *   w.commit();
 * }
 * }</pre>
 *
 * <p>Layout (the NetCDF classic format specification): big-endian; non-record variables one after
 * the other after the header; then the records, record r holding every record variable's slab for r
 * in the schema's order. Values are given as doubles and stored in the variable's type (float: the
 * nearest float; int: truncated). Parts never written read as zeros.
 *
 * @implNote Not thread-safe: writes from several threads must be serialised by the caller.
 */
public final class NetcdfWriter implements AutoCloseable {

  static final int MAGIC = 0x43444602;
  static final int NC_DIMENSION = 0x0A;
  static final int NC_VARIABLE = 0x0B;
  static final int NC_ATTRIBUTE = 0x0C;

  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final Map<String, Layout> layouts = new HashMap<>();
  private final long recordSize;
  private final ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.BIG_ENDIAN);
  private float[] floats;
  private boolean committed;
  /** Bytes written since the last background flush was started. */
  private long unflushed;
  /** The background flush in flight, or null; its thread, created on first use. */
  private java.util.concurrent.Future<?> flushing;
  private java.util.concurrent.ExecutorService flusher;

  /**
   * Every this many bytes written, the file's pages are flushed to disk in the background, so that
   * the flush of {@link #commit()} (which a file must have before it is moved into place) finds
   * little left to write instead of the whole file.
   */
  static final long FLUSH_BYTES = 64L << 20;

  /** Where a variable's values go. */
  private record Layout(NetcdfSchema.Variable var, long begin, long slabValues, long records) {}

  private NetcdfWriter(Path target, Path temp, FileChannel channel, Map<String, Layout> layouts,
      long recordSize) {
    this.target = target;
    this.temp = temp;
    this.channel = channel;
    this.layouts.putAll(layouts);
    this.recordSize = recordSize;
  }

  /**
   * Writes the header of {@code schema} into a temporary file next to {@code file}.
   *
   * @throws UncheckedIOException naming the file when it cannot be created
   */
  public static NetcdfWriter create(Path file, NetcdfSchema schema) {
    Path abs = file.toAbsolutePath().normalize();
    List<NetcdfSchema.Variable> vars = schema.variables();
    byte[] probe = ClassicHeader.encode(schema, new long[vars.size()]);
    long[] begin = new long[vars.size()];
    long offset = probe.length;
    for (int i = 0; i < vars.size(); i++) {
      if (!vars.get(i).isRecord()) {
        begin[i] = offset;
        offset += padded(vars.get(i).valuesPerSlab() * vars.get(i).type().size());
      }
    }
    long recordSize = 0;
    long records = 0;
    for (int i = 0; i < vars.size(); i++) {
      if (vars.get(i).isRecord()) {
        begin[i] = offset + recordSize;
        recordSize += padded(vars.get(i).valuesPerSlab() * vars.get(i).type().size());
        records = vars.get(i).dims().get(0).length();
      }
    }
    Map<String, Layout> layouts = new HashMap<>();
    for (int i = 0; i < vars.size(); i++) {
      NetcdfSchema.Variable v = vars.get(i);
      layouts.put(v.name(), new Layout(v, begin[i], v.valuesPerSlab(), v.isRecord() ? records : 1));
    }
    Path temp = null;
    try {
      Files.createDirectories(abs.getParent());
      // not Files.createTempFile: its owner-only permissions would stay on the committed file
      temp = AtomicFiles.temporaryBeside(abs);
      FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      ch.write(ByteBuffer.wrap(ClassicHeader.encode(schema, begin)), 0);
      long end = offset + recordSize * records;
      if (end > probe.length) {
        ch.write(ByteBuffer.allocate(1), end - 1);
      }
      return new NetcdfWriter(abs, temp, ch, layouts, recordSize);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new UncheckedIOException("cannot create NetCDF file " + abs + ": " + e.getMessage(), e);
    }
  }

  /** Writes all values of a non-record variable (flat, row-major). */
  public void write(String variable, double[] values) {
    write(variable, 0L, values);
  }

  /** Writes values of a non-record variable from flat index {@code offset} on. */
  public void write(String variable, long offset, double[] values) {
    Layout l = layout(variable, false);
    put(l, l.begin(), offset, values, variable);
  }

  /** Writes the whole slab of record {@code record} of a record variable (flat, row-major). */
  public void writeRecord(String variable, int record, double[] values) {
    writeRecord(variable, record, 0L, values);
  }

  /** Writes part of record {@code record} of a record variable, from flat index {@code offset} on. */
  public void writeRecord(String variable, int record, long offset, double[] values) {
    Layout l = layout(variable, true);
    if (record < 0 || record >= l.records()) {
      throw new IndexOutOfBoundsException(String.format("%s: record %d of variable '%s' is outside "
          + "[0, %d)", target, record, variable, l.records()));
    }
    put(l, l.begin() + record * recordSize, offset, values, variable);
  }

  /** Flushes the file and moves it into place (replacing any file of that name). */
  public void commit() {
    try {
      awaitFlush();
      channel.force(false);
      channel.close();
      AtomicFiles.move(temp, target);
      committed = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write NetCDF file " + target + ": " + e.getMessage(), e);
    }
  }

  /** Closes the file; without {@link #commit()} the temporary file is deleted. */
  @Override
  public void close() {
    if (flusher != null) {
      flusher.shutdownNow();
    }
    if (!committed) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // the temporary file is deleted next
      }
      deleteQuietly(temp);
    }
  }

  private Layout layout(String variable, boolean record) {
    Layout l = layouts.get(variable);
    if (l == null) {
      throw new IllegalArgumentException(target + ": no variable '" + variable + "'; defined: "
          + layouts.keySet());
    }
    if (l.var().isRecord() != record) {
      throw new IllegalArgumentException(String.format("%s: variable '%s' is %sa record variable; "
          + "use %s", target, variable, record ? "not " : "", record ? "write" : "writeRecord"));
    }
    return l;
  }

  private void put(Layout l, long slabStart, long offset, double[] values, String variable) {
    if (offset < 0 || offset + values.length > l.slabValues()) {
      throw new IndexOutOfBoundsException(String.format("%s: values [%d, %d) of variable '%s' lie "
          + "outside its %d values", target, offset, offset + values.length, variable, l.slabValues()));
    }
    NcType type = l.var().type();
    long position = slabStart + offset * type.size();
    int chunk = Math.max(1, buffer.capacity() / type.size());
    try {
      for (int from = 0; from < values.length; from += chunk) {
        int to = Math.min(values.length, from + chunk);
        buffer.clear();
        switch (type) {
          case DOUBLE -> buffer.asDoubleBuffer().put(values, from, to - from);
          case FLOAT -> {
            if (floats == null) {
              floats = new float[chunk];
            }
            for (int i = from; i < to; i++) {
              floats[i - from] = (float) values[i];
            }
            buffer.asFloatBuffer().put(floats, 0, to - from);
          }
          default -> {
            for (int i = from; i < to; i++) {
              if (type == NcType.INT) {
                buffer.putInt((int) values[i]);
              } else {
                buffer.put((byte) values[i]);
              }
            }
          }
        }
        buffer.position(0).limit((to - from) * type.size());
        while (buffer.hasRemaining()) {
          position += channel.write(buffer, position);
        }
        unflushed += (long) (to - from) * type.size();
      }
      if (unflushed >= FLUSH_BYTES && (flushing == null || flushing.isDone())) {
        unflushed = 0;
        if (flusher == null) {
          flusher = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "netcdf-flush");
            t.setDaemon(true);
            return t;
          });
        }
        flushing = flusher.submit(() -> {
          channel.force(false);
          return null;
        });
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write NetCDF file " + target + ": " + e.getMessage(), e);
    }
  }

  /** Waits for the background flush in flight, if any; rethrows its failure. */
  private void awaitFlush() throws IOException {
    if (flushing == null) {
      return;
    }
    try {
      flushing.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while flushing " + temp, e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io
          : new IOException(e.getCause().getMessage(), e.getCause());
    } finally {
      flushing = null;
    }
  }

  static long padded(long bytes) {
    return (bytes + 3) & ~3L;
  }

  private static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // best effort: a hidden *.tmp file may remain
      }
    }
  }
}
