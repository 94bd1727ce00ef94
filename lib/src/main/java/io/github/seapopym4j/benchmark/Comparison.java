package io.github.seapopym4j.benchmark;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.DoubleStream;

/**
 * One figure (lower is better: seconds, bytes) measured repeatedly for a baseline and for a
 * candidate, and what the repeats allow one to say about it.
 *
 * <p>The ratio is baseline / candidate of the medians; its spread runs from min(baseline) /
 * max(candidate) to max(baseline) / min(candidate), the most pessimistic and optimistic pairings.
 * The verdict compares the ranges (min to max) of the two samples: the candidate is {@link
 * Verdict#LOWER} only when every baseline repeat is above every candidate repeat, {@link
 * Verdict#HIGHER} in the mirror case, and otherwise the two are the same within noise. With fewer
 * than two repeats on a side there is no spread to judge by: {@link Verdict#INCONCLUSIVE}.
 *
 * @param metric what was measured, e.g. {@code "wall_s"}
 * @param baseline the baseline's repeats (copied)
 * @param candidate the candidate's repeats (copied)
 */
public record Comparison(String metric, double[] baseline, double[] candidate) {

  /** What the repeats say about the candidate against the baseline. */
  public enum Verdict {
    /** The candidate is lower in every repeat pairing (faster, smaller). */
    LOWER,
    /** The candidate is higher in every repeat pairing (slower, larger). */
    HIGHER,
    /** The ranges overlap. */
    SAME_WITHIN_NOISE,
    /** Fewer than two repeats on a side. */
    INCONCLUSIVE
  }

  public Comparison {
    Objects.requireNonNull(metric, "metric");
    baseline = baseline.clone();
    candidate = candidate.clone();
    if (baseline.length == 0 || candidate.length == 0) {
      throw new IllegalArgumentException(String.format("comparison '%s' needs >= 1 repeat per side, "
          + "but had %d baseline and %d candidate", metric, baseline.length, candidate.length));
    }
    OptionalDouble bad = DoubleStream.concat(Arrays.stream(baseline), Arrays.stream(candidate))
        .filter(v -> !Double.isFinite(v)).findFirst();
    if (bad.isPresent()) {
      throw new IllegalArgumentException("comparison '" + metric + "': every value must be "
          + "finite, but one was " + bad.getAsDouble());
    }
  }

  @Override
  public double[] baseline() {
    return baseline.clone();
  }

  @Override
  public double[] candidate() {
    return candidate.clone();
  }

  /** Median of the baseline repeats. */
  public double baselineMedian() {
    return median(baseline);
  }

  /** Median of the candidate repeats. */
  public double candidateMedian() {
    return median(candidate);
  }

  /** baseline median / candidate median (∞ when the candidate's median is 0). */
  public double ratio() {
    return baselineMedian() / candidateMedian();
  }

  /** The lowest ratio the repeats allow: min(baseline) / max(candidate). */
  public double ratioMin() {
    return min(baseline) / max(candidate);
  }

  /** The highest ratio the repeats allow: max(baseline) / min(candidate). */
  public double ratioMax() {
    return max(baseline) / min(candidate);
  }

  public Verdict verdict() {
    if (baseline.length < 2 || candidate.length < 2) {
      return Verdict.INCONCLUSIVE;
    }
    if (min(baseline) > max(candidate)) {
      return Verdict.LOWER;
    }
    if (max(baseline) < min(candidate)) {
      return Verdict.HIGHER;
    }
    return Verdict.SAME_WITHIN_NOISE;
  }

  /**
   * The verdict in words, e.g. {@code "faster"}, {@code "slower"}, {@code "same within noise"},
   * {@code "inconclusive (1 repeat)"}.
   *
   * @param lower the word for {@link Verdict#LOWER} (faster, smaller)
   * @param higher the word for {@link Verdict#HIGHER}
   */
  public String verdict(String lower, String higher) {
    return switch (verdict()) {
      case LOWER -> lower;
      case HIGHER -> higher;
      case SAME_WITHIN_NOISE -> "same within noise";
      case INCONCLUSIVE -> "inconclusive (" + Math.min(baseline.length, candidate.length)
          + " repeat: no spread)";
    };
  }

  /** The median of {@code v} (mean of the two middle values for an even count). */
  public static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  static double min(double[] v) {
    return Arrays.stream(v).min().orElseThrow();
  }

  static double max(double[] v) {
    return Arrays.stream(v).max().orElseThrow();
  }

  @Override
  public String toString() {
    return String.format("%s: baseline median %.4g [%.4g, %.4g], candidate median %.4g [%.4g, %.4g],"
        + " ratio %.3g (%.3g to %.3g), %s", metric, baselineMedian(), min(baseline), max(baseline),
        candidateMedian(), min(candidate), max(candidate), ratio(), ratioMin(), ratioMax(), verdict());
  }
}
