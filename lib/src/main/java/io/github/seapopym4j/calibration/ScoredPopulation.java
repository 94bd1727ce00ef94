package io.github.seapopym4j.calibration;

/**
 * A population with its fitness, as an {@link Evolution} step returns it.
 *
 * @param parameters {@code parameters[i]} the vector of individual {@code i} (deep-copied)
 * @param fitness {@code fitness[i]} its fitness, lower is better (copied)
 */
public record ScoredPopulation(double[][] parameters, double[] fitness) {

  public ScoredPopulation {
    if (parameters.length != fitness.length) {
      throw new IllegalArgumentException(String.format(
          "population has %d individuals but %d fitness values", parameters.length, fitness.length));
    }
    parameters = deepCopy(parameters);
    fitness = fitness.clone();
  }

  public int size() {
    return fitness.length;
  }

  @Override
  public double[][] parameters() {
    return deepCopy(parameters);
  }

  @Override
  public double[] fitness() {
    return fitness.clone();
  }

  /** A copy of individual {@code i}'s vector. */
  public double[] parameters(int i) {
    return parameters[i].clone();
  }

  public double fitness(int i) {
    return fitness[i];
  }

  static double[][] deepCopy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
