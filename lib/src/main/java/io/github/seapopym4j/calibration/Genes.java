package io.github.seapopym4j.calibration;

import io.github.seapopym4j.space.Domain;
import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import io.jenetics.Phenotype;
import java.util.ArrayList;
import java.util.List;

/**
 * The Jenetics form of a parameter vector: one single-gene {@link DoubleChromosome} per coordinate
 * (as Jenetics' {@code Codecs.ofVector(DoubleRange...)}), each gene's range [lower, nextUp(upper)) so
 * the closed upper bound itself is a valid allele.
 */
final class Genes {

  private Genes() {}

  static Genotype<DoubleGene> genotype(double[] x, Domain d) {
    List<DoubleChromosome> c = new ArrayList<>(x.length);
    for (int i = 0; i < x.length; i++) {
      c.add(DoubleChromosome.of(DoubleGene.of(x[i], d.lower(i), Math.nextUp(d.upper(i)))));
    }
    return Genotype.of(c);
  }

  /** A factory of uniformly random genotypes, used by Jenetics only to replace invalid individuals. */
  static Genotype<DoubleGene> factory(Domain d) {
    List<DoubleChromosome> c = new ArrayList<>(d.dimension());
    for (int i = 0; i < d.dimension(); i++) {
      c.add(DoubleChromosome.of(d.lower(i), Math.nextUp(d.upper(i))));
    }
    return Genotype.of(c);
  }

  static double[] vector(Genotype<DoubleGene> g) {
    double[] x = new double[g.length()];
    for (int i = 0; i < x.length; i++) {
      x[i] = g.get(i).gene().doubleValue();
    }
    return x;
  }

  static double[] vector(Phenotype<DoubleGene, Double> p) {
    return vector(p.genotype());
  }
}
