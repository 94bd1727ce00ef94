package io.github.seapopym4j.kernel;

/**
 * Pre-recruitment production and recruitment (SeapoPym's {@code production} kernel), one cell at a
 * time over time.
 *
 * <p>The state of a cell is the production waiting in each cohort, {@code cohorts[k]} [g m⁻² d⁻¹],
 * cohort k being production of age (k+1)·dt. One time step:
 *
 * <ol>
 *   <li>{@link #inject}: the new production E·PP enters cohort 0;
 *   <li>{@link #recruit}: every cohort with {@code Tm ≥ Tmin_k} is recruited; R is their sum, in
 *       cohort order, and they are emptied;
 *   <li>{@link #age}: the rest moves up by exactly one cohort; the last cohort keeps what it had and
 *       also receives the one before it (it never overflows in practice: its threshold is ≤ 0 °C and
 *       Tm ≥ 0, so it is recruited every step).
 * </ol>
 *
 * <p>This is SeapoPym v0.1 with {@code cohort_timestep = None} (every cohort one step long), where
 * its ageing coefficient is 1 for every cohort. The state starts at 0 (cold start). It costs
 * O(cohorts) per step; the model steps {@link CohortQueue}, which gives the same values bit for bit
 * in amortised O(1). This kernel stays as the reference the queue is tested against.
 */
public final class Production {

  private Production() {}

  /** Adds the new production {@code p} [g m⁻² d⁻¹] to cohort 0. */
  public static void inject(double[] cohorts, double p) {
    cohorts[0] = p + cohorts[0];
  }

  /**
   * Recruits the cohorts whose threshold is reached and empties them.
   *
   * @param tmin [cohort] thresholds (°C), from {@link Cohorts#minTemperature}
   * @param tm the temperature of this step (°C)
   * @return R, the recruited production [g m⁻² d⁻¹]
   */
  public static double recruit(double[] cohorts, double[] tmin, double tm) {
    double recruited = 0.0;
    for (int k = 0; k < cohorts.length; k++) {
      if (tm >= tmin[k]) {
        recruited += cohorts[k];
        cohorts[k] = 0.0;
      }
    }
    return recruited;
  }

  /** Moves every cohort up by one; the last one keeps its content and receives the one before. */
  public static void age(double[] cohorts) {
    int n = cohorts.length;
    if (n == 1) {
      return;
    }
    double last = cohorts[n - 2] + cohorts[n - 1];
    System.arraycopy(cohorts, 0, cohorts, 1, n - 2);
    cohorts[0] = 0.0;
    cohorts[n - 1] = last;
  }

  /** One full step (inject, recruit, age) for one cell; returns R [g m⁻² d⁻¹]. */
  public static double step(double[] cohorts, double[] tmin, double newProduction, double tm) {
    inject(cohorts, newProduction);
    double recruited = recruit(cohorts, tmin, tm);
    age(cohorts);
    return recruited;
  }
}
