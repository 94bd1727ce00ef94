package io.github.seapopym4j.kernel;

/**
 * The pre-recruitment production of a block of lanes (neighbouring cells) that step together, one
 * step of every lane at a time: the cohort state of {@code Production} (the tests' reference
 * kernel), with each cohort kept as one plane of values across the lanes, so that a step is a few
 * passes over contiguous arrays, which the JIT vectorises, instead of the per-lane bookkeeping of
 * {@link CohortQueue}.
 *
 * <p>All lanes age together, so cohort k of every lane sits in the same plane, and the planes of
 * cohorts 0..n−2 form a ring (ageing moves an index); cohort n−1, which keeps what would age past
 * it, is one more plane. A step recruits, in cohort order, from the planes that may still hold
 * production ({@link #depth()}); the temperature range of the step splits them: cohorts whose
 * threshold is above the warmest lane's Tm are recruited by no lane and skipped, cohorts whose
 * threshold is at most the coldest lane's Tm are recruited by every lane (plain sums), and only
 * those in between are recruited lane by lane, with a 0/1 mask as arithmetic ({@link
 * PlanePasses}). Cohorts recruited by every lane are empty afterwards, which bounds the depth.
 *
 * <p>Bit-identical to {@code Production.step} and {@link CohortQueue} for any input: R is summed in
 * cohort order from +0.0, and the mask only adds ±0.0 for cohorts a lane does not recruit, which
 * changes no sum. The mask is exact only for finite values, so a step whose production or
 * temperature is not finite (or while such a value waits in a plane) runs lane by lane with
 * comparisons instead ({@link #recruitExactly}).
 *
 * <p>State: (n + 1) planes of {@code lanes} values; {@link #step} allocates nothing. Not
 * thread-safe.
 */
public final class LockstepCohorts {

  private final double[] tmin;
  private final int n;
  private final int cap;
  private final double[][] ring;
  private final double[] last;
  private int width;
  private int at;
  private int waiting;
  private boolean lastLive;
  private boolean finite;
  private int warmHint;
  private int coldHint;

  /**
   * Planes of {@code lanes} lanes for the thresholds {@code tmin} [cohort] in °C, from {@link
   * Cohorts#minTemperature}, all empty, stepping all the lanes ({@link #reset(int)} to step fewer).
   *
   * @throws IllegalArgumentException when {@code tmin} is empty, increases somewhere or holds NaN,
   *     or {@code lanes < 1}
   */
  public LockstepCohorts(double[] tmin, int lanes) {
    CohortQueue.checkThresholds(tmin, lanes);
    for (int k = 0; k < tmin.length; k++) {
      if (Double.isNaN(tmin[k])) {
        throw new IllegalArgumentException("recruitment thresholds [degC] must not be NaN, but Tmin_"
            + k + " is");
      }
    }
    this.tmin = tmin.clone();
    this.n = tmin.length;
    this.cap = Math.max(1, n - 1);
    this.ring = new double[n == 1 ? 0 : cap][lanes];
    this.last = new double[lanes];
    reset(lanes);
  }

  /** Empties every cohort (cold start); the following steps step lanes 0..{@code width}−1. */
  public void reset(int width) {
    if (width < 1 || width > last.length) {
      throw new IllegalArgumentException(String.format(
          "the lanes stepped must be 1 to %d, but were %d", last.length, width));
    }
    this.width = width;
    at = 0;
    waiting = 0;
    lastLive = false;
    finite = true;
    warmHint = n;
    coldHint = n;
  }

  /** Cohorts 0..depth−1 may hold production between steps (cohort n−1 aside); at most n−2. */
  public int depth() {
    return waiting;
  }

  /**
   * One step (inject, recruit, age) of lanes 0..width−1, for any values.
   *
   * @param production [lane] E·PP of this step [g m⁻² d⁻¹]; read before {@code out} is written, so
   *     the two may be one array
   * @param tm [lane] the temperature of this step [°C]
   * @param out [lane] written: R, the recruited production [g m⁻² d⁻¹]
   */
  public void step(double[] production, double[] tm, double[] out) {
    double cold = tm[0];
    double warm = tm[0];
    for (int j = 1; j < width; j++) {
      cold = Math.min(cold, tm[j]);
      warm = Math.max(warm, tm[j]);
    }
    finite &= inject(production, true);
    recruitAndAge(tm, cold, warm, out);
  }

  /**
   * {@link #step(double[], double[], double[])} when the caller knows the range of the step's
   * temperatures and that its production is finite: it saves the two passes that find them.
   *
   * @param cold at most every {@code tm[j]}; NaN when unknown
   * @param warm at least every {@code tm[j]}; NaN when unknown
   * @throws IllegalArgumentException (not checked) a production value that is not finite, or a
   *     temperature outside [cold, warm], gives wrong values
   */
  public void step(double[] production, double[] tm, double cold, double warm, double[] out) {
    finite &= inject(production, n == 1);
    recruitAndAge(tm, cold, warm, out);
  }

  /** Adds the production as cohort 0; returns false if a value written may not be finite. */
  private boolean inject(double[] production, boolean check) {
    if (n == 1) {
      boolean ok = lastLive ? PlanePasses.addInto(production, last, width)
          : PlanePasses.copyInto(production, last, width);
      lastLive = true;
      return ok;
    }
    at = at + 1 == cap ? 0 : at + 1;
    waiting++;
    if (check) {
      return PlanePasses.copyInto(production, ring[at], width);
    }
    PlanePasses.copy(production, ring[at], width);
    return true;
  }

  private void recruitAndAge(double[] tm, double cold, double warm, double[] out) {
    int w = width;
    if (finite && cold >= -Double.MAX_VALUE && warm <= Double.MAX_VALUE) {
      recruit(tm, out, cold, warm);
    } else {
      recruitExactly(tm, out);
    }
    if (n > 1 && waiting == cap) {
      double[] oldest = ring[at + 1 == cap ? 0 : at + 1];
      if (lastLive) {
        finite &= PlanePasses.addInto(oldest, last, w);
      } else {
        System.arraycopy(oldest, 0, last, 0, w);
        lastLive = true;
      }
      waiting--;
    }
    if (!finite) {
      finite = liveValuesFinite();
    }
  }

  /** Recruitment with masks, for finite production and temperatures in [cold, warm]. */
  private void recruit(double[] tm, double[] out, double cold, double warm) {
    int w = width;
    int none = CohortQueue.firstRecruited(tmin, warm, warmHint);
    int all = CohortQueue.firstRecruited(tmin, cold, coldHint);
    warmHint = none;
    coldHint = all;
    boolean started = false;
    for (int k = none, p = Math.floorMod(at - none, cap); k < waiting; k++, p = p == 0 ? cap - 1 : p - 1) {
      if (k < all) {
        PlanePasses.recruitMasked(ring[p], tm, tmin[k], out, started, w);
      } else {
        PlanePasses.recruitAll(ring[p], out, started, w);
      }
      started = true;
    }
    if (lastLive && n - 1 >= none) {
      if (n - 1 < all) {
        PlanePasses.recruitMasked(last, tm, tmin[n - 1], out, started, w);
      } else {
        PlanePasses.recruitAll(last, out, started, w);
        lastLive = false;
      }
      started = true;
    }
    if (!started) {
      java.util.Arrays.fill(out, 0, w, 0.0);
    }
    waiting = Math.min(waiting, all);
  }

  /** Recruitment lane by lane with the comparisons of {@code Production.recruit}. */
  private void recruitExactly(double[] tm, double[] out) {
    double cold = Double.POSITIVE_INFINITY;
    for (int j = 0; j < width; j++) {
      double t = tm[j];
      double r = 0.0;
      for (int k = 0, p = at; k < waiting; k++, p = p == 0 ? cap - 1 : p - 1) {
        if (t >= tmin[k]) {
          r += ring[p][j];
          ring[p][j] = 0.0;
        }
      }
      if (lastLive && t >= tmin[n - 1]) {
        r += last[j];
        last[j] = 0.0;
      }
      out[j] = r;
      cold = Math.min(cold, t); // NaN, which recruits nothing, stays
    }
    int all = CohortQueue.firstRecruited(tmin, cold, n);
    waiting = Math.min(waiting, all);
    lastLive &= all == n;
  }

  /** Whether every value that may still be recruited is finite. */
  private boolean liveValuesFinite() {
    boolean ok = !lastLive || PlanePasses.allFinite(last, width);
    for (int k = 0, p = at; ok && k < waiting; k++, p = p == 0 ? cap - 1 : p - 1) {
      ok = PlanePasses.allFinite(ring[p], width);
    }
    return ok;
  }
}
