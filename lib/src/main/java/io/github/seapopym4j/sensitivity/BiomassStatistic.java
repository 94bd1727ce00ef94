package io.github.seapopym4j.sensitivity;

import io.github.seapopym4j.internal.Stats;
import io.github.seapopym4j.forcing.TimeAxis;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A scalar summary of a biomass time series s_t (g/m², the mean over the selected cells of the
 * biomass summed over the chosen groups), as named on the command line ({@code --output}):
 *
 * <ul>
 *   <li>{@code mean-biomass}: mean over time of s_t;</li>
 *   <li>{@code log10-mean-biomass}: log10 of that mean (−∞ for 0);</li>
 *   <li>{@code variance}: population variance over time of s_t;</li>
 *   <li>{@code cv}: coefficient of variation, standard deviation / mean;</li>
 *   <li>{@code max-day}: day of year of the seasonal maximum: in each complete calendar year (every
 *       year when none is complete) the day of year d of the largest s_t, as an angle 2π(d − 1)/L
 *       (L = days in that year); the circular mean angle θ of the years is returned as
 *       1 + θ/(2π)·365.25, in [1, 366.25).</li>
 * </ul>
 */
public enum BiomassStatistic {
  MEAN_BIOMASS("mean-biomass"),
  LOG10_MEAN_BIOMASS("log10-mean-biomass"),
  VARIANCE("variance"),
  CV("cv"),
  MAX_DAY("max-day");

  private final String cliName;

  BiomassStatistic(String cliName) {
    this.cliName = cliName;
  }

  /** The name on the command line. */
  public String cliName() {
    return cliName;
  }

  /** The statistic called {@code name}; the error lists the names. */
  public static BiomassStatistic byName(String name) {
    for (BiomassStatistic s : values()) {
      if (s.cliName.equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException("--output: expected one of " + names()
        + " (optionally :GROUP), but found '" + name + "'");
  }

  /** All names, in order. */
  public static List<String> names() {
    return Arrays.stream(values()).map(BiomassStatistic::cliName).toList();
  }

  /** The statistic of {@code series} (one value per time step of {@code time}). */
  public double of(double[] series, TimeAxis time) {
    return of(series, Years.of(time));
  }

  /** The statistic of {@code series}, with the calendar of its time axis computed once. */
  public double of(double[] series, Years years) {
    if (series.length != years.year.length) {
      throw new IllegalArgumentException("expected a series of " + years.year.length
          + " time steps, found " + series.length);
    }
    if (this == MAX_DAY) {
      return maxDay(series, years);
    }
    double mean = Stats.mean(series);
    if (this == MEAN_BIOMASS) {
      return mean;
    }
    if (this == LOG10_MEAN_BIOMASS) {
      return Math.log10(mean);
    }
    double variance = Stats.sumOfSquares(series, mean) / series.length;
    return this == VARIANCE ? variance : Math.sqrt(variance) / mean;
  }

  private static double maxDay(double[] series, Years years) {
    int[] best = new int[years.used.length];
    Arrays.fill(best, -1);
    for (int t = 0; t < series.length; t++) {
      int y = years.year[t];
      if (best[y] < 0 || series[t] > series[best[y]]) {
        best[y] = t;
      }
    }
    double s = 0;
    double c = 0;
    for (int y = 0; y < best.length; y++) {
      if (best[y] < 0 || !years.used[y]) {
        continue;
      }
      s += Math.sin(years.angle[best[y]]);
      c += Math.cos(years.angle[best[y]]);
    }
    double theta = Math.atan2(s, c);
    if (theta < 0) {
      theta += 2 * Math.PI;
    }
    if (theta >= 2 * Math.PI) { // a tiny negative angle rounds to 2π
      theta = 0;
    }
    return 1 + theta / (2 * Math.PI) * 365.25;
  }

  /**
   * The calendar of a time axis for {@code max-day}: per step its year (0 = the first) and its day
   * of year as an angle 2π(d − 1)/L; per year whether it counts (complete years, or every year when
   * none is complete).
   */
  public static final class Years {
    private final int[] year;
    private final double[] angle;
    private final boolean[] used;

    private Years(TimeAxis time) {
      int n = time.size();
      int first = time.date(0).getYear();
      int years = time.date(n - 1).getYear() - first + 1;
      year = new int[n];
      angle = new double[n];
      for (int t = 0; t < n; t++) {
        LocalDate d = time.date(t);
        year[t] = d.getYear() - first;
        angle[t] = 2 * Math.PI * (d.getDayOfYear() - 1) / d.lengthOfYear();
      }
      used = new boolean[years];
      boolean anyComplete = false;
      for (int y = 0; y < years; y++) {
        LocalDate jan1 = LocalDate.of(first + y, 1, 1);
        used[y] = time.date(0).compareTo(jan1) <= 0
            && !time.date(n - 1).isBefore(jan1.plusYears(1).minusDays(time.stepDays()));
        anyComplete |= used[y];
      }
      if (!anyComplete) {
        Arrays.fill(used, true);
      }
    }

    /** The calendar of {@code time}. */
    public static Years of(TimeAxis time) {
      return new Years(time);
    }
  }

  @Override
  public String toString() {
    return cliName.toLowerCase(Locale.ROOT);
  }
}
