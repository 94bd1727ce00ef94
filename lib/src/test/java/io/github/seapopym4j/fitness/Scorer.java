package io.github.seapopym4j.fitness;

import io.github.seapopym4j.model.ModelOutput;
import java.util.Objects;

/**
 * Scores model runs against one observation set with one metric: the {@link MatchPlan} is compiled
 * once, then every {@link #score(ModelOutput)} reads only the cells and steps the observations need
 * ({@link MatchPlan#size()} × window × groups values) and applies the metric.
 *
 * <pre>{@code
 * Scorer s = Scorer.of(obs, ModelGrid.of(firstRun), MatchConfig.defaults(),
 *     MetricRegistry.metric("nrmse-std"));
 * double fitness = s.score(run);
 * }</pre>
 *
 * @implNote Thread-safe: one scorer may score runs from many threads at once (each call allocates
 *     its own prediction array and passes the metric a fresh copy of the observed values, so a
 *     metric that sorts its inputs in place does no harm).
 */
public final class Scorer implements FitnessFunction {

  private final MatchPlan plan;
  private final Metric metric;
  private final double[] observed;

  private Scorer(MatchPlan plan, Metric metric) {
    this.plan = plan;
    this.metric = Objects.requireNonNull(metric, "metric");
    this.observed = plan.observed();
  }

  /**
   * Compiles a scorer.
   *
   * @throws IllegalArgumentException when an observation cannot be matched (see
   *     {@link MatchPlan#compile})
   */
  public static Scorer of(ObservationSet obs, ModelGrid grid, MatchConfig config, Metric metric) {
    return new Scorer(MatchPlan.compile(obs, grid, config), metric);
  }

  /** A scorer on an already compiled plan. */
  public static Scorer of(MatchPlan plan, Metric metric) {
    return new Scorer(plan, metric);
  }

  /**
   * The metric of the run's predictions against the observations.
   *
   * @throws IllegalArgumentException if {@code output} is not on the plan's grid
   */
  @Override
  public double score(ModelOutput output) {
    plan.grid().check(output);
    return metric.score(observed.clone(), plan.predict(output::biomass));
  }

  /** The metric of the predictions read through {@code reader}, assumed on the plan's grid. */
  public double score(BiomassReader reader) {
    return metric.score(observed.clone(), plan.predict(reader));
  }

  /** The aligned observed and predicted values, for plots and further metrics. */
  public MatchedPairs pairs(ModelOutput output) {
    plan.grid().check(output);
    return plan.match(output::biomass);
  }

  public MatchPlan plan() {
    return plan;
  }

  public Metric metric() {
    return metric;
  }
}
