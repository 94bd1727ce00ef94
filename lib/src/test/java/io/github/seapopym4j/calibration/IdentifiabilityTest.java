package io.github.seapopym4j.calibration;

import io.github.seapopym4j.space.GroupSpace;
import io.github.seapopym4j.space.ParameterSpace;
import io.github.seapopym4j.space.Domain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.MetricRegistry;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.fitness.SyntheticObservations;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.model.GroupParameter;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The E–λ0 trade-off is flagged where the observations only see their ratio and not where they
 * separate them. Single warm station (25 °C, turnover about 5 days): with smooth seasonal
 * production the biomass follows E·PP/λ, so only E/λ0 is constrained (measured r = 1.0000); with
 * short production pulses (5-day blooms every 120 days) the height of each biomass peak gives E and
 * its decay gives λ (measured r = 0.80). Warmer-and-colder cells with smooth production do not
 * separate them (λ0 scales every cell's λ alike: r = 0.97–0.99, measured).
 */
class IdentifiabilityTest {

  @TempDir
  Path dir;

  /** One warm cell, 730 days, T = 25 °C in every layer; smooth seasonal or pulsed production. */
  static ForcingSet station(boolean pulses) {
    int days = 730;
    double[] t = new double[days * 3];
    double[] pp = new double[days];
    for (int d = 0; d < days; d++) {
      java.util.Arrays.fill(t, d * 3, d * 3 + 3, 25);
      pp[d] = pulses ? (d % 120 < 5 ? 2.0 : 0.05) : 0.5 + 0.3 * Math.cos(2 * Math.PI * d / 365);
    }
    return ForcingSet.builder().daily(LocalDate.of(2000, 1, 1), days).latitude(20.5)
        .longitude(150.5).layers(1, 2, 3).temperature(t).primaryProduction(pp)
        .source(pulses ? "pulsed station" : "seasonal station").build();
  }

  /** The report at the truth of a noise-free twin (its optimum) with E and λ0 free. */
  static IdentifiabilityReport atTruth(ForcingSet f) {
    ObservationSet obs;
    try (NoTransportModel m = NoTransportModel.prepare(f, ModelConfig.defaults());
        ModelRun run = m.start(TwinProblem.TRUTH)) {
      obs = SyntheticObservations.fromRun(run, 0, 1, 0, 1);
    }
    ParameterSpace space = ParameterSpace.of(List.of(GroupSpace.fixedAt(TwinProblem.TRUTH)
        .free(GroupParameter.ENERGY_TRANSFERT, 0.01, 0.5)
        .free(GroupParameter.LAMBDA_TEMPERATURE_0, 0.001, 0.05)));
    try (ModelObjective obj = ModelObjective.scoring(f, ModelConfig.defaults(), space, obs,
            MatchConfig.defaults(), MetricRegistry.get("nrmse-std").loss());
        PopulationEvaluator ev = LocalPopulationEvaluator.builder(obj).threads(2).build()) {
      double[] t = {TwinProblem.TRUTH.energyTransfert(), TwinProblem.TRUTH.lambdaTemperature0()};
      return Identifiability.at(space.domain(), t, ev.evaluate(new double[][] {t})[0], ev);
    }
  }

  static final String E = "D1N1.energy_transfert";
  static final String L0 = "D1N1.lambda_temperature_0";

  @Test
  void energyTransferAndLambda0AreFlaggedWhereOnlyTheirRatioIsObserved() {
    try (ForcingSet f = station(false)) {
      IdentifiabilityReport r = atTruth(f);
      assertTrue(r.correlation(E, L0) >= 0.99, "r = " + r.correlation(E, L0));
      assertEquals(List.of(E + "|" + L0), r.tradedOffPairs());
      assertTrue(r.json().get("note").asText().startsWith("the observations constrain "
          + E + "/" + L0 + ", not each"), r.json().toString());
    }
  }

  @Test
  void productionPulsesSeparateThemAndNothingIsFlagged() {
    try (ForcingSet f = station(true)) {
      IdentifiabilityReport r = atTruth(f);
      // Measured 0.80; the flag threshold is 0.9.
      assertTrue(Math.abs(r.correlation(E, L0)) < 0.85, "r = " + r.correlation(E, L0));
      assertEquals(List.of(), r.tradedOffPairs());
      assertEquals(List.of(), r.poorlyConstrained());
    }
  }

  @Test
  void aParameterTheCostHardlyDependsOnIsPoorlyConstrainedAndTheFilesAreWritten()
      throws Exception {
    Domain d = new Domain(List.of("a", "b"), new double[] {0, 0}, new double[] {1, 1});
    try (PopulationEvaluator ev = LocalPopulationEvaluator.builder(
        x -> 1 + (x[0] - 0.5) * (x[0] - 0.5) + 1e-4 * x[1]).threads(1).build()) {
      IdentifiabilityReport r = Identifiability.at(d, new double[] {0.5, 0}, 1, ev);
      assertEquals(List.of("b"), r.poorlyConstrained());
      assertTrue(r.sentences().get(0).contains("range of b"), r.sentences().toString());
      r.writeCorrelations(dir.resolve(IdentifiabilityReport.CSV));
      r.writeProfiles(dir.resolve(IdentifiabilityReport.PROFILES));
    }
    List<String> csv = Files.readAllLines(dir.resolve(IdentifiabilityReport.CSV));
    assertEquals("parameter_a,parameter_b,correlation", csv.get(0));
    assertTrue(csv.get(1).startsWith("a,b,"), csv.toString());
    List<String> profiles = Files.readAllLines(dir.resolve(IdentifiabilityReport.PROFILES));
    assertEquals("parameter,value,fitness", profiles.get(0));
    assertEquals(1 + 2 * (Identifiability.PROFILE_POINTS + 1), profiles.size());
  }
}
