package io.github.seapopym4j.plot;

import io.github.seapopym4j.fitness.BiomassReader;
import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.MatchPlan;
import io.github.seapopym4j.fitness.ModelGrid;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.fitness.Period;
import io.github.seapopym4j.forcing.TimeAxis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The model's prediction for observations of one period at one cell on every simulated day, as a
 * {@link MatchPlan} compiled with the same grid and configuration gives it at an observation: the
 * line that observations are compared with, drawn daily instead of joined at observation dates.
 */
record SimulatedSeries(List<LocalDate> dates, double[] values) {

  /**
   * One prediction per simulated day from {@code from} to {@code to} (both included) at ({@code
   * latitude}, {@code longitude}) for observations tagged {@code period}.
   */
  static SimulatedSeries daily(BiomassReader reader, ModelGrid grid, MatchConfig config,
      Period period, double latitude, double longitude, LocalDate from, LocalDate to) {
    TimeAxis time = grid.time();
    ObservationSet.Builder probe = ObservationSet.builder("simulated series", "day");
    int row = 0;
    for (int t = 0; t < time.size(); t++) {
      LocalDate d = time.date(t);
      if (!d.isBefore(from) && !d.isAfter(to)) {
        probe.add(d, latitude, longitude, 1.0, period, null, ++row);
      }
    }
    if (row == 0) {
      return new SimulatedSeries(List.of(), new double[0]);
    }
    ObservationSet days = probe.build();
    MatchPlan plan = MatchPlan.compile(days, grid, config);
    double[] predicted = plan.predict(reader);
    List<LocalDate> dates = new ArrayList<>(predicted.length);
    for (int i : plan.observationIndex()) {
      dates.add(days.date(i));
    }
    return new SimulatedSeries(List.copyOf(dates), predicted);
  }
}
