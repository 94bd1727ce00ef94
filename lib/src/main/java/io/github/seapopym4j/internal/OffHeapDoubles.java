package io.github.seapopym4j.internal;

import java.nio.DoubleBuffer;
import org.bytedeco.javacpp.DoublePointer;

/**
 * A block of off-heap doubles that is freed the moment it is closed (JavaCPP {@code malloc}/{@code
 * free}, counted by {@code Pointer.totalBytes()}), cut into equal slices read and written through
 * {@link DoubleBuffer} views. Unlike ND4J arrays, allocating and closing one leaves no native
 * bookkeeping behind for the garbage collector, so thousands of short-lived model runs keep the
 * resident set flat.
 *
 * <p>Views must not be used after {@link #close()}: they would read freed memory. Owners check
 * their own closed state before every read.
 */
public final class OffHeapDoubles implements AutoCloseable {

  private final DoublePointer pointer;
  private final int sliceLength;
  private final DoubleBuffer[] slices;
  private boolean closed;

  /**
   * Allocates {@code slices × sliceLength} doubles (not initialised).
   *
   * @throws IllegalArgumentException when a slice would exceed {@link Integer#MAX_VALUE} values
   */
  public OffHeapDoubles(int slices, long sliceLength) {
    if (slices < 1 || sliceLength < 1 || sliceLength > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(String.format(
          "off-heap block needs ≥ 1 slice of 1..%d values, but got %d slices of %d",
          Integer.MAX_VALUE, slices, sliceLength));
    }
    this.sliceLength = (int) sliceLength;
    this.pointer = new DoublePointer((long) slices * sliceLength);
    this.slices = new DoubleBuffer[slices];
    for (int s = 0; s < slices; s++) {
      DoublePointer view = new DoublePointer(pointer);
      view.position((long) s * sliceLength).limit((long) (s + 1) * sliceLength);
      this.slices[s] = view.asBuffer();
    }
  }

  /** A writable view of slice {@code s} (not a copy). */
  public DoubleBuffer slice(int s) {
    if (closed) {
      throw new IllegalStateException("off-heap block is closed");
    }
    return slices[s].duplicate().clear();
  }

  /** Bytes allocated. */
  public long bytes() {
    return (long) slices.length * sliceLength * Double.BYTES;
  }

  public boolean isClosed() {
    return closed;
  }

  /** Frees the memory now. Idempotent. */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      pointer.close();
    }
  }
}
