package io.github.seapopym4j.sensitivity;

import io.github.seapopym4j.calibration.ModelObjective;
import io.github.seapopym4j.calibration.ParameterSpace;
import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.MetricRegistry;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.model.ModelConfig;

/**
 * The fit of a run to observations as a sensitivity output: the loss that {@code calibrate}
 * minimises for {@code --metric} (the metric itself, or 1 − metric for those maximised), computed
 * through the calibration objective ({@link ModelObjective#scoring}), which simulates only the cells
 * the observations need.
 *
 * <p>This is the adapter to the run-and-score path; it is the one place to re-point when that path
 * changes.
 */
public final class FitnessOutput implements AutoCloseable {

  private final String metric;
  private final ModelObjective objective;
  private final String observations;

  private FitnessOutput(String metric, ModelObjective objective, String observations) {
    this.metric = metric;
    this.objective = objective;
    this.observations = observations;
  }

  /**
   * Matches {@code observations} once on the forcings and prepares the model on their cells.
   *
   * @throws IllegalArgumentException for an unknown metric, or when no observation matches
   */
  public static FitnessOutput of(ForcingSet forcings, ModelConfig config, ParameterSpace space,
      ObservationSet observations, MatchConfig match, String metric) {
    MetricRegistry.Entry entry = MetricRegistry.get(metric);
    return new FitnessOutput(entry.name(), ModelObjective.scoring(forcings, config, space,
        observations, match, entry.loss()), observations.source());
  }

  /** The metric name, which names the output. */
  public String metric() {
    return metric;
  }

  /** The loss of parameter vector {@code x}. */
  public double value(double[] x) {
    return objective.value(x);
  }

  /** The cells each run simulates. */
  public int simulatedCells() {
    return objective.simulatedCells();
  }

  /** How the observations matched, for a note. */
  public String matchSummary() {
    return objective.matchReport().summary();
  }

  String describe() {
    return "fitness=" + metric + " observations=" + observations + " matched="
        + objective.matchReport().matched();
  }

  @Override
  public void close() {
    objective.close();
  }
}
