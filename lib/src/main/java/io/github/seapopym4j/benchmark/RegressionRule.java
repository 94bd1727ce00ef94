package io.github.seapopym4j.benchmark;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Flags a regression in a {@link History}: the latest median of a (benchmark, metric) is more than
 * {@code threshold} above the best (lowest) median of the {@code window} entries before it. Metrics
 * are taken as lower-is-better (times, bytes). With no earlier entry there is nothing to compare:
 * no alert.
 *
 * @param threshold relative increase that triggers, e.g. 0.10 for 10 %
 * @param window how many earlier entries the best is taken from (≥ 1)
 */
public record RegressionRule(double threshold, int window) {

  /** Median up more than 10 % against the best of the last 5 entries. */
  public static final RegressionRule DEFAULT = new RegressionRule(0.10, 5);

  public RegressionRule {
    if (!(threshold > 0) || Double.isInfinite(threshold) || window < 1) {
      throw new IllegalArgumentException(String.format("regression rule: threshold must be > 0 "
          + "and window >= 1, but were %s and %d", threshold, window));
    }
  }

  /**
   * A flagged regression.
   *
   * @param latest the entry that regressed
   * @param best the best earlier entry it is compared with
   * @param increase latest median / best median − 1
   */
  public record Alert(History.Entry latest, History.Entry best, double increase) {
    /** One line for a terminal. */
    public String message() {
      return String.format("regression: %s %s median %.4g is %.1f %% above the best of the previous"
          + " entries (%.4g at commit %s on %s)", latest.benchmark(), latest.metric(),
          latest.median(), 100 * increase, best.median(), best.commit(), best.date());
    }
  }

  /** The alert for the latest entry of ({@code benchmark}, {@code metric}), if it regressed. */
  public Optional<Alert> check(List<History.Entry> history, String benchmark, String metric) {
    List<History.Entry> series = history.stream()
        .filter(e -> e.benchmark().equals(benchmark) && e.metric().equals(metric)).toList();
    if (series.size() < 2) {
      return Optional.empty();
    }
    History.Entry latest = series.get(series.size() - 1);
    History.Entry best = series.subList(Math.max(0, series.size() - 1 - window), series.size() - 1)
        .stream().min(Comparator.comparingDouble(History.Entry::median)).orElseThrow();
    double increase = latest.median() / best.median() - 1;
    return increase > threshold ? Optional.of(new Alert(latest, best, increase)) : Optional.empty();
  }

  /** The alerts of every (benchmark, metric) in the history. */
  public List<Alert> checkAll(List<History.Entry> history) {
    return history.stream().map(e -> List.of(e.benchmark(), e.metric())).distinct()
        .flatMap(k -> check(history, k.get(0), k.get(1)).stream()).toList();
  }
}
