package io.github.seapopym4j.fitness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.model.TestOutput;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private static final LocalDate START = LocalDate.of(2000, 1, 1);

  /** A 100×100 grid, 30 days, one group; biomass = t + 1 everywhere. */
  private static TestOutput big() {
    double[] lat = new double[100];
    double[] lon = new double[100];
    for (int i = 0; i < 100; i++) {
      lat[i] = -49.5 + i;
      lon[i] = 100.5 + i;
    }
    return new TestOutput(List.of(TestOutput.group("a", 1, 1)), TestOutput.daily(30), lat, lon,
        (g, t, y, x) -> t + 1);
  }

  /** Observations at cell (60, 40) on days 0, 1, 2: values 1, 3, 3 against predictions 1, 2, 3. */
  private static ObservationSet station() {
    return ObservationSet.builder("station", "line")
        .add(START, 10.5, 140.5, 1, Period.NONE, null, 2)
        .add(START.plusDays(1), 10.5, 140.5, 3, Period.NONE, null, 3)
        .add(START.plusDays(2), 10.5, 140.5, 3, Period.NONE, null, 4).build();
  }

  @Test
  void scoresTheMetricOfThePredictions() {
    TestOutput o = big();
    Scorer s = Scorer.of(station(), ModelGrid.of(o), MatchConfig.defaults(), Metrics::rmse);
    // Errors {0, −1, 0}: rmse = √(1/3).
    assertEquals(Math.sqrt(1.0 / 3), s.score(o), 1e-15);
    MatchedPairs pairs = s.pairs(o);
    assertEquals("[1.0, 2.0, 3.0]", Arrays.toString(pairs.predicted()));
    assertEquals(3, pairs.size());
  }

  @Test
  void scoringReadsOneCellOfA100By100Grid() {
    TestOutput o = big();
    o.allowedCell = c -> c == 60 * 100 + 40;
    Scorer s = Scorer.of(station(), ModelGrid.of(o), MatchConfig.defaults(), Metrics::rmse);
    s.score(o);
    assertEquals(3, o.reads.get());
    assertEquals("[[60, 40]]", Arrays.deepToString(s.plan().cells()));
  }

  @Test
  void aReducedGridOfTheScoredCellGivesTheSameScore() {
    // What a calibration that simulates only the scored cells does: compile against the 1×1 grid.
    TestOutput cell = new TestOutput(List.of(TestOutput.group("a", 1, 1)), TestOutput.daily(30),
        new double[] {10.5}, new double[] {140.5}, (g, t, y, x) -> t + 1);
    Scorer s = Scorer.of(station(), ModelGrid.of(cell), MatchConfig.defaults(), Metrics::rmse);
    assertEquals(Math.sqrt(1.0 / 3), s.score(cell), 1e-15);
  }

  @Test
  void anOutputOnAnotherGridIsRejected() {
    Scorer s = Scorer.of(station(), ModelGrid.of(big()), MatchConfig.defaults(), Metrics::rmse);
    TestOutput shorter = new TestOutput(List.of(TestOutput.group("a", 1, 1)),
        TestOutput.daily(10), new double[] {10.5}, new double[] {140.5}, (g, t, y, x) -> 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> s.score(shorter));
    assertTrue(e.getMessage().contains("time axis"), e.getMessage());
  }

  @Test
  void aMetricThatSortsItsInputsDoesNotCorruptTheNextScore() {
    TestOutput o = big();
    Metric sortingMedianError = (obs, pred) -> {
      Arrays.sort(obs);
      Arrays.sort(pred);
      return pred[pred.length / 2] - obs[obs.length / 2];
    };
    Scorer s = Scorer.of(station(), ModelGrid.of(o), MatchConfig.defaults(), sortingMedianError);
    // Medians: observed {1, 3, 3} → 3, predicted {1, 2, 3} → 2.
    assertEquals(-1.0, s.score(o));
    assertEquals(-1.0, s.score(o));
    assertEquals(Math.sqrt(1.0 / 3), Scorer.of(s.plan(), Metrics::rmse).score(o), 1e-15);
  }

  @Test
  void weightedSumsCombineSeveralObservationSets() {
    TestOutput o = big();
    Scorer rmse = Scorer.of(station(), ModelGrid.of(o), MatchConfig.defaults(), Metrics::rmse);
    Scorer bias = Scorer.of(station(), ModelGrid.of(o), MatchConfig.defaults(), Metrics::bias);
    FitnessFunction f = FitnessFunction.weightedSum(List.of(rmse, bias), new double[] {2, 0.5});
    // 2·√(1/3) + 0.5·(−1/3).
    assertEquals(2 * Math.sqrt(1.0 / 3) - 0.5 / 3, f.score(o), 1e-15);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FitnessFunction.weightedSum(List.of(rmse), new double[] {-1}));
    assertTrue(e.getMessage().contains("weight 0") && e.getMessage().contains("-1"),
        e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> FitnessFunction.weightedSum(List.of(rmse, bias), new double[] {1}));
  }
}
