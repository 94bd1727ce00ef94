package io.github.seapopym4j.calibration;

import io.github.seapopym4j.space.GroupSpace;
import io.github.seapopym4j.space.ParameterSpace;
import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.MetricRegistry;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.fitness.SyntheticObservations;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.SyntheticForcings;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.GroupParameter;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import java.time.LocalDate;
import java.util.List;

/**
 * A twin experiment: synthetic forcings at some cells, observations made by the model from {@link
 * #TRUTH} (daily, multiplicative noise), and a space freeing some of its parameters within wide
 * bounds. {@link #objective()} scores with nrmse-std, the calibrate default.
 *
 * @param name a label for tables
 * @param formula the synthetic forcing formula
 * @param forcingSeed the forcings' noise seed
 * @param lat latitudes of the cells
 * @param lon longitudes of the cells
 * @param days daily steps
 * @param free the free parameters
 * @param noise the observations' multiplicative noise (0.05 for 5 %)
 */
record TwinProblem(String name, SyntheticForcings.Formula formula, long forcingSeed, double[] lat,
    double[] lon, int days, List<GroupParameter> free, double noise) {

  static final FunctionalGroup TRUTH =
      new FunctionalGroup("D1N1", 0.1668, 1, 1, 1 / 150.0, 0.15, 10.38, -0.11);

  /** The twin problems the default optimiser was chosen on (docs/CALIBRATION.md). */
  static List<TwinProblem> all() {
    List<GroupParameter> eLambda = List.of(GroupParameter.ENERGY_TRANSFERT,
        GroupParameter.LAMBDA_TEMPERATURE_0);
    List<GroupParameter> three = List.of(GroupParameter.ENERGY_TRANSFERT,
        GroupParameter.LAMBDA_TEMPERATURE_0, GroupParameter.GAMMA_LAMBDA_TEMPERATURE);
    return List.of(
        new TwinProblem("cases-1cell-E-l0", SyntheticForcings.Formula.SEAPOPYM_CASES, 1,
            new double[] {20.5}, new double[] {150.5}, 730, eLambda, 0),
        new TwinProblem("subtropical-1cell-E-l0", SyntheticForcings.Formula.SUBTROPICAL, 3,
            new double[] {22.5}, new double[] {152.5}, 730, eLambda, 0),
        new TwinProblem("subtropical-3cells-3params", SyntheticForcings.Formula.SUBTROPICAL, 5,
            new double[] {19.5, 21.5, 23.5}, new double[] {151.5}, 730, three, 0.05),
        new TwinProblem("cases-3cells-3params", SyntheticForcings.Formula.SEAPOPYM_CASES, 1,
            new double[] {20.5, 25.5, 30.5}, new double[] {150.5}, 730, three, 0.05));
  }

  /** The forcings (the caller closes them). */
  ForcingSet forcings() {
    return SyntheticForcings.builder(formula).daily(LocalDate.of(2000, 1, 1), days)
        .latitude(lat).longitude(lon).seed(forcingSeed).build();
  }

  /** The space: TRUTH fixed, {@link #free} within wide bounds. */
  ParameterSpace space() {
    GroupSpace g = GroupSpace.fixedAt(TRUTH);
    for (GroupParameter p : free) {
      g = switch (p) {
        case ENERGY_TRANSFERT -> g.free(p, 0.01, 0.5);
        case LAMBDA_TEMPERATURE_0 -> g.free(p, 0.001, 0.05);
        case GAMMA_LAMBDA_TEMPERATURE -> g.free(p, 0.01, 0.3);
        case TR_0 -> g.free(p, 1, 30);
        default -> throw new IllegalArgumentException("no bounds for " + p);
      };
    }
    return ParameterSpace.of(List.of(g));
  }

  /** The objective on {@code forcings} (the caller closes it). */
  ModelObjective objective(ForcingSet forcings) {
    ObservationSet obs;
    try (NoTransportModel m = NoTransportModel.prepare(forcings, ModelConfig.defaults());
        ModelRun run = m.start(TRUTH)) {
      obs = SyntheticObservations.fromRun(run, 0, 1, noise, 7);
    }
    return ModelObjective.scoring(forcings, ModelConfig.defaults(), space(), obs,
        MatchConfig.defaults(), MetricRegistry.get("nrmse-std").loss());
  }

  /** The true values of the free parameters. */
  double[] truth() {
    return free.stream().mapToDouble(p -> p.valueOf(TRUTH)).toArray();
  }
}
