package io.github.seapopym4j.calibration;

import io.github.seapopym4j.space.Domain;
import java.util.Map;

/**
 * An optimisation algorithm's settings (immutable), which start or resume an {@link Evolution} on a
 * {@link Domain}. Implementations: {@link GeneticAlgorithm}, {@link CmaEs}.
 */
public interface Optimizer {

  /** A short name for logs and checkpoints: {@code "ga"}, {@code "cmaes"}. */
  String name();

  /**
   * Every setting that changes results, as text: a checkpoint stores it and refuses to resume
   * under different settings.
   */
  String settings();

  /** A fresh evolution whose randomness derives from {@code seed}. */
  Evolution start(Domain domain, long seed);

  /**
   * The evolution that a run with this seed reached after generation {@code nextGeneration - 1}.
   *
   * @param state what {@link Evolution#state()} returned then
   * @throws IllegalArgumentException when the state is incomplete or does not fit the domain
   */
  Evolution resume(Domain domain, long seed, long nextGeneration, Map<String, String> state);
}
