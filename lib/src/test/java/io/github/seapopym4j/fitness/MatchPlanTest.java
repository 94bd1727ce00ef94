package io.github.seapopym4j.fitness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.forcing.TimeAxis;
import io.github.seapopym4j.model.TestOutput;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 3×4 grid, 60 daily steps from 2000-01-01, groups D1N1 (day 1, night 1) and D2N1 (day 2,
 * night 1), biomass b(g, t, y, x) = 100(g + 1) + t + y/4 + x/8: every expected prediction below is
 * a short sum of exact binary fractions, so equality is exact.
 */
class MatchPlanTest {

  private static final LocalDate START = LocalDate.of(2000, 1, 1);
  private static final double[] LAT = {20.5, 21.5, 22.5};
  private static final double[] LON = {150.5, 151.5, 152.5, 153.5};

  private static TestOutput output() {
    return new TestOutput(List.of(TestOutput.group("D1N1", 1, 1), TestOutput.group("D2N1", 2, 1)),
        TestOutput.daily(60), LAT, LON, (g, t, y, x) -> 100 * (g + 1) + t + y / 4.0 + x / 8.0);
  }

  private static ObservationSet.Builder obs() {
    return ObservationSet.builder("obs.csv", "line");
  }

  private static MatchPlan plan(ObservationSet s, MatchConfig c) {
    return MatchPlan.compile(s, ModelGrid.of(output()), c);
  }

  @Test
  void periodAndGroupTagsSelectTheGroupsSummed() {
    LocalDate d = START.plusDays(4);
    ObservationSet s = obs().add(d, 21.6, 151.4, 1, Period.NONE, null, 2)
        .add(d, 21.6, 151.4, 1, Period.DAY, null, 3)
        .add(d, 21.6, 151.4, 1, Period.NIGHT, null, 4)
        .add(d, 21.6, 151.4, 1, Period.DAY, "D2N1", 5).build();
    // Cell (1, 1), step 4: b = 100(g+1) + 4.375.
    double[] p = plan(s, MatchConfig.defaults()).predict(output()::biomass);
    assertArrayEquals(new double[] {308.75, 104.375, 308.75, 204.375}, p);
  }

  @Test
  void windowsAverageTheStepsInsideTheSimulatedPeriod() {
    ObservationSet s = obs().add(START.plusDays(1), 20.5, 150.5, 1, Period.NONE, null, 2)
        .add(LocalDate.of(2000, 2, 10), 20.5, 150.5, 1, Period.NONE, null, 3).build();
    // 7 days around step 1 = steps −2..4, clipped to 0..4: mean t = 2 → 300 + 2·2.
    double[] week = plan(s, MatchConfig.defaults().withWindow(TimeWindow.days(7)))
        .predict(output()::biomass);
    assertEquals(304.0, week[0]);
    // February 2000 = steps 31..59: mean t = 45 → 300 + 2·45.
    double[] month = plan(s, MatchConfig.defaults().withWindow(TimeWindow.calendarMonth()))
        .predict(output()::biomass);
    assertEquals(390.0, month[1]);
  }

  @Test
  void observationsOutsideTheSimulatedPeriodAreReportedNotDropped() {
    ObservationSet s = obs().add(START.minusDays(1), 20.5, 150.5, 1, Period.NONE, null, 2)
        .add(START, 20.5, 150.5, 1, Period.NONE, null, 3)
        .add(START.plusDays(60), 20.5, 150.5, 1, Period.NONE, null, 4).build();
    MatchPlan p = plan(s, MatchConfig.defaults());
    assertEquals(1, p.size());
    assertArrayEquals(new int[] {1}, p.observationIndex());
    MatchReport r = p.report();
    assertEquals(2, r.outsidePeriod().size());
    assertTrue(r.summary().contains("1 of 3 observations matched")
        && r.summary().contains("obs.csv line 2") && r.summary().contains("obs.csv line 4")
        && r.summary().contains("2000-01-01..2000-02-29"), r.summary());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> plan(s, MatchConfig.defaults().withFailOutsidePeriod(true)));
    assertTrue(e.getMessage().contains("obs.csv line 2") && e.getMessage().contains("outside the "
        + "simulated period"), e.getMessage());
  }

  @Test
  void anObservationOutsideTheGridNamesItsRowAndDistance() {
    // 23.0 is on the edge of the last cell (22.5 ± 0.5) and is kept; 23.1 is outside.
    plan(obs().add(START, 23.0, 150.5, 1, Period.NONE, null, 2).build(), MatchConfig.defaults());
    ObservationSet s = obs().add(START, 23.1, 150.5, 1, Period.NONE, null, 7).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> plan(s, MatchConfig.defaults()));
    assertTrue(e.getMessage().contains("obs.csv line 7") && e.getMessage().contains("latitude 23.1")
        && e.getMessage().contains("half the grid spacing"), e.getMessage());
    assertEquals(1, plan(s, MatchConfig.defaults().withCellTolerance(1.0)).size());
  }

  @Test
  void longitudesAreComparedModulo360() {
    TestOutput o = new TestOutput(List.of(TestOutput.group("a", 0, 0)), TestOutput.daily(1),
        new double[] {0.5}, new double[] {201.5, 202.5}, (g, t, y, x) -> x);
    ObservationSet s = obs().add(START, 0.5, -157.9, 1, Period.NONE, null, 2).build();
    // −157.9 °E = 202.1 °E, nearest 202.5 (column 1).
    assertArrayEquals(new double[] {1}, MatchPlan.compile(s, ModelGrid.of(o),
        MatchConfig.defaults()).predict(o::biomass));
  }

  @Test
  void aSingleCellGridNeedsAnExplicitToleranceForOffCentreObservations() {
    TestOutput o = new TestOutput(List.of(TestOutput.group("a", 0, 0)), TestOutput.daily(1),
        new double[] {22.5}, new double[] {-158}, (g, t, y, x) -> 1);
    ObservationSet s = obs().add(START, 22.75, -158, 1, Period.NONE, null, 2).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MatchPlan.compile(s, ModelGrid.of(o), MatchConfig.defaults()));
    assertTrue(e.getMessage().contains("single-coordinate axis"), e.getMessage());
    assertEquals(1, MatchPlan.compile(s, ModelGrid.of(o), MatchConfig.defaults()
        .withCellTolerance(0.5)).size());
  }

  @Test
  void anUnknownGroupNameIsAnError() {
    ObservationSet s = obs().add(START, 20.5, 150.5, 1, Period.NONE, "D9N9", 5).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> plan(s, MatchConfig.defaults()));
    assertTrue(e.getMessage().contains("line 5") && e.getMessage().contains("'D9N9'")
        && e.getMessage().contains("D2N1"), e.getMessage());
  }

  @Test
  void aStepCoversItsWholeInterval() {
    // Weekly steps from 2000-01-01: 2000-01-10 lies in step 1 [01-08, 01-15).
    TestOutput o = new TestOutput(List.of(TestOutput.group("a", 0, 0)),
        new TimeAxis(START, 7, 4), new double[] {0.5}, new double[] {0.5}, (g, t, y, x) -> t);
    ObservationSet s = obs().add(LocalDate.of(2000, 1, 10), 0.5, 0.5, 1, Period.NONE, null, 2)
        .add(LocalDate.of(2000, 1, 28), 0.5, 0.5, 1, Period.NONE, null, 3).build();
    MatchPlan p = MatchPlan.compile(s, ModelGrid.of(o), MatchConfig.defaults());
    assertArrayEquals(new double[] {1, 3}, p.predict(o::biomass));
  }

  @Test
  void aKilogramModelIsConvertedToGrams() {
    ObservationSet s = obs().add(START, 20.5, 150.5, 1, Period.DAY, null, 2).build();
    assertEquals(100_000.0, plan(s, MatchConfig.defaults().withModelUnit("kg/m2"))
        .predict(output()::biomass)[0]);
  }

  @Test
  void predictionReadsOnlyTheObservedCellsAndSteps() {
    ObservationSet s = obs().add(START.plusDays(3), 20.5, 150.5, 1, Period.NIGHT, null, 2)
        .add(START.plusDays(9), 22.5, 153.5, 1, Period.DAY, null, 3).build();
    TestOutput o = output();
    o.allowedCell = c -> c == 0 || c == 2 * 4 + 3;
    MatchPlan p = MatchPlan.compile(s, ModelGrid.of(o),
        MatchConfig.defaults().withWindow(TimeWindow.days(5)));
    p.predict(o::biomass);
    // 5 steps × 2 groups (night) + 5 steps × 1 group (day).
    assertEquals(15, o.reads.get());
    assertArrayEquals(new int[][] {{0, 0}, {2, 3}}, p.cells());
    assertEquals(11, p.lastStep());
  }

  @Test
  void observationsNeedingTheSamePredictionShareOneRead() {
    // Three tows on one night at one cell, and a monthly window over two dates of January.
    LocalDate d = START.plusDays(9);
    ObservationSet s = obs().add(d, 20.5, 150.5, 1, Period.NIGHT, null, 2)
        .add(d, 20.5, 150.5, 2, Period.NIGHT, null, 3)
        .add(d, 20.5, 150.5, 3, Period.NIGHT, null, 4)
        .add(d, 20.5, 150.5, 3, Period.DAY, null, 5).build();
    TestOutput o = output();
    MatchPlan p = MatchPlan.compile(s, ModelGrid.of(o), MatchConfig.defaults());
    assertEquals(2, p.distinctPredictions());
    assertArrayEquals(new double[] {318, 318, 318, 109}, p.predict(o::biomass));
    // 1 step × 2 groups (night) + 1 step × 1 group (day).
    assertEquals(3, o.reads.get());
    ObservationSet january = obs().add(START.plusDays(2), 20.5, 150.5, 1, Period.NONE, null, 2)
        .add(START.plusDays(20), 20.5, 150.5, 1, Period.NONE, null, 3).build();
    MatchPlan monthly = plan(january, MatchConfig.defaults().withWindow(TimeWindow.calendarMonth()));
    assertEquals(1, monthly.distinctPredictions());
    // January = steps 0..30, mean t = 15 → 300 + 2·15.
    assertArrayEquals(new double[] {330, 330}, monthly.predict(output()::biomass));
  }

  @Test
  void aPeriodRuleWithoutGroupsNamesTheFirstObservationThatNeedsIt() {
    ObservationSet s = obs().add(START, 20.5, 150.5, 1, Period.DAY, null, 6).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> plan(s, MatchConfig.defaults().withPeriodRule(PeriodRule.surfaceLayer(3))));
    assertTrue(e.getMessage().startsWith("obs.csv line 6") && e.getMessage().contains("layer 3"),
        e.getMessage());
  }
}
