package io.github.seapopym4j.calibration;

import io.github.seapopym4j.profile.MemorySnapshot;
import java.util.Objects;

/**
 * One generation of a calibration, immutable: the scored population and what it cost.
 *
 * @param index the generation number (0 is the initial population)
 * @param population the individuals and their fitness (lower is better; failures carry {@link
 *     PopulationEvaluator#PENALTY})
 * @param seed the calibration's seed
 * @param wallNanos wall-clock time of the generation: variation, evaluation and memory check (not
 *     the file writing) [ns]
 * @param evaluation what the evaluator did (evaluations, cache hits, failures)
 * @param memory the process's memory after the generation
 * @param bestSoFar the best fitness of this and every earlier generation
 */
public record Generation(long index, ScoredPopulation population, long seed, long wallNanos,
    EvaluationReport evaluation, MemorySnapshot memory, double bestSoFar) {

  public Generation {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(memory, "memory");
    if (index < 0 || population.size() == 0) {
      throw new IllegalArgumentException(String.format(
          "generation %d must have index >= 0 and individuals, but had %d", index,
          population.size()));
    }
  }

  /** The index of the fittest individual (the first one on ties). */
  public int bestIndex() {
    int best = 0;
    for (int i = 1; i < population.size(); i++) {
      if (population.fitness(i) < population.fitness(best)) {
        best = i;
      }
    }
    return best;
  }

  /** The lowest fitness of this generation. */
  public double best() {
    return population.fitness(bestIndex());
  }

  /** A copy of the fittest individual's vector. */
  public double[] bestParameters() {
    return population.parameters(bestIndex());
  }

  /** The mean fitness of the individuals that were not penalised; NaN when all were. */
  public double mean() {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < population.size(); i++) {
      if (population.fitness(i) < PopulationEvaluator.PENALTY) {
        sum += population.fitness(i);
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** Objective evaluations per second of this generation's wall time. */
  public double evaluationsPerSecond() {
    return wallNanos == 0 ? 0 : evaluation.evaluated() / (wallNanos / 1e9);
  }

  @Override
  public String toString() {
    return String.format("Generation[%d: best %.6g, mean %.6g, best so far %.6g, %d evaluated, "
        + "%d cache hits, %d failures, %.0f eval/s, resident %.1f MB]", index, best(), mean(),
        bestSoFar, evaluation.evaluated(), evaluation.cacheHits(), evaluation.failures().size(),
        evaluationsPerSecond(), memory.residentBytes() / 1e6);
  }
}
