package io.github.seapopym4j.cli;

import io.github.seapopym4j.calibration.CalibrationResult;
import io.github.seapopym4j.calibration.Logbook;
import io.github.seapopym4j.calibration.ModelObjective;
import io.github.seapopym4j.space.ParameterSpace;
import io.github.seapopym4j.model.BiomassScheme;
import io.github.seapopym4j.model.ExplicitStability;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.ModelConfig;
import java.io.PrintWriter;
import java.util.AbstractList;
import java.util.List;

/** How many individuals of a calibration ran the explicit scheme where it is unstable. */
final class UnstableIndividuals {

  private UnstableIndividuals() {}

  /**
   * Counts the logbook's individuals with λ·dt ≥ 1 somewhere and warns on {@code err} when there are
   * any.
   *
   * @return the count, or -1 under the implicit scheme (nothing to count)
   */
  static int report(CalibrationResult result, ParameterSpace space, ModelObjective objective,
      ModelConfig config, PrintWriter err) {
    if (config.scheme() != BiomassScheme.EXPLICIT) {
      return -1;
    }
    Logbook log = result.logbook();
    List<List<FunctionalGroup>> sets = new AbstractList<>() {
      @Override
      public List<FunctionalGroup> get(int i) {
        return space.decode(log.parameters(i));
      }

      @Override
      public int size() {
        return log.size();
      }
    };
    int n = ExplicitStability.countUnstable(objective.model(), sets);
    if (n > 0) {
      SeapopymCli.warn(err, String.format("%d of %d individuals evaluated ran the explicit scheme "
          + "where it is unstable (λ·dt ≥ 1: biomass may turn negative or NaN, and their scores "
          + "mean little); use --scheme implicit, or bound lambda_temperature_0 and "
          + "gamma_lambda_temperature lower", n, log.size()));
    }
    return n;
  }
}
