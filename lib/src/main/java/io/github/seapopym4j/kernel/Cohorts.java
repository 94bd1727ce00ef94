package io.github.seapopym4j.kernel;

/**
 * The age structure of pre-recruitment production and its recruitment thresholds (SeapoPym's
 * {@code age_to_dataset} and {@code min_temperature_by_cohort}, without cohort aggregation).
 *
 * <pre>
 * n      = ceil(τr0 / dt)                          cohorts
 * age_k  = (k + 1)·dt                              [day], k = 0..n−1
 * Tmin_k = ln(age_k / τr0) / γτr                   [°C]
 * </pre>
 *
 * <p>Since the recruitment age is {@code τr = τr0·exp(γτr·T)}, cohort k reaches it, and is recruited,
 * where the temperature is at least {@code Tmin_k}. Tmin decreases with age; the last cohort's
 * threshold is ≤ 0 °C, so with temperatures clipped at 0 it is always recruited.
 */
public final class Cohorts {

  private Cohorts() {}

  /** {@code ceil(τr0 / dt)}, the number of cohorts. */
  public static int count(double tr0, double dtDays) {
    return (int) Math.ceil(tr0 / dtDays);
  }

  /** Ages [cohort] in days: {@code (k + 1)·dt}. */
  public static double[] ages(double tr0, double dtDays) {
    double[] ages = new double[count(tr0, dtDays)];
    for (int k = 0; k < ages.length; k++) {
      ages[k] = (k + 1) * dtDays;
    }
    return ages;
  }

  /** Recruitment thresholds [cohort] in °C: {@code ln(age_k / τr0) / γτr}. */
  public static double[] minTemperature(double tr0, double gammaTr, double dtDays) {
    double[] ages = ages(tr0, dtDays);
    double[] tmin = new double[ages.length];
    for (int k = 0; k < ages.length; k++) {
      tmin[k] = Math.log(ages[k] / tr0) / gammaTr;
    }
    return tmin;
  }
}
