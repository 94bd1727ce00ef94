package io.github.seapopym4j.fitness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricRegistryTest {

  private static final double[] O = {1, 2, 3, 4};
  private static final double[] P = {2, 2, 4, 3};

  @Test
  void namesAreTheCommandLineNamesInOrder() {
    assertEquals(List.of("rmse", "nrmse-std", "nrmse-mean", "nrmse-range", "mae", "bias", "log-rmse",
        "pearson", "spearman", "nse", "kge"), MetricRegistry.names());
  }

  @Test
  void anUnknownNameListsTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MetricRegistry.get("r2"));
    assertTrue(e.getMessage().contains("'r2'") && e.getMessage().contains("nrmse-std"),
        e.getMessage());
  }

  @Test
  void lossIsZeroAtAPerfectFitAndPositiveOtherwise() {
    for (String name : MetricRegistry.names()) {
      Metric loss = MetricRegistry.get(name).loss();
      assertEquals(0.0, loss.score(O, O), 1e-14, name);
      assertTrue(loss.score(O, P) > 0, name + " loss " + loss.score(O, P));
    }
  }

  @Test
  void biasLossIsTheAbsoluteBias() {
    // bias of P against O is +0.25, and −0.25 the other way round.
    assertEquals(0.25, MetricRegistry.get("bias").loss().score(P, O), 1e-15);
  }
}
