package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.model.OutputVariable;
import io.github.seapopym4j.model.ResultCsv;
import io.github.seapopym4j.model.OutputField;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15 item 3: {@code run} warns before running when the explicit scheme is unstable, and the
 * implicit scheme reaches the analytic steady state in the stiff regime.
 */
class ExplicitStabilityCliTest {

  /** T = 25 °C, λ0 = 0.1, γλ = 0.25: λ = 0.1·exp(0.25·25/(1 + 25/273)) ≈ 30.7 d⁻¹. */
  private static final String STIFF = "G,0.2,1,1,0.1,0.25,1,-0.1";

  @TempDir
  Path dir;

  private CliRun.Result run(String scheme) throws IOException {
    Path[] f = CliRun.forcings(dir, 60, 1, 25, 2, (d, lon, l, line) -> line);
    return CliRun.run(new RunCommand(), "--temperature", f[0].toString(), "--primary-production",
        f[1].toString(), "--groups", CliRun.groups(dir, STIFF).toString(), "--out",
        dir.resolve(scheme).toString(), "--scheme", scheme);
  }

  @Test
  void runWarnsBeforeRunningWhenLambdaDtReachesOne() throws IOException {
    CliRun.Result r = run("explicit");
    assertEquals(0, r.status(), r.toString());
    assertTrue(r.err().contains("seapopym: warning: the explicit scheme is unstable where λ·dt ≥ 1 "
        + "(biomass may turn negative, oscillate or become NaN): group 'G' from 2000-01-01 in cell "
        + "lat 0.5, lon 0.5 (λ = 30.66 d⁻¹, dt = 1 d, largest λ·dt 30.66); use --scheme implicit"),
        r.err());
  }

  /**
   * The implicit scheme stays finite and non-negative, and after 60 days equals the steady state
   * E·NPP/λ within 1e-9 relative (recruitment takes tr = exp(−0.1·T) ≈ 0.1 day, so every cohort
   * recruits well before).
   */
  @Test
  void theImplicitSchemeReachesTheAnalyticSteadyStateInTheStiffRegime() throws IOException {
    CliRun.Result r = run("implicit");
    assertEquals(0, r.status(), r.toString());
    assertTrue(!r.err().contains("unstable"), r.err());
    double lambda = 0.1 * Math.exp(0.25 * (25 / (1 + 25 / 273.0)));
    double steady = 0.2 * 2 / lambda;
    OutputField b = ResultCsv.read(dir.resolve("implicit/biomass.csv"), OutputVariable.BIOMASS);
    for (int t = 0; t < 60; t++) {
      for (int x = 0; x < 2; x++) {
        double v = b.value(0, t, 0, x);
        assertTrue(Double.isFinite(v) && v >= 0, "biomass " + v + " at step " + t);
      }
    }
    assertEquals(steady, b.value(0, 59, 0, 0), 1e-9 * steady);
    assertEquals(30.7, lambda, 0.05);
  }

  /** Every individual (λ0 in [0.05, 0.2], γλ = 0.25 at 25 °C: λ·dt ≥ 15) is unstable. */
  @Test
  void aCalibrationReportsHowManyIndividualsWereUnstable() throws IOException {
    Path[] f = CliRun.forcings(dir, 30, 1, 25, 2, (d, lon, l, line) -> line);
    Path space = java.nio.file.Files.writeString(dir.resolve("space.csv"), """
        group,parameter,value,min,max
        G,energy_transfert,,0.05,0.5
        G,day_layer,1,,
        G,night_layer,1,,
        G,lambda_temperature_0,,0.05,0.2
        G,gamma_lambda_temperature,0.25,,
        G,tr_0,1,,
        G,gamma_tr,-0.1,,
        """);
    Path obs = java.nio.file.Files.writeString(dir.resolve("obs.csv"),
        "time,lat,lon,value\n2000-01-10,0.5,0.5,1\n2000-01-20,0.5,1.5,2\n");
    CliRun.Result r = CliRun.run(new CalibrateCommand(), "--temperature", f[0].toString(),
        "--primary-production", f[1].toString(), "--observations", obs.toString(), "--space",
        space.toString(), "--out", dir.resolve("cal").toString(), "--threads", "1",
        "--population", "4", "--generations", "2");
    assertEquals(0, r.status(), r.toString());
    assertTrue(r.err().contains("seapopym: warning: 8 of 8 individuals evaluated ran the explicit "
        + "scheme where it is unstable (λ·dt ≥ 1"), r.err());
    assertTrue(r.out().contains("\"unstable_individuals\": 8"), r.out());
  }
}
