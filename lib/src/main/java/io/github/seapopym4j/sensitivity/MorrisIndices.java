package io.github.seapopym4j.sensitivity;

import java.util.List;

/**
 * Morris statistics of one output, per parameter in design order.
 *
 * @param parameters the parameter names
 * @param mu mean of the elementary effects
 * @param muStar mean of their absolute values, with a bootstrap interval over trajectories
 * @param sigma their standard deviation (n − 1 denominator, as SALib)
 */
public record MorrisIndices(List<String> parameters, List<Double> mu, List<Estimate> muStar,
    List<Double> sigma) {

  /** Copies the lists and checks their sizes. */
  public MorrisIndices {
    parameters = List.copyOf(parameters);
    mu = List.copyOf(mu);
    muStar = List.copyOf(muStar);
    sigma = List.copyOf(sigma);
    int k = parameters.size();
    if (mu.size() != k || muStar.size() != k || sigma.size() != k) {
      throw new IllegalArgumentException("expected " + k + " values of mu, mu* and sigma, found "
          + mu.size() + ", " + muStar.size() + " and " + sigma.size());
    }
  }
}
