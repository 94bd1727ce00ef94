package io.github.seapopym4j.calibration;

import io.github.seapopym4j.space.Domain;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * An initial population spread evenly over a {@link Domain}: the first points of a Sobol sequence
 * (Commons Math, Joe–Kuo direction numbers), shifted by a random vector modulo 1 (a Cranley–Patterson
 * rotation, which keeps the low discrepancy and makes the points depend on the seed), then scaled to
 * the bounds.
 */
final class SobolPopulation {

  /** The largest dimension Commons Math's built-in direction numbers cover. */
  static final int MAX_DIMENSION = 1000;

  private SobolPopulation() {}

  /**
   * {@code n} points in {@code domain}.
   *
   * @param random draws the shift (one uniform per dimension)
   */
  static double[][] points(Domain domain, int n, RandomGenerator random) {
    int dim = domain.dimension();
    if (dim > MAX_DIMENSION) {
      throw new IllegalArgumentException(String.format(
          "Sobol initialisation supports at most %d parameters, but the domain has %d",
          MAX_DIMENSION, dim));
    }
    double[] shift = new double[dim];
    for (int j = 0; j < dim; j++) {
      shift[j] = random.nextDouble();
    }
    SobolSequenceGenerator sobol = new SobolSequenceGenerator(dim);
    double[][] out = new double[n][dim];
    for (int i = 0; i < n; i++) {
      double[] u = sobol.nextVector();
      for (int j = 0; j < dim; j++) {
        double v = u[j] + shift[j];
        v = v >= 1 ? v - 1 : v;
        double lo = domain.lower(j);
        double hi = domain.upper(j);
        out[i][j] = Math.min(hi, lo + v * (hi - lo));
      }
    }
    return out;
  }
}
