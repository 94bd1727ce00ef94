package io.github.seapopym4j.kernel;

import java.util.Arrays;

/**
 * The pre-recruitment production of a set of lanes (cells, or parameter sets of one group) as
 * queues in age order: the cohort state of {@code Production} (the tests' reference kernel) with
 * recruitment in amortised O(1) per step instead of O(cohorts).
 *
 * <p>Recruitment thresholds Tmin_k [°C] do not increase with age k ({@link Cohorts}), so the cohorts
 * recruited at a temperature Tm are always the oldest ones, k ≥ k*, where k* is the first cohort with
 * {@code Tm ≥ Tmin_k} ({@link #firstRecruited}). Ageing by one cohort is then a moving index, and a
 * step pops what it recruits from the old end: each unit of production is added once and removed
 * once. The production waiting in cohorts 0..n−2 of a lane sits in a ring of n−1 slots; cohort n−1
 * (which keeps what would age past it) is one value.
 *
 * <p>Bit-identical to {@code Production.step}: R is summed in cohort order (youngest recruited
 * first, the last cohort last), starting from +0.0; the only additions skipped are those of emptied
 * cohorts, which add +0.0 to a sum that is never −0.0 and so change nothing.
 *
 * <p>State: (n + 2) values per lane, in flat arrays; {@link #step} allocates nothing. Lanes are
 * independent and may be stepped in any interleaving. Not thread-safe.
 */
public final class CohortQueue {

  private final double[] tmin;
  private final int n;
  private final int cap;
  private final double[] ring;
  private final int[] newest;
  private final int[] count;
  private final int[] first;
  private final double[] last;

  /**
   * Queues of {@code lanes} lanes for the thresholds {@code tmin} [cohort] in °C, from {@link
   * Cohorts#minTemperature}, all empty (cold start).
   *
   * @throws IllegalArgumentException when {@code tmin} is empty or increases somewhere, or {@code
   *     lanes < 1}
   */
  public CohortQueue(double[] tmin, int lanes) {
    checkThresholds(tmin, lanes);
    this.tmin = tmin.clone();
    this.n = tmin.length;
    this.cap = Math.max(1, n - 1);
    this.ring = new double[lanes * cap];
    this.newest = new int[lanes];
    this.count = new int[lanes];
    this.first = new int[lanes];
    this.last = new double[lanes];
    reset();
  }

  /** Rejects an empty or increasing {@code tmin}, or {@code lanes < 1} (messages of the constructor). */
  static void checkThresholds(double[] tmin, int lanes) {
    if (tmin.length == 0 || lanes < 1) {
      throw new IllegalArgumentException(String.format(
          "cohort queues need ≥ 1 cohort threshold and ≥ 1 lane, but got %d thresholds and %d lanes",
          tmin.length, lanes));
    }
    for (int k = 1; k < tmin.length; k++) {
      if (tmin[k] > tmin[k - 1]) {
        throw new IllegalArgumentException(String.format(
            "recruitment thresholds [degC] must not increase with age, but Tmin_%d = %s > Tmin_%d = %s",
            k, tmin[k], k - 1, tmin[k - 1]));
      }
    }
  }

  /** Empties every cohort of every lane (cold start). */
  public void reset() {
    Arrays.fill(ring, 0.0);
    Arrays.fill(newest, 0);
    Arrays.fill(count, 0);
    Arrays.fill(first, n);
    Arrays.fill(last, 0.0);
  }

  /**
   * The first cohort recruited at {@code tm}: the smallest k with {@code tm ≥ tmin[k]}, or {@code
   * tmin.length} when none is (Tm NaN, or colder than every threshold). Walks from {@code hint} (any
   * int; the previous step's answer makes it O(1) for slowly varying temperatures), so the answer
   * is exact whatever the hint.
   *
   * @param tmin [cohort] non-increasing thresholds, °C
   */
  public static int firstRecruited(double[] tmin, double tm, int hint) {
    int k = hint < 0 ? 0 : Math.min(hint, tmin.length);
    while (k > 0 && tm >= tmin[k - 1]) {
      k--;
    }
    while (k < tmin.length && !(tm >= tmin[k])) {
      k++;
    }
    return k;
  }

  /**
   * One step of {@code lane} (inject, recruit, age), walking to the first recruited cohort from the
   * lane's previous one.
   *
   * @param production E·PP of this step [g m⁻² d⁻¹]
   * @param tm the temperature of this step [°C]
   * @return R, the recruited production [g m⁻² d⁻¹]
   */
  public double step(int lane, double production, double tm) {
    Lane c = lane(lane);
    double r = c.step(production, tm);
    c.save();
    return r;
  }

  /** As {@link #step(int, double, double)}, walking from {@code hint} (e.g. an estimated k*). */
  public double step(int lane, double production, double tm, int hint) {
    first[lane] = hint;
    return step(lane, production, tm);
  }

  /**
   * A cursor on {@code lane} for a run of consecutive steps: {@link Lane#step} as often as needed,
   * then {@link Lane#save()}. The same values as {@link #step(int, double, double)}, but a cursor
   * that stays local to one method is kept in registers by the JIT, which makes a long series of one
   * cell fast. Do not step the lane otherwise until the cursor is saved.
   */
  public Lane lane(int lane) {
    return new Lane(lane);
  }

  /** The state of one lane while it steps. */
  public final class Lane {
    private final int lane;
    private final int base;
    private int k;
    private int at;
    private int waiting;
    private double l;

    private Lane(int lane) {
      this.lane = lane;
      this.base = lane * cap;
      this.k = first[lane];
      this.at = newest[lane];
      this.waiting = count[lane];
      this.l = last[lane];
    }

    /** Inject, recruit, age; returns R [g m⁻² d⁻¹] (arguments as {@link CohortQueue#step}). */
    public double step(double production, double tm) {
      k = firstRecruited(tmin, tm, k);
      double r = 0.0;
      if (n == 1) {
        l = production + l;
        if (k == 0) {
          r += l;
          l = 0.0;
        }
        return r;
      }
      at = at + 1 == cap ? 0 : at + 1;
      ring[base + at] = production + 0.0;
      waiting++;
      if (k < waiting) {
        for (int a = k, i = at - k; a < waiting; a++, i--) {
          r += ring[base + (i < 0 ? i + cap : i)];
        }
        waiting = k;
      }
      if (k < n) {
        r += l;
        l = 0.0;
      }
      if (waiting == cap) {
        l = ring[base + (at + 1 == cap ? 0 : at + 1)] + l;
        waiting--;
      }
      return r;
    }

    /** Writes the lane's state back into the queue. */
    public void save() {
      first[lane] = k;
      newest[lane] = at;
      count[lane] = waiting;
      last[lane] = l;
    }
  }
}
