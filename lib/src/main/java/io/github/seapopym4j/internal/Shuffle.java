package io.github.seapopym4j.internal;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** The Fisher–Yates shuffle shared by the Latin hypercube and the Morris design. */
public final class Shuffle {

  private Shuffle() {}

  /** 0 … n−1 in a random order: swaps i with rng.nextInt(i + 1), for i from n − 1 down to 1. */
  public static int[] permutation(int n, SplittableRandom rng) {
    int[] p = IntStream.range(0, n).toArray();
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
