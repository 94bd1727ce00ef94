package io.github.seapopym4j.examples.bollinger;

import io.github.seapopym4j.sweep.Axis;
import io.github.seapopym4j.sweep.SweepPlan;
import java.util.Locale;

/**
 * The axes of a Bollinger sweep and the default grid.
 *
 * <table>
 *   <caption>Default ranges (the endpoints are included)</caption>
 *   <tr><th>axis</th><th>name</th><th>range</th><th>121 values give</th></tr>
 *   <tr><td>window length w [bars]</td><td>{@code window}</td><td>10 … 250, integers</td><td>step 2</td></tr>
 *   <tr><td>band width k [std]</td><td>{@code k}</td><td>0.5 … 3.5</td><td>step 0.025</td></tr>
 *   <tr><td>exit threshold x [std]</td><td>{@code exit}</td><td>−1 … 2</td><td>step 0.025</td></tr>
 * </table>
 *
 * A grid spec {@code AxBxC} (separators {@code x}, {@code X} or {@code ×}, no spaces) asks for A
 * window lengths, B band widths and C exit thresholds evenly spread over those ranges; {@code
 * 121x121x121} (1,771,561 combinations) is the default.
 */
public final class BollingerAxes {

  public static final String WINDOW = "window";
  public static final String K = "k";
  public static final String EXIT = "exit";

  public static final int WINDOW_MIN = 10;
  public static final int WINDOW_MAX = 250;
  public static final double K_MIN = 0.5;
  public static final double K_MAX = 3.5;
  public static final double EXIT_MIN = -1.0;
  public static final double EXIT_MAX = 2.0;

  /** The default grid spec. */
  public static final String DEFAULT_GRID = "121x121x121";

  private BollingerAxes() {
  }

  /** The grid of {@code spec} ("AxBxC") over the default ranges. */
  public static SweepPlan grid(String spec) {
    int[] n = parse(spec);
    return grid(n[0], n[1], n[2]);
  }

  /** {@code windows × ks × exits} values over the default ranges. */
  public static SweepPlan grid(int windows, int ks, int exits) {
    return SweepPlan.grid(Axis.integers(WINDOW, WINDOW_MIN, WINDOW_MAX, windows),
        Axis.linear(K, K_MIN, K_MAX, ks), Axis.linear(EXIT, EXIT_MIN, EXIT_MAX, exits));
  }

  /** The three counts of a grid spec; an IllegalArgumentException explains the format. */
  public static int[] parse(String spec) {
    String[] parts = spec == null ? new String[0] : spec.trim().split("[xX×]", -1);
    int[] n = new int[3];
    boolean ok = parts.length == 3;
    for (int i = 0; ok && i < 3; i++) {
      try {
        n[i] = Integer.parseInt(parts[i]);
        ok = n[i] >= 1;
      } catch (NumberFormatException e) {
        ok = false;
      }
    }
    if (!ok) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "grid spec must be AxBxC with three positive integers (window, k and exit counts, e.g. %s),"
              + " but was '%s'", DEFAULT_GRID, spec));
    }
    return n;
  }
}
