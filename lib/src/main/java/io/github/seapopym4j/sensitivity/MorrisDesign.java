package io.github.seapopym4j.sensitivity;

import io.github.seapopym4j.internal.Shuffle;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Morris's one-at-a-time design: r trajectories of k + 1 points on a p-level grid {0, 1/(p−1), …,
 * 1}, each moving one parameter at a time by Δ = p / (2(p − 1)) (Morris 1991; Saltelli et al. 2008,
 * ch. 3).
 *
 * <p>Trajectory t (from {@code SplittableRandom(seed)}, one split stream per trajectory, in order)
 * starts at a point whose coordinates are levels drawn uniformly from the p levels; the parameters
 * move in a random order, each by +Δ from a level below p/2 and by −Δ from one at or above (so
 * every move stays on the grid, and start and end of each move are equally likely to be either end
 * of its pair of levels). p must be even, so that Δ is a whole number of level steps.
 *
 * <p>Points are numbered trajectory by trajectory: point t·(k + 1) + s is step s of trajectory t.
 */
public final class MorrisDesign implements Design {

  private final int k;
  private final int r;
  private final int levels;
  private final int candidates;
  private final long seed;
  private final double[][] u;
  private final int[][] moved;
  private final double[][] delta;

  private MorrisDesign(int k, int r, int levels, int candidates, long seed) {
    this.k = k;
    this.r = r;
    this.levels = levels;
    this.candidates = candidates;
    this.seed = seed;
    int m = Math.max(r, candidates);
    double[][] all = new double[k][m * (k + 1)];
    int[][] allMoved = new int[m][k];
    double[][] allDelta = new double[m][k];
    generate(all, allMoved, allDelta, m);
    int[] chosen = candidates > r ? TrajectorySpread.select(all, k, m, r)
        : IntStream.range(0, r).toArray();
    u = new double[k][r * (k + 1)];
    moved = new int[r][];
    delta = new double[r][];
    for (int t = 0; t < r; t++) {
      int c = chosen[t];
      for (int i = 0; i < k; i++) {
        System.arraycopy(all[i], c * (k + 1), u[i], t * (k + 1), k + 1);
      }
      moved[t] = allMoved[c];
      delta[t] = allDelta[c];
    }
  }

  /** Trajectories 0 … m−1, each from its own split stream of {@code SplittableRandom(seed)}. */
  private void generate(double[][] u, int[][] moved, double[][] delta, int m) {
    double step = 1.0 / (levels - 1);
    int half = levels / 2;
    SplittableRandom root = new SplittableRandom(seed);
    int[] level = new int[k];
    for (int t = 0; t < m; t++) {
      SplittableRandom rng = root.split();
      for (int i = 0; i < k; i++) {
        level[i] = rng.nextInt(levels);
      }
      int[] order = Shuffle.permutation(k, rng);
      int base = t * (k + 1);
      for (int i = 0; i < k; i++) {
        u[i][base] = level[i] * step;
      }
      for (int s = 1; s <= k; s++) {
        int i = order[s - 1];
        int sign = level[i] < half ? 1 : -1;
        level[i] += sign * half;
        moved[t][s - 1] = i;
        delta[t][s - 1] = sign * half * step;
        for (int q = 0; q < k; q++) {
          u[q][base + s] = level[q] * step;
        }
      }
    }
  }

  /**
   * A design of {@code r} trajectories on a {@code levels}-level grid.
   *
   * @throws IllegalArgumentException when k &lt; 2, r &lt; 2 or levels is not an even number ≥ 2
   */
  public static MorrisDesign of(int k, int r, int levels, long seed) {
    return of(k, r, levels, 0, seed);
  }

  /**
   * A design of {@code r} trajectories chosen among {@code candidates} for their spread (Campolongo
   * et al. 2007's improved sampling, selected greedily as {@link TrajectorySpread} describes); with
   * {@code candidates} ≤ r (0: none) the first r trajectories are kept, as {@link #of(int, int, int,
   * long)}.
   *
   * @throws IllegalArgumentException as {@link #of(int, int, int, long)}, or for candidates &lt; 0 or
   *     above 2,000 (the pairwise distances take M² doubles)
   */
  public static MorrisDesign of(int k, int r, int levels, int candidates, long seed) {
    if (candidates < 0 || candidates > 2_000) {
      throw new IllegalArgumentException("--candidates must be in [0, 2000] (0: no selection), but "
          + "was " + candidates);
    }
    if (k < 2) {
      throw new IllegalArgumentException("a sensitivity analysis needs at least 2 free parameters, "
          + "but has " + k);
    }
    if (r < 2) {
      throw new IllegalArgumentException("--trajectories must be >= 2 (σ needs two elementary "
          + "effects per parameter), but was " + r);
    }
    if (levels < 2 || levels % 2 != 0) {
      throw new IllegalArgumentException("--levels must be an even number >= 2 (Δ = p/(2(p-1)) is "
          + "then a whole number of grid steps), but was " + levels);
    }
    if ((long) r * (k + 1) > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("a Morris design of " + r + " trajectories and " + k
          + " parameters has too many points; lower --trajectories");
    }
    return new MorrisDesign(k, r, levels, candidates, seed);
  }

  @Override
  public String method() {
    return "morris";
  }

  @Override
  public int parameters() {
    return k;
  }

  public int trajectories() {
    return r;
  }

  public int levels() {
    return levels;
  }

  /** The step Δ = p / (2(p − 1)) in unit coordinates. */
  public double delta() {
    return levels / (2.0 * (levels - 1));
  }

  @Override
  public int size() {
    return r * (k + 1);
  }

  @Override
  public void unitPoint(int point, double[] out) {
    for (int i = 0; i < k; i++) {
      out[i] = u[i][point];
    }
  }

  /** The parameter that moves from step s − 1 to step s (1 ≤ s ≤ k) of trajectory t. */
  int moved(int t, int s) {
    return moved[t][s - 1];
  }

  /** The signed change (±Δ, unit coordinates) of that move. */
  double change(int t, int s) {
    return delta[t][s - 1];
  }

  @Override
  public long storedBytes() {
    return 8L * k * size() + 12L * k * r;
  }

  @Override
  public String labelHeader() {
    return "trajectory,step";
  }

  @Override
  public String labels(int point) {
    return point / (k + 1) + "," + point % (k + 1);
  }

  @Override
  public String describe() {
    return String.format(Locale.ROOT, "morris k=%d r=%d levels=%d candidates=%d seed=%d", k, r,
        levels, candidates, seed);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "MorrisDesign[k=%d, r=%d, p=%d, %,d points]", k, r, levels,
        size());
  }
}
