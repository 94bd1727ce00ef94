package io.github.seapopym4j.sensitivity;

/**
 * The points at which a sensitivity method evaluates a function, in the unit cube [0, 1)^k (or
 * [0, 1]^k for Morris grids), numbered 0 … {@link #size()}−1. A point's coordinates depend only on
 * the design's settings and its number, so any chunk of points can be produced on any thread.
 *
 * @implNote Implementations are immutable and thread-safe.
 */
public sealed interface Design permits SaltelliDesign, MorrisDesign {

  /** The method name, as in the JSON line: {@code sobol} or {@code morris}. */
  String method();

  /** The number of parameters k. */
  int parameters();

  /** The number of points (simulations). */
  int size();

  /** Writes the unit coordinates of point {@code point} into {@code u} (length k). */
  void unitPoint(int point, double[] u);

  /** Names of the columns that say where a point belongs, e.g. {@code row,matrix}. */
  String labelHeader();

  /** The labels of point {@code point}, comma separated, in the order of {@link #labelHeader()}. */
  String labels(int point);

  /** Bytes the design keeps in memory (its base matrices or points). */
  long storedBytes();

  /** One line that identifies the design exactly (method, sizes, seed), for the resume manifest. */
  String describe();
}
