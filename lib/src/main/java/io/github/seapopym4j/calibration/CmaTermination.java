package io.github.seapopym4j.calibration;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;

/**
 * When one CMA-ES run should end: pycma's default termination criteria (the tutorial's Appendix B),
 * checked after every iteration. A restart strategy then starts a new run; without restarts the
 * calibration stops as converged. Names and defaults, as pycma 4 has them:
 *
 * <ul>
 *   <li>{@code tolfun} 1e-11: the range of this iteration's values and of the best values of the
 *       last 10 + ⌈30n/λ⌉ iterations is below it; {@code tolfunhist} 1e-12: that history alone;
 *   <li>{@code tolx}: every σ√C_ii and σ|p_c,i| below the optimiser's tolX;
 *   <li>{@code tolstagnation}: over the last 100 + 100 n^1.5/λ iterations neither the median nor the
 *       best value improved (histories sampled every 5 iterations, recent tenth vs the one before);
 *   <li>{@code tolconditioncov} 1e14: the condition number of C;
 *   <li>{@code noeffectaxis}, {@code noeffectcoord}: adding 0.1σ along a principal axis (one per
 *       iteration, in turn) or 0.2σ√C_ii to a coordinate leaves the mean unchanged;
 *   <li>{@code tolflatfitness}: the best and the 75 % quantile value are equal twice in a row;
 *   <li>{@code tolfacupx} 1e3, {@code tolupsigma} 1e20: σ diverges;
 *   <li>{@code maxiter}: 100 + 150 (n + 3)²/√λ iterations.
 * </ul>
 */
final class CmaTermination {

  static final double TOLFUN = 1e-11;
  static final double TOLFUNHIST = 1e-12;
  static final double TOLCONDITIONCOV = 1e14;
  static final double TOLFACUPX = 1e3;
  static final double TOLUPSIGMA = 1e20;
  private static final int HISTORY_CAP = 20_000;

  private final CmaParameters p;
  private final int shortLength;
  private final long tolStagnation;
  private long maxIter;
  /** Best value of each recent iteration, newest first. */
  private final Deque<Double> hist = new ArrayDeque<>();
  /** Best and median value every 5 iterations, newest first. */
  private final Deque<Double> histBest = new ArrayDeque<>();
  private final Deque<Double> histMedian = new ArrayDeque<>();
  private double[] latest = new double[0];
  private double bestEver = Double.POSITIVE_INFINITY;
  private long bestIteration;
  private int flatIterations;

  CmaTermination(CmaParameters p) {
    this.p = p;
    shortLength = 10 + (int) Math.ceil(30.0 * p.n / p.lambda);
    tolStagnation = (long) (100 + 100 * Math.pow(p.n, 1.5) / p.lambda);
    maxIter = defaultMaxIterations(p.n, p.lambda);
  }

  /** pycma's default {@code maxiter}: 100 + 150 (n + 3)²/√λ. */
  static long defaultMaxIterations(int n, int lambda) {
    return (long) (100 + 150 * (n + 3) * (n + 3) / Math.sqrt(lambda));
  }

  /** Sets the iteration limit to {@code max} (BIPOP's small-population runs). */
  void limitIterations(long max) {
    maxIter = max;
  }

  /** Records iteration {@code iteration}'s values, sorted ascending. */
  void record(double[] sorted, long iteration) {
    latest = sorted;
    hist.addFirst(sorted[0]);
    if (hist.size() > shortLength) {
      hist.removeLast();
    }
    if (iteration % 5 == 0) {
      int i = sorted.length / 2;
      histBest.addFirst(sorted[0]);
      histMedian.addFirst(sorted.length % 2 == 1 ? sorted[i] : sorted[i - 1] / 2 + sorted[i] / 2);
      if (histBest.size() > HISTORY_CAP) {
        histBest.removeLast();
        histMedian.removeLast();
      }
    }
    if (sorted[0] < bestEver) {
      bestEver = sorted[0];
      bestIteration = iteration;
    }
    flatIterations = sorted[0] < sorted[(int) (0.75 * sorted.length)] ? 0 : flatIterations + 1;
  }

  /** The first criterion met by {@code run} (in the order listed above), or null. */
  String check(CmaCore run, double tolX) {
    int n = p.n;
    double[] d = run.axisLengths();
    double maxD = Arrays.stream(d).max().orElse(0);
    double minD = Arrays.stream(d).min().orElse(0);
    double histRange = range(hist);
    if (latest.length > 0 && latest[latest.length - 1] - latest[0] < TOLFUN
        && histRange < TOLFUN) {
      return "tolfun";
    }
    if (hist.size() > 9 && histRange < TOLFUNHIST) {
      return "tolfunhist";
    }
    boolean small = true;
    boolean up = false;
    boolean noEffectCoord = false;
    for (int i = 0; i < n; i++) {
      double sd = run.sigma * Math.sqrt(run.cov[i][i]);
      small &= sd < tolX && run.sigma * Math.abs(run.pc[i]) < tolX;
      up |= sd > run.sigma0 * TOLFACUPX;
      noEffectCoord |= run.mean[i] == run.mean[i] + 0.2 * sd;
    }
    if (small) {
      return "tolx";
    }
    if (stagnated(run.iteration)) {
      return "tolstagnation";
    }
    if (maxD > Math.sqrt(TOLCONDITIONCOV) * minD) {
      return "tolconditioncov";
    }
    if (noEffectCoord) {
      return "noeffectcoord";
    }
    int axis = (int) (run.iteration % n);
    double[] e = run.axis(axis);
    boolean noEffectAxis = true;
    for (int i = 0; i < n; i++) {
      noEffectAxis &= run.mean[i] == run.mean[i] + 0.1 * run.sigma * d[axis] * e[i];
    }
    if (noEffectAxis) {
      return "noeffectaxis";
    }
    if (flatIterations > 1) {
      return "tolflatfitness";
    }
    if (up) {
      return "tolfacupx";
    }
    if (run.sigma / maxD > run.sigma0 * TOLUPSIGMA) {
      return "tolupsigma";
    }
    if (run.iteration >= maxIter) {
      return "maxiter";
    }
    return null;
  }

  private boolean stagnated(long iteration) {
    int len = histBest.size();
    int l = (int) Math.max(tolStagnation / 10.0, len / 10.0);
    if (l > iteration || iteration <= p.n * (5 + 100.0 / p.lambda)
        || iteration - bestIteration <= tolStagnation / 2.0 || len <= 100 || 2 * l >= len) {
      return false;
    }
    double[] best = histBest.stream().mapToDouble(Double::doubleValue).toArray();
    double[] median = histMedian.stream().mapToDouble(Double::doubleValue).toArray();
    return median(median, 0, l) >= median(median, l, 2 * l)
        && median(best, 0, l) >= median(best, l, 2 * l);
  }

  private static double median(double[] v, int from, int to) {
    double[] s = Arrays.copyOfRange(v, from, to);
    Arrays.sort(s);
    int m = s.length / 2;
    return s.length % 2 == 1 ? s[m] : s[m - 1] / 2 + s[m] / 2; // halves: no overflow at PENALTY
  }

  private static double range(Deque<Double> values) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return values.isEmpty() ? Double.POSITIVE_INFINITY : hi - lo;
  }

  void save(Map<String, String> s) {
    s.put("hist", CmaState.join(toArray(hist)));
    s.put("hist_best", CmaState.join(toArray(histBest)));
    s.put("hist_median", CmaState.join(toArray(histMedian)));
    s.put("latest", CmaState.join(latest));
    s.put("best_ever", Double.toString(bestEver));
    s.put("best_iteration", Long.toString(bestIteration));
    s.put("flat_iterations", Integer.toString(flatIterations));
    s.put("max_iterations", Long.toString(maxIter));
  }

  void restore(Map<String, String> s) {
    fill(hist, CmaState.numbers(s, "hist"));
    fill(histBest, CmaState.numbers(s, "hist_best"));
    fill(histMedian, CmaState.numbers(s, "hist_median"));
    if (histBest.size() != histMedian.size()) {
      throw new IllegalArgumentException(String.format("CMA-ES checkpoint: expected as many "
          + "numbers in 'hist_best' as in 'hist_median', found %d and %d", histBest.size(),
          histMedian.size()));
    }
    latest = CmaState.numbers(s, "latest");
    bestEver = CmaState.number(s, "best_ever");
    bestIteration = (long) CmaState.number(s, "best_iteration");
    flatIterations = (int) CmaState.number(s, "flat_iterations");
    maxIter = (long) CmaState.number(s, "max_iterations");
  }

  private static double[] toArray(Deque<Double> q) {
    return q.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static void fill(Deque<Double> q, double[] v) {
    q.clear();
    for (double x : v) {
      q.addLast(x);
    }
  }
}
