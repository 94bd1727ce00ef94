package io.github.seapopym4j.calibration;

import io.github.seapopym4j.internal.Engines;
import java.util.ServiceLoader;

/**
 * A source of {@link PopulationEvaluator}s that run somewhere else than this JVM's threads, found at
 * run time through {@link ServiceLoader}: the core library knows no engine, and an engine module
 * (such as {@code seapopym4j-spark}, engine {@code spark}) registers its factory in {@code
 * META-INF/services/io.github.seapopym4j.calibration.EvaluatorFactory}. This is what {@code seapopym
 * calibrate --engine spark} uses.
 *
 * <pre>{@code
 * try (PopulationEvaluator ev = EvaluatorFactory.find("spark")
 *         .create(problem, new EvaluatorFactory.Settings("local[2]", true))) { ... }
 * }</pre>
 */
public interface EvaluatorFactory {

  /**
   * What the engine is told besides the problem.
   *
   * @param master where to run, in the engine's terms (for Spark a master URL: {@code local[2]},
   *     {@code spark://host:7077}, {@code yarn}, ...); null for the engine's default
   * @param cache whether to wrap the evaluator in a fitness cache ({@link CachingEvaluator})
   */
  record Settings(String master, boolean cache) {}

  /** The name {@code --engine} selects this factory by, e.g. {@code spark}. */
  String engine();

  /**
   * Where {@link #create} runs for a requested master (null: the engine's default), as a summary
   * records it: for Spark the actual master URL ({@code spark.master} of spark-submit, else {@code
   * local[*]}, when none is requested). By default {@code requested} itself.
   */
  default String master(String requested) {
    return requested;
  }

  /**
   * An evaluator that scores individuals with {@code problem.objective()}, built where the engine
   * runs them. Closing the evaluator releases what the engine started for it.
   */
  PopulationEvaluator create(CalibrationProblem problem, Settings settings);

  /**
   * The factory registered for {@code engine}.
   *
   * @throws IllegalStateException when no factory on the classpath has that name; the message lists
   *     the engines found and says which module provides {@code spark}
   */
  static EvaluatorFactory find(String engine) {
    return Engines.find(EvaluatorFactory.class, engine, EvaluatorFactory::engine,
        "evaluation engine");
  }
}
