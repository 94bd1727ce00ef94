package io.github.seapopym4j.fitness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The built-in metrics by their command-line names, with the direction in which they improve, so a
 * calibration knows whether to minimise or maximise.
 *
 * <table>
 *   <caption>Metrics</caption>
 *   <tr><th>name</th><th>metric</th><th>goal</th></tr>
 *   <tr><td>rmse</td><td>{@link Metrics#rmse}</td><td>minimise</td></tr>
 *   <tr><td>nrmse-std</td><td>{@link Metrics#nrmseStd}</td><td>minimise</td></tr>
 *   <tr><td>nrmse-mean</td><td>{@link Metrics#nrmseMean}</td><td>minimise</td></tr>
 *   <tr><td>nrmse-range</td><td>{@link Metrics#nrmseRange}</td><td>minimise</td></tr>
 *   <tr><td>mae</td><td>{@link Metrics#mae}</td><td>minimise</td></tr>
 *   <tr><td>bias</td><td>{@link Metrics#bias}</td><td>zero (minimise |bias|)</td></tr>
 *   <tr><td>log-rmse</td><td>{@link Metrics#logRmse}</td><td>minimise</td></tr>
 *   <tr><td>pearson</td><td>{@link Metrics#pearson}</td><td>maximise</td></tr>
 *   <tr><td>spearman</td><td>{@link Metrics#spearman}</td><td>maximise</td></tr>
 *   <tr><td>nse</td><td>{@link Metrics#nse}</td><td>maximise</td></tr>
 *   <tr><td>kge</td><td>{@link Metrics#kge}</td><td>maximise</td></tr>
 * </table>
 */
public final class MetricRegistry {

  /** Whether a metric improves downwards, upwards, or towards zero. */
  public enum Goal { MINIMISE, MAXIMISE, ZERO }

  /**
   * A named metric.
   *
   * @param name the command-line name
   * @param metric the function
   * @param goal the direction of improvement
   */
  public record Entry(String name, Metric metric, Goal goal) {
    /** Validates the entry. */
    public Entry {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(goal, "goal");
    }

    /**
     * The metric as a loss to minimise: the metric itself, |bias|, or 1 − score for those maximised
     * (all at most 1, so the loss is ≥ 0 and 0 at a perfect fit).
     */
    public Metric loss() {
      return switch (goal) {
        case MINIMISE -> metric;
        case ZERO -> (o, p) -> Math.abs(metric.score(o, p));
        case MAXIMISE -> (o, p) -> 1 - metric.score(o, p);
      };
    }
  }

  private static final Map<String, Entry> BUILT_IN = new LinkedHashMap<>();

  static {
    put("rmse", Metrics::rmse, Goal.MINIMISE);
    put("nrmse-std", Metrics::nrmseStd, Goal.MINIMISE);
    put("nrmse-mean", Metrics::nrmseMean, Goal.MINIMISE);
    put("nrmse-range", Metrics::nrmseRange, Goal.MINIMISE);
    put("mae", Metrics::mae, Goal.MINIMISE);
    put("bias", Metrics::bias, Goal.ZERO);
    put("log-rmse", Metrics::logRmse, Goal.MINIMISE);
    put("pearson", Metrics::pearson, Goal.MAXIMISE);
    put("spearman", Metrics::spearman, Goal.MAXIMISE);
    put("nse", Metrics::nse, Goal.MAXIMISE);
    put("kge", Metrics::kge, Goal.MAXIMISE);
  }

  private MetricRegistry() {
  }

  private static void put(String name, Metric m, Goal g) {
    BUILT_IN.put(name, new Entry(name, m, g));
  }

  /** The names, in a fixed order (the order of the command-line output). */
  public static List<String> names() {
    return List.copyOf(BUILT_IN.keySet());
  }

  /**
   * The entry named {@code name}.
   *
   * @throws IllegalArgumentException listing the known names when there is none
   */
  public static Entry get(String name) {
    Entry e = BUILT_IN.get(name);
    if (e == null) {
      throw new IllegalArgumentException(String.format("unknown metric '%s'; expected one of %s",
          name, String.join(", ", BUILT_IN.keySet())));
    }
    return e;
  }

  /** The metric named {@code name} (see {@link #get}). */
  public static Metric metric(String name) {
    return get(name).metric();
  }
}
