package io.github.seapopym4j.fitness;

import io.github.seapopym4j.internal.Checks;
import io.github.seapopym4j.model.ModelOutput;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Observations made up from a model run, for twin experiments: run the model with known parameters,
 * observe its biomass with noise, then check that a calibration finds the parameters again (the
 * twin experiment of SeapoPym's optimisation notebook).
 *
 * <pre>{@code
 * try (NoTransportModel m = NoTransportModel.prepare(forcings, ModelConfig.defaults());
 *     ModelRun run = m.start(truth)) {
 *   ObservationSet obs = SyntheticObservations.fromRun(run, 0, 1, 0.05, 7);
 * }
 * }</pre>
 *
 * <p>{@link #sample} takes one untagged observation ({@link Period#NONE}, so it compares with the total
 * of all groups) per simulated cell at steps 0, n, 2n, …: the total biomass of all groups at that
 * step times {@code exp(σ·ε)}, ε a standard normal draw of {@code
 * SplittableRandom(seed).nextGaussian()}, one per observation in (time, lat, lon) order. The noise is
 * multiplicative and median-preserving; σ = 0 gives the model's values exactly. Cells outside the
 * run's selection (NaN) are skipped. Values are taken to be in g m⁻² (the default model unit).
 */
public final class SyntheticObservations {

  private SyntheticObservations() {}

  /**
   * One observation of {@code group}'s biomass in every cell at every {@code everySteps}-th step
   * (starting at step 0), each value B·(1 + noise·ε) with ε ~ N(0, 1) and negative results clipped
   * to 0. Draws come from {@code new SplittableRandom(seed)} in time, latitude, longitude order, so
   * one seed gives one set. Land cells (biomass 0) give observations of 0. The observations are
   * untagged ({@link Period#NONE}), for every group, in the run's biomass unit (g m⁻² by default),
   * and numbered 1, 2, … as rows of source {@code "synthetic"}.
   *
   * @param output a run (live or detached); read, not changed
   * @param group the group index in {@code output.groups()}
   * @param everySteps observe every n-th time step, ≥ 1 (1: every step)
   * @param noise standard deviation of the multiplicative noise, ≥ 0 (0.05 for 5 %)
   * @param seed the seed of the noise
   * @throws IllegalArgumentException when the group index, step or noise is out of range
   */
  public static ObservationSet fromRun(ModelOutput output, int group, int everySteps, double noise,
      long seed) {
    Objects.requireNonNull(output, "output");
    int groups = output.groups().size();
    if (group < 0 || group >= groups) {
      throw new IllegalArgumentException(String.format(
          "group index must be in [0, %d), but was %d", groups, group));
    }
    Checks.atLeast(everySteps, 1, "everySteps");
    if (!(noise >= 0) || Double.isInfinite(noise)) {
      throw new IllegalArgumentException("noise (standard deviation) must be a finite number >= 0, "
          + "but was " + noise);
    }
    double[] lat = output.latitude();
    double[] lon = output.longitude();
    SplittableRandom random = new SplittableRandom(seed);
    ObservationSet.Builder b = ObservationSet.builder("synthetic", "sample");
    b.note(String.format(Locale.ROOT, "biomass of group '%s' every %d steps × (1 + %s ε), "
        + "ε ~ N(0, 1), seed %d", output.groups().get(group).name(), everySteps, noise, seed));
    int row = 0;
    for (int t = 0; t < output.time().size(); t += everySteps) {
      for (int y = 0; y < lat.length; y++) {
        for (int x = 0; x < lon.length; x++) {
          double v = output.biomass(group, t, y, x) * (1 + noise * random.nextGaussian());
          b.add(output.time().date(t), lat[y], lon[x], Math.max(0, v), Period.NONE, null, ++row);
        }
      }
    }
    return b.build();
  }

  /**
   * Samples {@code output} every {@code everySteps} steps.
   *
   * @param everySteps the sampling interval in time steps, ≥ 1
   * @param logNoise σ, the standard deviation of the log-normal noise, finite and ≥ 0
   * @param seed the seed of the noise
   * @throws IllegalArgumentException for an interval &lt; 1 or a negative or non-finite σ
   */
  public static ObservationSet sample(ModelOutput output, int everySteps, double logNoise,
      long seed) {
    if (everySteps < 1) {
      throw new IllegalArgumentException(
          "sampling interval [steps] must be ≥ 1, but was " + everySteps);
    }
    if (!(logNoise >= 0) || Double.isInfinite(logNoise)) {
      throw new IllegalArgumentException(
          "log-normal noise σ must be finite and ≥ 0, but was " + logNoise);
    }
    String source = String.format(Locale.ROOT,
        "synthetic observations (every %d steps, log-noise σ %s, seed %d)", everySteps, logNoise,
        seed);
    ObservationSet.Builder out = ObservationSet.builder(source, "sample");
    SplittableRandom random = new SplittableRandom(seed);
    double[] lat = output.latitude();
    double[] lon = output.longitude();
    int groups = output.groups().size();
    int row = 0;
    for (int t = 0; t < output.time().size(); t += everySteps) {
      for (int y = 0; y < lat.length; y++) {
        for (int x = 0; x < lon.length; x++) {
          double total = 0;
          for (int g = 0; g < groups; g++) {
            total += output.biomass(g, t, y, x);
          }
          if (Double.isNaN(total)) {
            continue;
          }
          double noise = logNoise == 0 ? 1 : Math.exp(logNoise * random.nextGaussian());
          out.add(output.time().date(t), lat[y], lon[x], total * noise, Period.NONE, null, ++row);
        }
      }
    }
    out.note(source + ": total biomass of " + groups + " group(s) of the run");
    return out.build();
  }
}
