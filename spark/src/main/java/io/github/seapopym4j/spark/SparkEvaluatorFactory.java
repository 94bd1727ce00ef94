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

  /**
   * Checks that Spark itself is on the classpath, so that a missing Spark is reported when the
   * engine is looked up ({@link EvaluatorFactory#find} turns this into its error message).
   *
   * @throws IllegalStateException when {@code org.apache.spark.SparkContext} cannot be found
   */
  public SparkEvaluatorFactory() {
    try {
      Class.forName("org.apache.spark.SparkContext", false, getClass().getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException("the seapopym4j-spark module is on the classpath but Apache "
          + "Spark 3.5 (spark-core_2.13) is not", e);
    }
  }

  @Override
  public String engine() {
    return ENGINE;
  }

  /** The actual master URL: {@code requested}, else spark-submit's, else {@code local[*]}. */
  @Override
  public String master(String requested) {
    return SparkContexts.master(requested);
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
