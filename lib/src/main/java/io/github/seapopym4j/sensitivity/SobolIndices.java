package io.github.seapopym4j.sensitivity;

import java.util.List;

/**
 * Sobol indices of one output: per parameter (in design order) the first-order index S1 and the
 * total-order index ST, and, when the design has BA matrices, the second-order indices S2.
 *
 * @param parameters the parameter names
 * @param firstOrder S1 per parameter
 * @param totalOrder ST per parameter
 * @param secondOrder S2 of (a, b) at [a][b] for a &lt; b (other entries NaN); empty without second
 *     order
 * @param variance the variance of the output over the A and B points (0 gives NaN indices)
 */
public record SobolIndices(List<String> parameters, List<Estimate> firstOrder,
    List<Estimate> totalOrder, List<List<Estimate>> secondOrder, double variance) {

  /** Copies the lists and checks their sizes. */
  public SobolIndices {
    parameters = List.copyOf(parameters);
    firstOrder = List.copyOf(firstOrder);
    totalOrder = List.copyOf(totalOrder);
    secondOrder = secondOrder.stream().map(List::copyOf).toList();
    if (firstOrder.size() != parameters.size() || totalOrder.size() != parameters.size()) {
      throw new IllegalArgumentException(String.format("expected one S1 and one ST per parameter "
          + "(%d), found %d and %d", parameters.size(), firstOrder.size(), totalOrder.size()));
    }
    if (!secondOrder.isEmpty() && secondOrder.size() != parameters.size()) {
      throw new IllegalArgumentException("expected a " + parameters.size() + " × "
          + parameters.size() + " table of S2, found " + secondOrder.size() + " rows");
    }
  }

  /** Whether second-order indices were computed. */
  public boolean hasSecondOrder() {
    return !secondOrder.isEmpty();
  }
}
