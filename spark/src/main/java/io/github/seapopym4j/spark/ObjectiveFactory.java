package io.github.seapopym4j.spark;

import io.github.seapopym4j.calibration.CalibrationProblem;
import io.github.seapopym4j.calibration.Objective;
import java.io.Serializable;
import java.util.Objects;

/**
 * Builds the {@link Objective} a Spark executor scores individuals with. It is broadcast once per
 * evaluator, and {@link #open()} runs once per executor JVM (see {@link ExecutorCache}): it should
 * hold what every individual shares (forcings, observations, settings) and do the expensive
 * preparation in {@code open}. An objective that is {@link AutoCloseable} is closed when the
 * executor drops it.
 *
 * <p>{@link #of(CalibrationProblem)} gives the model calibration's factory; tests and other
 * problems may implement it directly (a serialisable lambda works).
 */
@FunctionalInterface
public interface ObjectiveFactory extends Serializable {

  /** Builds the objective; called on an executor, once per JVM and evaluator. */
  Objective open() throws Exception;

  /** The factory of a model calibration: {@link CalibrationProblem#objective()}. */
  static ObjectiveFactory of(CalibrationProblem problem) {
    return new ProblemFactory(Objects.requireNonNull(problem, "problem"));
  }

  /** The model calibration's factory, a named class (clearer in stack traces than a lambda). */
  record ProblemFactory(CalibrationProblem problem) implements ObjectiveFactory {
    @Override
    public Objective open() {
      return problem.objective();
    }
  }
}
