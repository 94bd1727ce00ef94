package io.github.seapopym4j.calibration;

import java.util.SplittableRandom;

/**
 * Per-generation random streams: generation g of a calibration with seed s draws from a generator
 * seeded by a hash of (s, g) only, so a run resumed at g draws exactly what the uninterrupted run drew.
 */
final class Seeds {

  private Seeds() {}

  /** The generator of generation {@code generation} of a run with {@code seed}. */
  static SplittableRandom forGeneration(long seed, long generation) {
    return new SplittableRandom(mix64(mix64(seed) + 0x9E3779B97F4A7C15L * (generation + 1)));
  }

  /** SplitMix64's finaliser (Steele, Lea and Flood 2014): a bijective 64-bit mix. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
