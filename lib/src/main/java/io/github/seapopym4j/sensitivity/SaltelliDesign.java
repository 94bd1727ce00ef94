package io.github.seapopym4j.sensitivity;

import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The Saltelli design for Sobol indices: two base matrices A and B (N × k) taken side by side from
 * the first N points of a 2k-dimensional Sobol sequence, then for each parameter i the matrix AB_i
 * (A with column i from B) and, for second-order indices, BA_i (B with column i from A).
 *
 * <p>The Sobol sequence is commons-math3's {@link SobolSequenceGenerator} (Joe–Kuo direction
 * numbers), starting at its first point, randomised by a <em>random digital shift</em>: the 52-bit
 * fraction of every coordinate of dimension d is XOR-ed with a mask drawn from {@code
 * SplittableRandom(seed)}. A digital shift keeps the net structure of the sequence (the first 2^m
 * points stay a (t, m, s)-net), so N must be a power of two; it makes the design random, so that
 * repetitions with different seeds are independent estimates.
 *
 * <p>Points are numbered row by row, as SALib lays out its sample: row j holds, in order, A_j,
 * AB_1,j … AB_k,j, [BA_1,j … BA_k,j,] B_j, that is {@link #step()} = k + 2 (or 2k + 2) points. A chunk
 * of consecutive points therefore holds whole rows, and the bootstrap resamples rows.
 */
public final class SaltelliDesign implements Design {

  private static final double SCALE = 0x1p-52;

  private final int k;
  private final int n;
  private final boolean secondOrder;
  private final long seed;
  private final double[][] a;
  private final double[][] b;

  private SaltelliDesign(int k, int n, boolean secondOrder, long seed) {
    this.k = k;
    this.n = n;
    this.secondOrder = secondOrder;
    this.seed = seed;
    a = new double[k][n];
    b = new double[k][n];
    SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
    SplittableRandom rng = new SplittableRandom(seed);
    long[] mask = new long[2 * k];
    for (int d = 0; d < mask.length; d++) {
      mask[d] = rng.nextLong() & ((1L << 52) - 1);
    }
    for (int j = 0; j < n; j++) {
      double[] v = sobol.nextVector();
      for (int i = 0; i < k; i++) {
        a[i][j] = shifted(v[i], mask[i]);
        b[i][j] = shifted(v[k + i], mask[k + i]);
      }
    }
  }

  private static double shifted(double v, long mask) {
    long bits = (long) (v / SCALE);
    return (bits ^ mask) * SCALE;
  }

  /**
   * A design of N base rows for k parameters.
   *
   * @param k the number of parameters, ≥ 2 and ≤ 500 (the sequence has 1,000 dimensions)
   * @param n the base sample size N, a power of two
   * @param secondOrder whether to add the BA_i matrices for second-order indices
   * @param seed the seed of the digital shift
   * @throws IllegalArgumentException naming what is wrong; for N, the nearest powers of two
   */
  public static SaltelliDesign of(int k, int n, boolean secondOrder, long seed) {
    if (k < 2) {
      throw new IllegalArgumentException("a sensitivity analysis needs at least 2 free parameters, "
          + "but has " + k);
    }
    if (k > 500) {
      throw new IllegalArgumentException("a Saltelli design supports at most 500 parameters (a "
          + "Sobol sequence of 1,000 dimensions), but has " + k);
    }
    checkPowerOfTwo(n);
    long size = (long) n * (secondOrder ? 2L * k + 2 : k + 2);
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "a Saltelli design of N = %,d and %d parameters has %,d points, more than %,d; lower N",
          n, k, size, Integer.MAX_VALUE - 8));
    }
    return new SaltelliDesign(k, n, secondOrder, seed);
  }

  /** Refuses an N that is not a power of two, naming the nearest ones. */
  static void checkPowerOfTwo(int n) {
    if (n < 2 || Integer.bitCount(n) != 1) {
      int lower = n < 2 ? 2 : Integer.highestOneBit(n);
      int upper = n < 2 ? 4 : lower << 1;
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "--samples must be a power of two for a Sobol design (its balance properties hold for 2^m "
              + "points), but was %,d; use %,d (2^%d) or %,d (2^%d)", n, lower,
          Integer.numberOfTrailingZeros(lower), upper, Integer.numberOfTrailingZeros(upper)));
    }
  }

  @Override
  public String method() {
    return "sobol";
  }

  @Override
  public int parameters() {
    return k;
  }

  /** The base sample size N (rows). */
  public int rows() {
    return n;
  }

  public boolean secondOrder() {
    return secondOrder;
  }

  public long seed() {
    return seed;
  }

  /** Points per row: k + 2, or 2k + 2 with second order. */
  public int step() {
    return secondOrder ? 2 * k + 2 : k + 2;
  }

  @Override
  public int size() {
    return n * step();
  }

  /** Position of A_j in row j's points. */
  int offsetA() {
    return 0;
  }

  /** Position of AB_i,j (i from 0). */
  int offsetAB(int i) {
    return 1 + i;
  }

  /** Position of BA_i,j (i from 0); only with second order. */
  int offsetBA(int i) {
    return 1 + k + i;
  }

  /** Position of B_j. */
  int offsetB() {
    return step() - 1;
  }

  @Override
  public void unitPoint(int point, double[] u) {
    int j = point / step();
    int m = point % step();
    for (int i = 0; i < k; i++) {
      boolean fromB;
      if (m == offsetA()) {
        fromB = false;
      } else if (m == offsetB()) {
        fromB = true;
      } else if (m <= k) {
        fromB = i == m - 1;
      } else {
        fromB = i != m - 1 - k;
      }
      u[i] = fromB ? b[i][j] : a[i][j];
    }
  }

  @Override
  public long storedBytes() {
    return 16L * k * n;
  }

  @Override
  public String labelHeader() {
    return "row,matrix";
  }

  @Override
  public String labels(int point) {
    int j = point / step();
    int m = point % step();
    String matrix = m == offsetA() ? "A" : m == offsetB() ? "B"
        : m <= k ? "AB" + m : "BA" + (m - k);
    return j + "," + matrix;
  }

  @Override
  public String describe() {
    return String.format(Locale.ROOT, "saltelli k=%d n=%d second_order=%b seed=%d "
        + "sobol=commons-math3 digital-shift", k, n, secondOrder, seed);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "SaltelliDesign[k=%d, N=%,d, %s, %,d points]", k, n,
        secondOrder ? "second order" : "first and total order", size());
  }
}
