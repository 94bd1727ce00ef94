package io.github.seapopym4j.model;

import java.nio.DoubleBuffer;

/**
 * The smallest and largest value of a [time, cell] field per step and chunk of {@link #CHUNK}
 * neighbouring cells, computed once per field (the fused strategy reads the range of Tm over its
 * block at each step, {@link io.github.seapopym4j.kernel.LockstepCohorts}, and a reduction per step
 * would cost as much as the rest of the step). NaN values make the range of their chunk NaN.
 *
 * @implNote Immutable after construction.
 */
final class FieldBounds {

  /** Cells per chunk: the fused strategy's block, whose tiles start at multiples of it. */
  static final int CHUNK = FusedStrategy.BLOCK;

  private final int chunks;
  private final double[] low;
  private final double[] high;

  /** The ranges of {@code field} [steps, cells] (row-major). */
  FieldBounds(DoubleBuffer field, int steps, int cells) {
    chunks = (cells + CHUNK - 1) / CHUNK;
    low = new double[steps * chunks];
    high = new double[steps * chunks];
    for (int t = 0; t < steps; t++) {
      for (int c = 0; c < chunks; c++) {
        int from = t * cells + c * CHUNK;
        int to = t * cells + Math.min(cells, (c + 1) * CHUNK);
        double lo = field.get(from);
        double hi = lo;
        for (int i = from + 1; i < to; i++) {
          double v = field.get(i);
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
        low[t * chunks + c] = lo;
        high[t * chunks + c] = hi;
      }
    }
  }

  /** The smallest value of step {@code t} over cells {@code c0..c0+w−1} (NaN if one is NaN). */
  double low(int t, int c0, int w) {
    double lo = low[t * chunks + c0 / CHUNK];
    for (int c = c0 / CHUNK + 1; c <= (c0 + w - 1) / CHUNK; c++) {
      lo = Math.min(lo, low[t * chunks + c]);
    }
    return lo;
  }

  /** The largest value of step {@code t} over cells {@code c0..c0+w−1} (NaN if one is NaN). */
  double high(int t, int c0, int w) {
    double hi = high[t * chunks + c0 / CHUNK];
    for (int c = c0 / CHUNK + 1; c <= (c0 + w - 1) / CHUNK; c++) {
      hi = Math.max(hi, high[t * chunks + c]);
    }
    return hi;
  }

  /** The largest absolute value of a field of {@code n} values (NaN if one is NaN). */
  static double maxAbs(DoubleBuffer field, long n) {
    double big = 0.0;
    for (int i = 0; i < n; i++) {
      big = Math.max(big, Math.abs(field.get(i)));
    }
    return big;
  }
}
