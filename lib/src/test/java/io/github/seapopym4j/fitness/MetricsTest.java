package io.github.seapopym4j.fitness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases. o = {1, 2, 3, 4}, p = {2, 2, 4, 3}: errors {1, 0, 1, −1}, SSE = 3,
 * mean o = 2.5, Σ(o − ō)² = 5, σo = √1.25, mean p = 2.75, Σ(p − p̄)² = 2.75, Σ(o − ō)(p − p̄) = 2.5,
 * ranks of p (ties averaged) = {1.5, 1.5, 4, 3}.
 */
class MetricsTest {

  /** Closed-form values are reproduced to a few ulps: the sums involved have at most 5 terms. */
  private static final double TOL = 1e-14;

  private static final double[] O = {1, 2, 3, 4};
  private static final double[] P = {2, 2, 4, 3};
  /** The same four pairs with NaN gaps on either side and a NaN-NaN pair. */
  private static final double[] O_GAPS = {1, Double.NaN, 2, 3, 7, Double.NaN, 4};
  private static final double[] P_GAPS = {2, 5, 2, 4, Double.NaN, Double.NaN, 3};
  private static final double[] CONSTANT = {2, 2, 2, 2};
  /** Pearson's r of O and P by hand. */
  private static final double R = 2.5 / Math.sqrt(5 * 2.75);
  /** KGE 2009 of O and P by hand: alpha = sqrt(2.75/4) / sqrt(5/4), beta = 2.75 / 2.5. */
  private static final double KGE = 1 - Math.sqrt((R - 1) * (R - 1)
      + Math.pow(Math.sqrt(2.75 / 5) - 1, 2) + Math.pow(1.1 - 1, 2));

  @Test
  void errorMetricsMatchHandValues() {
    assertEquals(Math.sqrt(3.0 / 4), Metrics.rmse(O, P), TOL);
    assertEquals(0.75, Metrics.mae(O, P), TOL);
    assertEquals(0.25, Metrics.bias(O, P), TOL);
    assertEquals(Math.sqrt(0.75) / Math.sqrt(1.25), Metrics.nrmseStd(O, P), TOL);
    assertEquals(Math.sqrt(0.75) / 2.5, Metrics.nrmseMean(O, P), TOL);
    assertEquals(Math.sqrt(0.75) / 3, Metrics.nrmseRange(O, P), TOL);
    assertEquals(1 - 3.0 / 5, Metrics.nse(O, P), TOL);
  }

  @Test
  void correlationsMatchHandValues() {
    assertEquals(R, Metrics.pearson(O, P), TOL);
    // Spearman: Pearson of ranks {1,2,3,4} and {1.5,1.5,4,3}: cov sum 3.5, squares 5 and 4.5.
    assertEquals(3.5 / Math.sqrt(5 * 4.5), Metrics.spearman(O, P), TOL);
    assertEquals(KGE, Metrics.kge(O, P), TOL);
  }

  @Test
  void pairsWithANanOnEitherSideAreSkipped() {
    assertEquals(Math.sqrt(3.0 / 4), Metrics.rmse(O_GAPS, P_GAPS), TOL);
    assertEquals(0.75, Metrics.mae(O_GAPS, P_GAPS), TOL);
    assertEquals(0.25, Metrics.bias(O_GAPS, P_GAPS), TOL);
    assertEquals(Math.sqrt(0.75) / Math.sqrt(1.25), Metrics.nrmseStd(O_GAPS, P_GAPS), TOL);
    assertEquals(Math.sqrt(0.75) / 2.5, Metrics.nrmseMean(O_GAPS, P_GAPS), TOL);
    assertEquals(Math.sqrt(0.75) / 3, Metrics.nrmseRange(O_GAPS, P_GAPS), TOL);
    assertEquals(0.4, Metrics.nse(O_GAPS, P_GAPS), TOL);
    assertEquals(2.5 / Math.sqrt(5 * 2.75), Metrics.pearson(O_GAPS, P_GAPS), TOL);
    assertEquals(3.5 / Math.sqrt(22.5), Metrics.spearman(O_GAPS, P_GAPS), TOL);
    assertEquals(KGE, Metrics.kge(O_GAPS, P_GAPS), TOL);
  }

  @Test
  void aConstantObservedSeriesGivesNanWhereTheNormaliserIsZero() {
    double[] p = {1, 2, 3, 4};
    // rmse of {−1, 0, 1, 2} = sqrt(6/4); mean o = 2 stays a valid normaliser.
    assertEquals(Math.sqrt(1.5), Metrics.rmse(CONSTANT, p), TOL);
    assertEquals(Math.sqrt(1.5) / 2, Metrics.nrmseMean(CONSTANT, p), TOL);
    assertTrue(Double.isNaN(Metrics.nrmseStd(CONSTANT, p)));
    assertTrue(Double.isNaN(Metrics.nrmseRange(CONSTANT, p)));
    assertTrue(Double.isNaN(Metrics.nse(CONSTANT, p)));
    assertTrue(Double.isNaN(Metrics.kge(CONSTANT, p)));
    assertTrue(Double.isNaN(Metrics.pearson(CONSTANT, p)));
    assertTrue(Double.isNaN(Metrics.spearman(CONSTANT, p)));
  }

  @Test
  void aConstantPredictionHasNoCorrelation() {
    assertTrue(Double.isNaN(Metrics.pearson(O, CONSTANT)));
    assertTrue(Double.isNaN(Metrics.spearman(O, CONSTANT)));
    assertTrue(Double.isNaN(Metrics.kge(O, CONSTANT)));
    // NSE stays defined: 1 − Σ(2 − o)² / 5 = 1 − (1 + 0 + 1 + 4) / 5.
    assertEquals(1 - 6.0 / 5, Metrics.nse(O, CONSTANT), TOL);
  }

  @Test
  void aConstantOfNonRoundValuesIsStillConstant() {
    // The computed σ of {0.1, 0.1, 0.1} may be ~1e-17 rather than 0; it must still read as constant.
    double[] o = {0.1, 0.1, 0.1};
    double[] p = {0.2, 0.1, 0.3};
    assertTrue(Double.isNaN(Metrics.nrmseStd(o, p)));
    assertTrue(Double.isNaN(Metrics.nse(o, p)));
  }

  @Test
  void aPerfectFitScoresZeroErrorAndUnitEfficiency() {
    assertEquals(0.0, Metrics.rmse(O, O));
    assertEquals(0.0, Metrics.logRmse(O, O));
    assertEquals(1.0, Metrics.nse(O, O), TOL);
    assertEquals(1.0, Metrics.kge(O, O), TOL);
    assertEquals(1.0, Metrics.pearson(O, O), TOL);
  }

  @Test
  void logRmseIsInOrdersOfMagnitude() {
    // log10 errors {1, 0, −1}.
    assertEquals(Math.sqrt(2.0 / 3), Metrics.logRmse(new double[] {1, 10, 100},
        new double[] {10, 10, 10}), TOL);
  }

  @Test
  void logRmseSkipsNonPositiveObservationsAndPenalisesNonPositivePredictions() {
    // o = 0 and o = −1 carry no log information: only the pair (10, 100) is left, error 1.
    assertEquals(1.0, Metrics.logRmse(new double[] {0, -1, 10}, new double[] {5, 5, 100}), TOL);
    assertEquals(Double.POSITIVE_INFINITY,
        Metrics.logRmse(new double[] {1, 10}, new double[] {1, 0}));
    assertTrue(Double.isNaN(Metrics.logRmse(new double[] {0}, new double[] {1})));
  }

  @Test
  void everyMetricIsNanWithoutACompletePair() {
    double[] o = {1, Double.NaN};
    double[] p = {Double.NaN, 2};
    for (String name : MetricRegistry.names()) {
      assertTrue(Double.isNaN(MetricRegistry.metric(name).score(o, p)), name);
      assertTrue(Double.isNaN(MetricRegistry.metric(name).score(new double[0], new double[0])),
          name);
    }
  }

  @Test
  void anInfinitePredictionIsNeverScoredAsGood() {
    double[] p = {2, 2, Double.POSITIVE_INFINITY, 3};
    assertEquals(Double.POSITIVE_INFINITY, Metrics.rmse(O, p));
    assertEquals(Double.POSITIVE_INFINITY, Metrics.mae(O, p));
    assertTrue(!(Metrics.nse(O, p) > -1e300), "nse " + Metrics.nse(O, p));
  }

  @Test
  void arraysOfDifferentLengthsAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Metrics.rmse(new double[3], new double[2]));
    assertTrue(e.getMessage().contains("same length") && e.getMessage().contains("3")
        && e.getMessage().contains("2"), e.getMessage());
  }

  @Test
  void metricsDoNotModifyTheirInputs() {
    double[] o = O_GAPS.clone();
    double[] p = P_GAPS.clone();
    for (String name : MetricRegistry.names()) {
      MetricRegistry.metric(name).score(o, p);
    }
    assertEquals(java.util.Arrays.toString(O_GAPS), java.util.Arrays.toString(o));
    assertEquals(java.util.Arrays.toString(P_GAPS), java.util.Arrays.toString(p));
  }
}
