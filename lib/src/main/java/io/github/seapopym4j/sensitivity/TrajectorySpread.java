package io.github.seapopym4j.sensitivity;

/**
 * Campolongo et al. (2007)'s improved Morris sampling: among M candidate trajectories keep the r
 * that are most spread out. The distance between trajectories a and b is d(a, b) = Σ_{p,q} ‖x_a,p −
 * x_b,q‖ over their k + 1 points each; Campolongo maximises Σ_{pairs} d² over all subsets of size r.
 * That search is combinatorial, so this picks greedily, as the "local" optimisation of Ruano et al.
 * (2012) does: first the farthest pair, then repeatedly the candidate with the largest Σ d² to those
 * already chosen (ties to the lower index). Deterministic.
 */
final class TrajectorySpread {

  private TrajectorySpread() {}

  /**
   * The indices (ascending) of r of the m trajectories stored in {@code u} (k rows, trajectory t at
   * columns t·(k + 1) … t·(k + 1) + k).
   */
  static int[] select(double[][] u, int k, int m, int r) {
    double[][] d2 = new double[m][m];
    for (int a = 0; a < m; a++) {
      for (int b = a + 1; b < m; b++) {
        double d = distance(u, k, a, b);
        d2[a][b] = d * d;
        d2[b][a] = d * d;
      }
    }
    boolean[] chosen = new boolean[m];
    int first = 0;
    int second = 1;
    for (int a = 0; a < m; a++) {
      for (int b = a + 1; b < m; b++) {
        if (d2[a][b] > d2[first][second]) {
          first = a;
          second = b;
        }
      }
    }
    chosen[first] = true;
    chosen[second] = true;
    double[] score = new double[m];
    for (int t = 0; t < m; t++) {
      score[t] = d2[t][first] + d2[t][second];
    }
    for (int n = 2; n < r; n++) {
      int best = -1;
      for (int t = 0; t < m; t++) {
        if (!chosen[t] && (best < 0 || score[t] > score[best])) {
          best = t;
        }
      }
      chosen[best] = true;
      for (int t = 0; t < m; t++) {
        score[t] += d2[t][best];
      }
    }
    int[] out = new int[r];
    for (int t = 0, i = 0; t < m; t++) {
      if (chosen[t]) {
        out[i++] = t;
      }
    }
    return out;
  }

  /** d(a, b): the sum of the Euclidean distances between every point of a and every point of b. */
  static double distance(double[][] u, int k, int a, int b) {
    double sum = 0;
    for (int p = 0; p <= k; p++) {
      for (int q = 0; q <= k; q++) {
        double s = 0;
        for (int i = 0; i < k; i++) {
          double diff = u[i][a * (k + 1) + p] - u[i][b * (k + 1) + q];
          s += diff * diff;
        }
        sum += Math.sqrt(s);
      }
    }
    return sum;
  }
}
