package io.github.seapopym4j.calibration;

import io.github.seapopym4j.space.Domain;
import java.util.random.RandomGenerator;

/**
 * Crossover of consecutive pairs (individuals 0 and 1, 2 and 3, …) each with probability {@code
 * probability}, as DEAP's {@code varAnd}: two-point crossover ({@code cxTwoPoint}; a no-op for a
 * single parameter) or bounded simulated binary crossover ({@code cxSimulatedBinaryBounded}, Deb and
 * Agrawal 1995, distribution index {@code eta}).
 */
final class PairCrossover extends VectorAlterer {

  private final GeneticAlgorithm.Crossover kind;
  private final double eta;

  PairCrossover(GeneticAlgorithm.Crossover kind, double probability, double eta, Domain domain) {
    super(2, probability, domain);
    this.kind = kind;
    this.eta = eta;
  }

  @Override
  boolean alterGroup(double[][] pair, RandomGenerator r) {
    cross(pair[0], pair[1], r);
    return true;
  }

  /** Crosses {@code a} and {@code b} in place. */
  void cross(double[] a, double[] b, RandomGenerator r) {
    if (kind == GeneticAlgorithm.Crossover.TWO_POINT) {
      twoPoint(a, b, r);
    } else {
      simulatedBinary(a, b, r);
    }
  }

  private static void twoPoint(double[] a, double[] b, RandomGenerator r) {
    int size = a.length;
    if (size < 2) {
      return;
    }
    int p1 = 1 + r.nextInt(size); // DEAP: randint(1, size)
    int p2 = 1 + r.nextInt(size - 1); // randint(1, size - 1)
    if (p2 >= p1) {
      p2++;
    } else {
      int t = p1;
      p1 = p2;
      p2 = t;
    }
    for (int i = p1; i < Math.min(p2, size); i++) {
      double t = a[i];
      a[i] = b[i];
      b[i] = t;
    }
  }

  private void simulatedBinary(double[] a, double[] b, RandomGenerator r) {
    for (int i = 0; i < a.length; i++) {
      if (r.nextDouble() > 0.5 || Math.abs(a[i] - b[i]) <= 1e-14) {
        continue;
      }
      double lo = domain.lower(i);
      double hi = domain.upper(i);
      double x1 = Math.min(a[i], b[i]);
      double x2 = Math.max(a[i], b[i]);
      double rand = r.nextDouble();
      double c1 = 0.5 * (x1 + x2 - betaQ(1.0 + 2.0 * (x1 - lo) / (x2 - x1), rand) * (x2 - x1));
      double c2 = 0.5 * (x1 + x2 + betaQ(1.0 + 2.0 * (hi - x2) / (x2 - x1), rand) * (x2 - x1));
      c1 = Math.min(Math.max(c1, lo), hi);
      c2 = Math.min(Math.max(c2, lo), hi);
      if (r.nextDouble() <= 0.5) {
        a[i] = c2;
        b[i] = c1;
      } else {
        a[i] = c1;
        b[i] = c2;
      }
    }
  }

  private double betaQ(double beta, double rand) {
    double alpha = 2.0 - Math.pow(beta, -(eta + 1.0));
    return rand <= 1.0 / alpha ? Math.pow(rand * alpha, 1.0 / (eta + 1.0))
        : Math.pow(1.0 / (2.0 - rand * alpha), 1.0 / (eta + 1.0));
  }
}
