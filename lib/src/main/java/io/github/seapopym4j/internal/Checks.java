package io.github.seapopym4j.internal;

/** Argument checks whose messages read "NAME must be >= MIN, but was VALUE". */
public final class Checks {

  private Checks() {}

  /** {@code v}, or an IllegalArgumentException "{@code what} must be >= {@code min}, but was v". */
  public static int atLeast(int v, int min, String what) {
    return (int) atLeast((long) v, min, what);
  }

  /** As {@link #atLeast(int, int, String)} for a long. */
  public static long atLeast(long v, long min, String what) {
    if (v < min) {
      throw new IllegalArgumentException(what + " must be >= " + min + ", but was " + v);
    }
    return v;
  }
}
