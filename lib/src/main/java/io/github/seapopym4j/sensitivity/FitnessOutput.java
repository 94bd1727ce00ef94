package io.github.seapopym4j.sensitivity;

import io.github.seapopym4j.space.ParameterSpace;
import io.github.seapopym4j.fitness.FitnessFunction;
import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.MetricRegistry;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.fitness.ObservedModel;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.model.ModelConfig;

/**
 * The fit of a run to observations as a sensitivity output: the loss that {@code calibrate}
 * minimises for {@code --metric} (the metric itself, or 1 − metric for those maximised), computed
 * through the one run-and-score path ({@link ObservedModel}), which simulates only the cells the
 * observations need.
 *
 * <p>This is the adapter to the run-and-score path; it is the one place to re-point when that path
 * changes.
 */
public final class FitnessOutput implements AutoCloseable {

  private final String metric;
  private final ObservedModel observed;
  private final ParameterSpace space;
  private final FitnessFunction loss;
  private final String observations;

  private FitnessOutput(String metric, ObservedModel observed, ParameterSpace space,
      FitnessFunction loss, String observations) {
    this.metric = metric;
    this.observed = observed;
    this.space = space;
    this.loss = loss;
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
    ObservedModel observed = ObservedModel.prepare(forcings, config,
        space.decode(space.domain().lower()), observations, match);
    return new FitnessOutput(entry.name(), observed, space, observed.fitness(entry.loss()),
        observations.source());
  }

  /** The metric name, which names the output. */
  public String metric() {
    return metric;
  }

  /** The loss of parameter vector {@code x}. */
  public double value(double[] x) {
    try (var run = observed.start(space.decode(x))) {
      return loss.score(run);
    }
  }

  /** The cells each run simulates. */
  public int simulatedCells() {
    return observed.simulatedCells();
  }

  String describe() {
    return "fitness=" + metric + " observations=" + observations + " matched="
        + observed.report().matched();
  }

  @Override
  public void close() {
    observed.close();
  }
}
