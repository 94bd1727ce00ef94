package io.github.seapopym4j.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.MatchPlan;
import io.github.seapopym4j.fitness.MatchReport;
import io.github.seapopym4j.fitness.MatchedPairs;
import io.github.seapopym4j.fitness.ModelGrid;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.fitness.Period;
import io.github.seapopym4j.model.TestOutput;
import io.github.seapopym4j.sweep.Axis;
import io.github.seapopym4j.sweep.Chunk;
import io.github.seapopym4j.sweep.SweepMeasure;
import io.github.seapopym4j.sweep.Sweep;
import io.github.seapopym4j.sweep.SweepFunction;
import io.github.seapopym4j.sweep.SweepPlan;
import io.github.seapopym4j.sweep.SweepResult;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class FitnessChartsTest {

  private static final LocalDate START = LocalDate.of(2000, 1, 1);

  /** One cell, 4 days; D1N1 biomass = t, D2N1 biomass = 100 + t. */
  private static final TestOutput OUT = TestOutput.named(List.of("D1N1", "D2N1"), 4,
      new double[] {22.75}, new double[] {-158}, (g, t, y, x) -> 100 * g + t);

  /**
   * Night tows on days 3 and 1 (listed out of date order), day tows on days 0 and 2. By the default
   * rule a day tow compares with D1N1 (prediction t), a night tow with D1N1 + D2N1 (100 + 2t).
   */
  private static ObservationSet tows() {
    return ObservationSet.builder("tows", "line")
        .add(START.plusDays(3), 22.75, -158, 99, Period.NIGHT, null, 2)
        .add(START, 22.75, -158, 1, Period.DAY, null, 3)
        .add(START.plusDays(1), 22.75, -158, 101, Period.NIGHT, null, 4)
        .add(START.plusDays(2), 22.75, -158, 3, Period.DAY, null, 5).build();
  }

  private static MatchPlan plan(ObservationSet obs) {
    return MatchPlan.compile(obs, ModelGrid.of(OUT), MatchConfig.defaults());
  }

  private static List<String> names(XYChart chart) {
    return chart.getSeriesCollection().stream().map(XYSeries::getName).toList();
  }

  @Test
  void timeSeriesHasObservedMarkersAndADailySimulatedLinePerPeriodInDateOrder() {
    ObservationSet obs = tows();
    XYChart chart = FitnessCharts.timeSeries(plan(obs), obs, OUT);
    assertEquals(List.of("observed day", "simulated day", "observed night", "simulated night"),
        names(chart));
    assertArrayEquals(new double[] {1, 3}, chart.getSeries("observed day").getYData(), 0.0);
    // The simulated line runs through every day from the first to the last observation of its
    // period (days 0..2 by day, 1..3 by night), not only through the observation dates.
    assertArrayEquals(new double[] {0, 1, 2}, chart.getSeries("simulated day").getYData(), 0.0);
    assertArrayEquals(new double[] {101, 99}, chart.getSeries("observed night").getYData(), 0.0);
    assertArrayEquals(new double[] {102, 104, 106}, chart.getSeries("simulated night").getYData(),
        0.0);
    assertEquals(Charts.WIDTH, Charts.image(chart).getWidth());
  }

  @Test
  void timeSeriesRefusesAPlanFromAnotherObservationSet() {
    MatchPlan plan = plan(tows());
    ObservationSet one = ObservationSet.builder("one", "line")
        .add(START, 22.75, -158, 1, Period.NONE, null, 2).build();
    var e = assertThrows(IllegalArgumentException.class,
        () -> FitnessCharts.timeSeries(plan, one, OUT));
    assertTrue(e.getMessage().contains("compile the plan from this observation set"), e.getMessage());
  }

  @Test
  void scatterHasThePairsAndAOneToOneLineOverTheirRange() {
    MatchedPairs pairs = new MatchedPairs(new double[] {1, 2, Double.NaN}, new double[] {4, 0.5, 3},
        new MatchReport("s", 3, 3, List.of(), START, START));
    XYChart chart = FitnessCharts.scatter(pairs);
    assertEquals(List.of("observations", "1:1"), names(chart));
    assertArrayEquals(new double[] {1, 2}, chart.getSeries("observations").getXData(), 0.0);
    assertArrayEquals(new double[] {0.5, 4}, chart.getSeries("1:1").getYData(), 0.0);
    assertTrue(Charts.image(chart).getWidth() > 0);
  }

  @Test
  void rescalingMapsEachCurveToZeroAtItsBestAndOneAtItsWorst() {
    assertArrayEquals(new double[] {1, 0, 0.25, Double.NaN},
        FitnessCharts.rescaled(new double[] {5, 1, 2, Double.NaN}), 1e-15);
    assertArrayEquals(new double[] {0, 0}, FitnessCharts.rescaled(new double[] {7, 7}), 0.0);
  }

  @Test
  void metricProfilesHaveOneRescaledSeriesPerMetric() {
    Map<String, double[]> losses = new LinkedHashMap<>();
    losses.put("rmse", new double[] {3, 1, 2});
    losses.put("amplitude", new double[] {10, 20, 30});
    XYChart chart = FitnessCharts.metricProfiles("E", new double[] {0.1, 0.2, 0.3}, losses);
    assertEquals(List.of("rmse", "amplitude"), names(chart));
    assertArrayEquals(new double[] {1, 0, 0.5}, chart.getSeries("rmse").getYData(), 1e-15);
    assertArrayEquals(new double[] {0, 0.5, 1}, chart.getSeries("amplitude").getYData(), 1e-15);
    var e = assertThrows(IllegalArgumentException.class, () -> FitnessCharts.metricProfiles("E",
        new double[] {0.1}, losses));
    assertEquals("metric 'rmse' has 3 values, but E has 1", e.getMessage());
  }

  @Test
  void metricProfilesOfAOneAxisSweepUseEveryMetricColumn() {
    SweepFunction squares = new SweepFunction() {
      @Override
      public List<SweepMeasure> metrics() {
        return List.of(SweepMeasure.real("a", ""), SweepMeasure.real("b", ""));
      }

      @Override
      public void evaluate(Chunk chunk) {
        for (int c = chunk.from(); c < chunk.to(); c++) {
          double v = chunk.value(0, c);
          chunk.set(0, c, (v - 2) * (v - 2));
          chunk.set(1, c, v);
        }
      }

      @Override
      public String describe() {
        return "squares";
      }
    };
    SweepResult r = Sweep.builder(SweepPlan.grid(Axis.linear("x", 0, 4, 5)), squares).threads(1)
        .build().run();
    XYChart chart = FitnessCharts.metricProfiles(r);
    assertEquals(List.of("a", "b"), names(chart));
    assertArrayEquals(new double[] {0, 1, 2, 3, 4}, chart.getSeries("a").getXData(), 0.0);
    assertArrayEquals(new double[] {1, 0.25, 0, 0.25, 1}, chart.getSeries("a").getYData(), 1e-15);
    SweepResult two = Sweep.builder(SweepPlan.grid(Axis.of("x", 1), Axis.of("y", 2)), squares)
        .threads(1).build().run();
    assertThrows(IllegalArgumentException.class, () -> FitnessCharts.metricProfiles(two));
  }
}
