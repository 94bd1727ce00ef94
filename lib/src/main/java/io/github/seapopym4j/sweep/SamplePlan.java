package io.github.seapopym4j.sweep;

import io.github.seapopym4j.internal.Checks;
import io.github.seapopym4j.internal.Shuffle;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/** A Sobol or Latin-hypercube sample of N points over the axes, stored as one column per axis. */
final class SamplePlan extends SweepPlan {

  enum Method { SOBOL, LATIN_HYPERCUBE }

  private final Method method;
  private final int n;
  private final long seed;
  private final Axis[] axes;
  private volatile double[][] values;

  SamplePlan(Method method, int n, long seed, List<Axis> axes) {
    super(axes);
    Checks.atLeast(n, 1, "sample size");
    if (method == Method.SOBOL && axes.size() > 1000) {
      throw new IllegalArgumentException("a Sobol sample supports at most 1000 axes, but the plan has "
          + axes.size());
    }
    this.method = method;
    this.n = n;
    this.seed = seed;
    this.axes = axes.toArray(new Axis[0]);
  }

  @Override
  public long combinations() {
    return n;
  }

  @Override
  public double value(int axis, int combination) {
    return stored()[axis][combination];
  }

  @Override
  long storedBytesPerCombination() {
    return 8L * axes.length;
  }

  @Override
  String howToShrink() {
    return "lower the sample size (" + n + ")";
  }

  @Override
  void materialise() {
    stored();
  }

  private double[][] stored() {
    double[][] v = values;
    if (v == null) {
      synchronized (this) {
        v = values;
        if (v == null) {
          v = generate();
          values = v;
        }
      }
    }
    return v;
  }

  private double[][] generate() {
    int d = axes.length;
    double[][] v = new double[d][n];
    if (method == Method.SOBOL) {
      SobolSequenceGenerator sobol = new SobolSequenceGenerator(d);
      for (int i = 0; i < n; i++) {
        double[] u = sobol.nextVector();
        for (int a = 0; a < d; a++) {
          v[a][i] = axes[a].fromUnit(u[a]);
        }
      }
    } else {
      SplittableRandom root = new SplittableRandom(seed);
      for (int a = 0; a < d; a++) {
        SplittableRandom rng = root.split();
        int[] strata = Shuffle.permutation(n, rng);
        for (int i = 0; i < n; i++) {
          v[a][i] = axes[a].fromUnit((strata[i] + rng.nextDouble()) / n);
        }
      }
    }
    return v;
  }

  @Override
  String kindDescription() {
    return method == Method.SOBOL
        ? String.format(Locale.ROOT, "sobol n=%d", n)
        : String.format(Locale.ROOT, "latin-hypercube n=%d seed=%d", n, seed);
  }
}
