package io.github.seapopym4j.calibration;

import io.github.seapopym4j.space.Domain;
import io.jenetics.Alterer;
import io.jenetics.AltererResult;
import io.jenetics.DoubleGene;
import io.jenetics.Phenotype;
import io.jenetics.util.MSeq;
import io.jenetics.util.RandomRegistry;
import io.jenetics.util.Seq;
import java.util.random.RandomGenerator;

/**
 * A Jenetics alterer on parameter vectors: the population in groups of {@code width} consecutive
 * individuals (0 to width - 1, then the next width, …; a short last group is left alone), each group
 * altered with probability {@code probability}, its altered vectors put back as new phenotypes of the
 * generation. Randomness comes from {@link RandomRegistry#random()}, which {@link GeneticEvolution}
 * scopes to the generation's own generator.
 */
abstract class VectorAlterer implements Alterer<DoubleGene, Double> {

  private final int width;
  private final double probability;
  final Domain domain;

  VectorAlterer(int width, double probability, Domain domain) {
    this.width = width;
    this.probability = probability;
    this.domain = domain;
  }

  /** Alters the vectors of one group in place; true when they are to replace the individuals. */
  abstract boolean alterGroup(double[][] group, RandomGenerator r);

  @Override
  public final AltererResult<DoubleGene, Double> alter(
      Seq<Phenotype<DoubleGene, Double>> population, long generation) {
    RandomGenerator r = RandomRegistry.random();
    MSeq<Phenotype<DoubleGene, Double>> out = MSeq.of(population);
    int altered = 0;
    for (int i = 0; i + width <= out.size(); i += width) {
      if (r.nextDouble() < probability) {
        double[][] group = new double[width][];
        for (int k = 0; k < width; k++) {
          group[k] = Genes.vector(out.get(i + k));
        }
        if (alterGroup(group, r)) {
          for (int k = 0; k < width; k++) {
            out.set(i + k, Phenotype.of(Genes.genotype(group[k], domain), generation));
          }
          altered += width;
        }
      }
    }
    return new AltererResult<>(out.toISeq(), altered);
  }
}
