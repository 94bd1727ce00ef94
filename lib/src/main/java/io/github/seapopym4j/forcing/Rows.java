package io.github.seapopym4j.forcing;

/**
 * A band of latitude rows of a grid, {@code [first, first + count)}: the block a blocked run reads,
 * computes and writes before the next.
 *
 * @param first index of the first row
 * @param count number of rows, ≥ 1
 */
public record Rows(int first, int count) {

  /** Validates the band. */
  public Rows {
    if (first < 0 || count < 1) {
      throw new IllegalArgumentException("rows must start at ≥ 0 and hold ≥ 1 row, but were ["
          + first + ", " + ((long) first + count) + ")");
    }
  }

  /** One past the last row. */
  public int end() {
    return first + count;
  }

  /** Fails naming {@code where} when the band does not fit in {@code rows} rows. */
  void checkWithin(int rows, String where) {
    if (end() > rows) {
      throw new IllegalArgumentException(String.format("%s: rows [%d, %d) lie outside the %d "
          + "latitudes", where, first, end(), rows));
    }
  }
}
