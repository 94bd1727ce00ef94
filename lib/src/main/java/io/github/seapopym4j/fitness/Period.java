package io.github.seapopym4j.fitness;

import java.util.Locale;

/**
 * When an observation was taken, as far as vertical migration is concerned.
 *
 * <p>A {@link #DAY} observation compares with the groups that live in the sampled (surface) layer
 * by day, a {@link #NIGHT} observation with those there by night; which groups these are is the
 * {@link PeriodRule}'s decision. A {@link #NONE} observation is untagged and compares with the total
 * biomass of all groups.
 */
public enum Period {
  /** Taken by day. */
  DAY,
  /** Taken by night. */
  NIGHT,
  /** Not tagged: compares with the total biomass of all groups. */
  NONE;

  /**
   * Parses {@code day}, {@code night} (any case) or an empty string ({@link #NONE}).
   *
   * @param text the field
   * @param where the file and line, named in the error message
   * @throws IllegalArgumentException for any other text
   */
  public static Period parse(String text, String where) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "day":
        return DAY;
      case "night":
        return NIGHT;
      case "":
        return NONE;
      default:
        throw new IllegalArgumentException(String.format(
            "%s, column 'period': expected 'day', 'night' or empty, but found '%s'", where, text));
    }
  }

  /** The lower-case label used in files ({@code day}, {@code night}, or empty for NONE). */
  public String label() {
    return this == NONE ? "" : name().toLowerCase(Locale.ROOT);
  }
}
