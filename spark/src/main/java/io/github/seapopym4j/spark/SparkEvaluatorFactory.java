package io.github.seapopym4j.spark;

import io.github.seapopym4j.calibration.CalibrationProblem;
import io.github.seapopym4j.calibration.EvaluatorFactory;
import io.github.seapopym4j.calibration.PopulationEvaluator;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The {@code spark} engine of {@code seapopym calibrate --engine spark --master URL}, registered
 * for {@link java.util.ServiceLoader}: starts a Spark context for the master URL and returns a
 * {@link SparkPopulationEvaluator} that owns it (closing the evaluator stops the context).
 */
public final class SparkEvaluatorFactory implements EvaluatorFactory {

  /** The engine name. */
  public static final String ENGINE = "spark";

  @Override
  public String engine() {
    return ENGINE;
  }

  @Override
  public PopulationEvaluator create(CalibrationProblem problem, Settings settings) {
    JavaSparkContext sc = SparkContexts.forMaster(settings.master(), "seapopym calibrate");
    try {
      return SparkPopulationEvaluator.builder(sc, problem).cache(settings.cache())
          .ownsContext(true).build();
    } catch (RuntimeException e) {
      sc.stop();
      throw e;
    }
  }
}
