package io.github.seapopym4j.calibration;

import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.MetricRegistry;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.forcing.ForcingArrays;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.space.ParameterSpace;
import java.io.Serializable;
import java.util.Objects;

/**
 * Everything a {@link ModelObjective} is built from, as one serialisable value: the forcings (as
 * plain arrays), the model settings, the parameter space, the observations, how they are matched
 * and the name of the score. An evaluator on other machines (the {@code spark} module) ships it
 * once per calibration and rebuilds the same objective with {@link #objective()} in each JVM, so
 * every individual is scored there exactly as {@link ModelObjective#scoring} scores it here.
 *
 * <pre>{@code
 * CalibrationProblem problem = CalibrationProblem.of(forcings, ModelConfig.defaults(), space, obs,
 *     MatchConfig.defaults(), "nrmse-std");
 * try (ModelObjective f = problem.objective()) { ... }   // same scores as ModelObjective.scoring
 * }</pre>
 *
 * @param forcings the forcings, as serialisable arrays
 * @param config the model settings
 * @param space the parameter space
 * @param observations the observations
 * @param match how the observations are matched
 * @param metric the name of the score minimised, as in {@link MetricRegistry}
 * @implNote Immutable and thread-safe. Its size is about that of the forcings on the heap (8 bytes
 *     per value, see {@link ForcingArrays}).
 */
public record CalibrationProblem(ForcingArrays forcings, ModelConfig config, ParameterSpace space,
    ObservationSet observations, MatchConfig match, String metric) implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Checks that every component is given and that {@code metric} is known.
   *
   * @throws IllegalArgumentException when {@code metric} is unknown (the message lists the names)
   */
  public CalibrationProblem {
    Objects.requireNonNull(forcings, "forcings");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(space, "space");
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(match, "match");
    MetricRegistry.get(Objects.requireNonNull(metric, "metric"));
  }

  /**
   * A problem over a copy of {@code forcings} (which stays the caller's to close).
   *
   * @param metric a name of {@link MetricRegistry} (e.g. {@code nrmse-std}); its loss is minimised
   * @throws IllegalArgumentException when {@code metric} is unknown (the message lists the names)
   */
  public static CalibrationProblem of(ForcingSet forcings, ModelConfig config, ParameterSpace space,
      ObservationSet observations, MatchConfig match, String metric) {
    return new CalibrationProblem(ForcingArrays.of(Objects.requireNonNull(forcings, "forcings")),
        config, space, observations, match, metric);
  }

  /**
   * Builds the objective: rebuilds the forcings off-heap, prepares the model over the cells the
   * observations need ({@link ModelObjective#scoring}), and frees the rebuilt forcings again (the
   * prepared model keeps its own copy of those cells). The caller closes the objective.
   *
   * @throws IllegalArgumentException when no observation matches the forcings
   */
  public ModelObjective objective() {
    try (ForcingSet f = forcings.toForcingSet()) {
      return ModelObjective.scoring(f, config, space, observations, match,
          MetricRegistry.get(metric).loss());
    }
  }

  @Override
  public String toString() {
    return String.format("CalibrationProblem[%s, %d free parameters, %d observations, %s]",
        forcings, space.dimension(), observations.size(), metric);
  }
}
