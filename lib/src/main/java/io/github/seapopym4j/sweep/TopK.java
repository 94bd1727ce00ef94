package io.github.seapopym4j.sweep;

import io.github.seapopym4j.internal.Checks;

/**
 * The k best indices of a column without sorting it: a bounded binary heap of indices whose root is
 * the worst kept, O(n log k). NaN values are skipped; ties go to the lower index.
 */
final class TopK {

  private TopK() {
  }

  /** Indices of the {@code k} largest (or smallest) non-NaN values of {@code v}, best first. */
  static int[] select(double[] v, int k, boolean largest) {
    Checks.atLeast(k, 0, "k");
    int[] heap = new int[Math.min(k, v.length)];
    int size = 0;
    for (int i = 0; i < v.length && heap.length > 0; i++) {
      if (Double.isNaN(v[i])) {
        continue;
      }
      if (size < heap.length) {
        heap[size] = i;
        siftUp(heap, size++, v, largest);
      } else if (better(v, i, heap[0], largest)) {
        heap[0] = i;
        siftDown(heap, size, v, largest);
      }
    }
    int[] out = new int[size];
    for (int j = size - 1; j >= 0; j--) {
      out[j] = heap[0];
      heap[0] = heap[j];
      siftDown(heap, j, v, largest);
    }
    return out;
  }

  /** True when index a ranks before index b. */
  private static boolean better(double[] v, int a, int b, boolean largest) {
    if (v[a] != v[b]) {
      return largest ? v[a] > v[b] : v[a] < v[b];
    }
    return a < b;
  }

  private static void siftUp(int[] h, int i, double[] v, boolean largest) {
    while (i > 0) {
      int p = (i - 1) / 2;
      if (!better(v, h[p], h[i], largest)) {
        return;
      }
      swap(h, i, p);
      i = p;
    }
  }

  private static void siftDown(int[] h, int size, double[] v, boolean largest) {
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      int worst = i;
      if (l < size && better(v, h[worst], h[l], largest)) {
        worst = l;
      }
      if (l + 1 < size && better(v, h[worst], h[l + 1], largest)) {
        worst = l + 1;
      }
      if (worst == i) {
        return;
      }
      swap(h, i, worst);
      i = worst;
    }
  }

  private static void swap(int[] h, int i, int j) {
    int t = h[i];
    h[i] = h[j];
    h[j] = t;
  }
}
