package io.github.seapopym4j.calibration;

/**
 * What {@link CmaEs#minimize} found.
 *
 * @param parameters the best point evaluated (a copy)
 * @param fitness its value
 * @param evaluations evaluations up to and including the first that reached the target (as the
 *     COCO platform counts them), or all evaluations spent when none did
 * @param reachedTarget whether some evaluation reached f ≤ target
 * @param restarts restarts done (runs after the first)
 * @param stop why it ended: "target", "budget", or the termination criterion of the last run
 */
public record Minimum(double[] parameters, double fitness, long evaluations,
    boolean reachedTarget, int restarts, String stop) {

  public Minimum {
    parameters = parameters.clone();
  }

  @Override
  public double[] parameters() {
    return parameters.clone();
  }
}
