package io.github.seapopym4j.space;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The box an optimiser searches: one named coordinate per free parameter with closed bounds
 * [{@code lower[i]}, {@code upper[i]}]. Optimisers see only this; {@link ParameterSpace#domain()}
 * builds it for a model calibration and tests build one for benchmark functions.
 *
 * @param names distinct coordinate names (logbook column names), at least one
 * @param lower finite lower bounds, one per name
 * @param upper finite upper bounds, {@code upper[i] > lower[i]}
 */
public record Domain(List<String> names, double[] lower, double[] upper) {

  public Domain {
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("a domain needs at least one free parameter, but had none");
    }
    if (new HashSet<>(names).size() != names.size()) {
      throw new IllegalArgumentException("domain names must be distinct, but were " + names);
    }
    if (lower.length != names.size() || upper.length != names.size()) {
      throw new IllegalArgumentException(String.format(
          "domain: expected %d lower and upper bounds, but got %d and %d", names.size(),
          lower.length, upper.length));
    }
    lower = lower.clone();
    upper = upper.clone();
    for (int i = 0; i < lower.length; i++) {
      if (!Double.isFinite(lower[i]) || !Double.isFinite(upper[i]) || lower[i] >= upper[i]) {
        throw new IllegalArgumentException(String.format(
            "domain: %s must have finite bounds with lower < upper, but had [%s, %s]", names.get(i),
            lower[i], upper[i]));
      }
    }
  }

  /** The box [lo, hi]^n with names x0..x(n-1), for benchmark functions. */
  public static Domain cube(int n, double lo, double hi) {
    double[] l = new double[n];
    double[] u = new double[n];
    java.util.Arrays.fill(l, lo);
    java.util.Arrays.fill(u, hi);
    return new Domain(java.util.stream.IntStream.range(0, n).mapToObj(i -> "x" + i).toList(), l, u);
  }

  public int dimension() {
    return names.size();
  }

  @Override
  public double[] lower() {
    return lower.clone();
  }

  @Override
  public double[] upper() {
    return upper.clone();
  }

  public double lower(int i) {
    return lower[i];
  }

  public double upper(int i) {
    return upper[i];
  }

  /** Whether every coordinate of {@code x} lies within its closed bounds. */
  public boolean contains(double[] x) {
    if (x.length != lower.length) {
      return false;
    }
    for (int i = 0; i < x.length; i++) {
      if (!(x[i] >= lower[i] && x[i] <= upper[i])) {
        return false;
      }
    }
    return true;
  }

  /** A text that identifies this domain, stored in checkpoints to refuse resuming another. */
  public String fingerprint() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lower.length; i++) {
      b.append(names.get(i)).append('[').append(lower[i]).append(',').append(upper[i]).append(']');
    }
    return b.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Domain d && d.fingerprint().equals(fingerprint());
  }

  @Override
  public int hashCode() {
    return fingerprint().hashCode();
  }

  @Override
  public String toString() {
    return "Domain[" + fingerprint() + "]";
  }
}
