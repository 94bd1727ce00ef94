package io.github.seapopym4j.calibration;

import io.github.seapopym4j.space.Domain;
import java.util.random.RandomGenerator;

/**
 * Bounded polynomial mutation (Deb and Goyal 1996), exactly as DEAP's {@code mutPolynomialBounded}
 * which SeapoPym's calibration uses: each individual is mutated with probability {@code probability}
 * (DEAP's {@code mutpb}), and then each gene with probability {@code geneProbability} ({@code
 * indpb}), by a perturbation whose spread shrinks as the distribution index {@code eta} grows; the
 * result is clamped to the bounds.
 */
final class PolynomialMutation extends VectorAlterer {

  private final double geneProbability;
  private final double eta;

  PolynomialMutation(double probability, double geneProbability, double eta, Domain domain) {
    super(1, probability, domain);
    this.geneProbability = geneProbability;
    this.eta = eta;
  }

  @Override
  boolean alterGroup(double[][] one, RandomGenerator r) {
    return mutate(one[0], r);
  }

  /** Mutates {@code x} in place; true when at least one gene was drawn for mutation. */
  boolean mutate(double[] x, RandomGenerator r) {
    boolean any = false;
    double pow = 1.0 / (eta + 1.0);
    for (int i = 0; i < x.length; i++) {
      if (r.nextDouble() <= geneProbability) {
        any = true;
        double lo = domain.lower(i);
        double hi = domain.upper(i);
        double d1 = (x[i] - lo) / (hi - lo);
        double d2 = (hi - x[i]) / (hi - lo);
        double rand = r.nextDouble();
        double dq;
        if (rand < 0.5) {
          double val = 2.0 * rand + (1.0 - 2.0 * rand) * Math.pow(1.0 - d1, eta + 1.0);
          dq = Math.pow(val, pow) - 1.0;
        } else {
          double val = 2.0 * (1.0 - rand) + 2.0 * (rand - 0.5) * Math.pow(1.0 - d2, eta + 1.0);
          dq = 1.0 - Math.pow(val, pow);
        }
        x[i] = Math.min(Math.max(x[i] + dq * (hi - lo), lo), hi);
      }
    }
    return any;
  }
}
