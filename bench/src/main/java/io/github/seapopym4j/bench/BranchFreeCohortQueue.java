package io.github.seapopym4j.bench;

import io.github.seapopym4j.kernel.CohortQueue;
import java.util.Arrays;

/**
 * A variant of {@link CohortQueue} kept for {@link CohortQueueBenchmark}: the same values (checked by
 * the benchmark's setup), with the common step free of data-dependent branches. k* moves by at most
 * one cohort from the previous step (comparisons turned into 0/1, a walk only when it moved
 * further), and the at most two recruited cohorts are read through indices that point at a slot
 * that stays +0.0 when a cohort is not recruited (more than two take a loop). It was measured no
 * faster than the queue in the model (see {@code docs/PERFORMANCE.md}), so the library keeps the
 * simpler one.
 */
final class BranchFreeCohortQueue {

  private final double[] tmin;
  private final double[] padded;
  private final int n;
  private final int cap;
  private final int stride;
  private final double[] ring;
  private final int[] first;
  private final int[] newest;
  private final int[] count;
  private final double[] last;

  BranchFreeCohortQueue(double[] tmin, int lanes) {
    this.tmin = tmin.clone();
    this.n = tmin.length;
    if (n < 2) {
      throw new IllegalArgumentException("the variant needs ≥ 2 cohorts, but got " + n);
    }
    this.cap = n - 1;
    this.stride = cap + 1;
    this.padded = new double[n + 2];
    padded[0] = Double.NaN;
    System.arraycopy(tmin, 0, padded, 1, n);
    padded[n + 1] = Double.NEGATIVE_INFINITY;
    this.ring = new double[lanes * stride];
    this.first = new int[lanes];
    this.newest = new int[lanes];
    this.count = new int[lanes];
    this.last = new double[lanes];
    reset();
  }

  void reset() {
    Arrays.fill(ring, 0.0);
    Arrays.fill(first, n);
    Arrays.fill(newest, 0);
    Arrays.fill(count, 0);
    Arrays.fill(last, 0.0);
  }

  /** One step of {@code lane}; the same R as {@link CohortQueue#step(int, double, double)}. */
  double step(int lane, double production, double tm) {
    int k = first[lane];
    int kk = k + (k < n & !(tm >= padded[k + 1]) ? 1 : 0) - (tm >= padded[k] ? 1 : 0);
    if (tm >= padded[kk] | (kk < n & !(tm >= padded[kk + 1]))) {
      kk = CohortQueue.firstRecruited(tmin, tm, kk);
    }
    first[lane] = kk;
    int base = lane * stride;
    int a = newest[lane] + 1 == cap ? 0 : newest[lane] + 1;
    newest[lane] = a;
    ring[base + a] = production + 0.0;
    int w = count[lane] + 1;
    double r;
    if (w - kk <= 2) {
      int i1 = a - kk < 0 ? a - kk + cap : a - kk;
      int i2 = i1 == 0 ? cap - 1 : i1 - 1;
      r = (0.0 + ring[w - kk >= 1 ? base + i1 : base + cap])
          + ring[w - kk >= 2 ? base + i2 : base + cap];
    } else {
      r = 0.0;
      for (int i = a - kk; i > a - w; i--) {
        r += ring[base + (i < 0 ? i + cap : i)];
      }
    }
    w = Math.min(w, kk);
    double l = last[lane];
    if (kk < n) {
      r += l;
      l = 0.0;
    }
    if (w == cap) {
      l = ring[base + (a + 1 == cap ? 0 : a + 1)] + l;
      w--;
    }
    last[lane] = l;
    count[lane] = w;
    return r;
  }
}
