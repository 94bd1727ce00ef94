package io.github.seapopym4j.spark;

import io.github.seapopym4j.calibration.Objective;
import io.github.seapopym4j.calibration.PopulationEvaluator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/**
 * The Spark task of a {@link SparkPopulationEvaluator}: scores the individuals of one partition with
 * this executor's objective (built once per JVM from the broadcast factory, see {@link
 * ExecutorCache}). An individual whose objective throws an {@link Exception} or an {@link
 * OutOfMemoryError}, or returns NaN/±∞, gets {@link PopulationEvaluator#PENALTY} and a reason, as in
 * the local evaluator; the task itself fails (and Spark retries it) only when the objective cannot be
 * built or throws another {@link Error}.
 */
final class EvaluatePartition
    implements FlatMapFunction<Iterator<EvaluatePartition.Individual>, EvaluatePartition.Score> {

  private static final long serialVersionUID = 1L;

  /** One individual sent to a task: its index in the population and its parameters. */
  record Individual(int index, double[] parameters) implements Serializable {}

  /** What a task sends back per individual: the fitness, and why it failed (null if it did not). */
  record Score(int index, double fitness, String failure) implements Serializable {}

  private final String key;
  private final Broadcast<ObjectiveFactory> factory;

  EvaluatePartition(String key, Broadcast<ObjectiveFactory> factory) {
    this.key = key;
    this.factory = factory;
  }

  @Override
  public Iterator<Score> call(Iterator<Individual> individuals) {
    List<Score> out = new ArrayList<>();
    try (ExecutorCache.Lease<Objective> lease = ExecutorCache.acquire(key,
        () -> factory.value().open())) {
      Objective objective = lease.value();
      while (individuals.hasNext()) {
        Individual ind = individuals.next();
        out.add(score(objective, ind));
      }
    }
    return out.iterator();
  }

  private static Score score(Objective objective, Individual ind) {
    try {
      double v = objective.value(ind.parameters().clone());
      return Double.isFinite(v) ? new Score(ind.index(), v, null)
          : new Score(ind.index(), PopulationEvaluator.PENALTY, "objective value was " + v);
    } catch (Exception | OutOfMemoryError e) {
      return new Score(ind.index(), PopulationEvaluator.PENALTY, e.toString());
    }
  }
}
