package io.github.seapopym4j.internal;

import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Host-memory views of ND4J arrays, shared by the kernels and the model's standardise step (one
 * place for the byte order and the buffer type).
 */
public final class HostBuffers {

  private HostBuffers() {}

  /**
   * A writable view (no copy) of the values of a DOUBLE array held in host memory, in the array's
   * storage order.
   */
  public static DoubleBuffer doubles(INDArray array) {
    return array.data().asNio().order(ByteOrder.nativeOrder()).asDoubleBuffer();
  }
}
