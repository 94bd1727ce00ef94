package io.github.seapopym4j.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegressionRuleTest {

  static final Machine M = new Machine("host", 2, "Linux", "JDK 17");

  /** A history of wall times: medians as given, ±2 % spread, one per day. */
  static List<History.Entry> history(double... medians) {
    List<History.Entry> h = new ArrayList<>();
    for (int i = 0; i < medians.length; i++) {
      h.add(new History.Entry(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(86400L * i),
          "c" + i, M, "baseline", "wall_s", medians[i], medians[i] * 0.98, medians[i] * 1.02, 3));
    }
    return h;
  }

  @Test
  void twentyPercentRegressionIsFlagged() {
    Optional<RegressionRule.Alert> a = RegressionRule.DEFAULT.check(
        history(1.00, 1.02, 0.99, 1.01, 1.00, 1.19), "baseline", "wall_s");
    assertTrue(a.isPresent());
    assertEquals(0.99, a.get().best().median());
    assertEquals(1.19 / 0.99 - 1, a.get().increase(), 1e-12);
    assertTrue(a.get().message().contains("20.2 %"), a.get().message());
  }

  @Test
  void changeWithinNoiseIsNotFlagged() {
    assertTrue(RegressionRule.DEFAULT.check(history(1.00, 1.02, 0.99, 1.01, 1.00, 1.04),
        "baseline", "wall_s").isEmpty());
  }

  @Test
  void onlyTheWindowCounts() {
    // The best (0.5) is 6 entries back: outside a window of 5, inside one of 6.
    List<History.Entry> h = history(0.5, 1, 1, 1, 1, 1, 1.05);
    assertTrue(RegressionRule.DEFAULT.check(h, "baseline", "wall_s").isEmpty());
    assertTrue(new RegressionRule(0.10, 6).check(h, "baseline", "wall_s").isPresent());
  }

  @Test
  void singleEntryAndOtherMetricsGiveNoAlert() {
    assertTrue(RegressionRule.DEFAULT.check(history(1), "baseline", "wall_s").isEmpty());
    assertTrue(RegressionRule.DEFAULT.check(history(1, 2), "baseline", "other").isEmpty());
    assertEquals(1, RegressionRule.DEFAULT.checkAll(history(1, 2)).size());
  }

  @Test
  void badSettingsAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new RegressionRule(0, 5));
    assertTrue(e.getMessage().contains("threshold must be > 0"), e.getMessage());
  }
}
