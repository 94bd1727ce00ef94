package io.github.seapopym4j.fitness;

import io.github.seapopym4j.model.ModelOutput;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Observations sampled from a model run, for twin experiments: run the model with known
 * parameters, sample its biomass, then check that a sweep or a calibration finds those parameters
 * again.
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
