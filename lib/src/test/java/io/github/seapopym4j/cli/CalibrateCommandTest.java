package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.calibration.Logbook;
import io.github.seapopym4j.cli.CliRun.Result;
import io.github.seapopym4j.internal.Json;
import io.github.seapopym4j.forcing.ForcingCsv;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.SyntheticForcings;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.GroupsCsv;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {

  static final FunctionalGroup TRUTH =
      FunctionalGroup.builder("D1N1").energyTransfert(0.1668).layers(1, 1)
          .lambdaTemperature0(1 / 150.0).gammaLambdaTemperature(0.15)
          .tr0(10.38).gammaTr(-0.11).build();

  @TempDir
  static Path inputs;

  @TempDir
  Path dir;


  /** Forcings (1 × 2 cells, 120 days), weekly observations of TRUTH, and a space freeing E, λ0. */
  @BeforeAll
  static void inputs() throws IOException {
    LocalDate start = LocalDate.of(2000, 1, 1);
    StringBuilder obs = new StringBuilder("time,lat,lon,value\n");
    try (ForcingSet f = SyntheticForcings.builder(SyntheticForcings.Formula.SEAPOPYM_CASES)
        .daily(start, 120).latitude(20.5).longitude(150.5, 151.5).build()) {
      ForcingCsv.write(f, inputs.resolve("t.csv"), inputs.resolve("pp.csv"));
      try (NoTransportModel m = NoTransportModel.prepare(f, ModelConfig.defaults());
          ModelRun run = m.start(TRUTH)) {
        for (int t = 0; t < 120; t += 7) {
          for (int x = 0; x < 2; x++) {
            obs.append(start.plusDays(t)).append(",20.5,").append(150.5 + x).append(',')
                .append(run.biomass(0, t, 0, x)).append('\n');
          }
        }
      }
    }
    Files.writeString(inputs.resolve("obs.csv"), obs);
    Files.writeString(inputs.resolve("space.csv"), """
        group,parameter,value,min,max
        D1N1,energy_transfert,,0,0.5
        D1N1,day_layer,1,,
        D1N1,night_layer,1,,
        D1N1,lambda_temperature_0,,0.001,0.1
        D1N1,gamma_lambda_temperature,0.15,,
        D1N1,tr_0,10.38,,
        D1N1,gamma_tr,-0.11,,
        """);
  }

  private static Result run(String... args) {
    return run(new CalibrateCommand(), args);
  }

  private static Result run(CalibrateCommand command, String... args) {
    return CliRun.command(command, args);
  }

  private static String[] args(Path out, String... more) {
    List<String> a = new ArrayList<>(List.of("--temperature", inputs.resolve("t.csv").toString(),
        "--primary-production", inputs.resolve("pp.csv").toString(),
        "--observations", inputs.resolve("obs.csv").toString(),
        "--space", inputs.resolve("space.csv").toString(), "--out", out.toString(),
        "--threads", "2", "--seed", "9"));
    a.addAll(Arrays.asList(more));
    return a.toArray(String[]::new);
  }

  @Test
  void writesLogbookBestGroupsAndSummary() throws IOException {
    Path out = dir.resolve("ga");
    Result r = run(args(out, "--optimizer", "ga", "--population", "16", "--generations", "5"));
    assertEquals(0, r.status(), r.err());
    Logbook book = Logbook.read(out.resolve("logbook.csv"));
    assertEquals(5 * 16, book.size());
    assertEquals(List.of("D1N1.energy_transfert", "D1N1.lambda_temperature_0"), book.names());
    List<String> best = Files.readAllLines(out.resolve(CalibrateCommand.BEST));
    assertEquals("name,energy_transfert,day_layer,night_layer,lambda_temperature_0,"
        + "gamma_lambda_temperature,tr_0,gamma_tr", best.get(0));
    double[] x = book.parameters(book.bestRow());
    assertEquals(List.of(TRUTH.withEnergyTransfert(x[0]).withLambdaTemperature0(x[1])),
        GroupsCsv.read(out.resolve(CalibrateCommand.BEST)));
    String summary = Files.readString(out.resolve(CalibrateCommand.SUMMARY));
    assertEquals(summary, r.out());
    assertTrue(summary.contains("\"stop_reason\": \"generations\""), summary);
    assertTrue(summary.contains("\"metric\": \"nrmse-std\""), summary);
    assertTrue(summary.contains("\"simulated_cells\": 2"), summary);
    assertTrue(summary.contains("\"best_fitness\": " + book.fitness(book.bestRow())), summary);
    // Tests capture stderr in a string: the bar prints plain lines, the last one with the status.
    assertTrue(r.err().contains("calibrate: 5/5 (100%)") && r.err().contains("  best "), r.err());
    assertTrue(r.err().contains("seapopym: stopped (generations) after 5 generations"), r.err());
  }

  @Test
  void modelOptionsAreThoseOfRun() {
    // With kg the model's biomass is 1000 times smaller and is converted back before scoring, so
    // the calibration scores as in grams (up to rounding: relative 1e-9).
    Result g = run(args(dir.resolve("g"), "--population", "8", "--generations", "2"));
    assertEquals(0, g.status(), g.err());
    Result kg = run(args(dir.resolve("kg"), "--population", "8", "--generations", "2", "--units",
        "kg", "--scheme", "explicit", "--gillooly", "on", "--angle-horizon-sun", "0"));
    assertEquals(0, kg.status(), kg.err());
    Logbook a = Logbook.read(dir.resolve("g/logbook.csv"));
    Logbook b = Logbook.read(dir.resolve("kg/logbook.csv"));
    assertEquals(a.fitness(a.bestRow()), b.fitness(b.bestRow()), 1e-9 * a.fitness(a.bestRow()));
    Result implicit = run(args(dir.resolve("implicit"), "--population", "8", "--generations", "2",
        "--scheme", "implicit", "--gillooly", "off"));
    assertEquals(0, implicit.status(), implicit.err());
    Logbook c = Logbook.read(dir.resolve("implicit/logbook.csv"));
    assertTrue(Math.abs(c.fitness(0) - a.fitness(0)) > 1e-6, "another model, another score");
  }

  @Test
  void aBadModelOptionIsNamedBeforeAnythingIsWritten() {
    Path out = dir.resolve("none");
    Result r = run(args(out, "--gillooly", "maybe"));
    assertEquals(1, r.status());
    assertEquals("seapopym: error: --gillooly: expected on or off, but found 'maybe'\n", r.err());
    assertEquals("seapopym: error: --units: expected g or kg, but found 't'\n",
        run(args(out, "--units", "t")).err());
    assertFalse(Files.exists(out));
  }

  @Test
  void missingInputFilesAreNamedWithWhatTheyAre() {
    for (String option : List.of("--temperature", "--primary-production", "--observations",
        "--space")) {
      String[] a = args(dir.resolve("none"));
      Path missing = dir.resolve("missing.csv");
      a[Arrays.asList(a).indexOf(option) + 1] = missing.toString();
      Result r = run(a);
      assertEquals(1, r.status());
      String what = switch (option) {
        case "--temperature" -> "temperature file";
        case "--primary-production" -> "primary production file";
        case "--observations" -> "observations file";
        default -> "space file";
      };
      assertEquals("seapopym: error: " + what + " " + missing + " does not exist\n", r.err());
    }
  }

  @Test
  void resumeContinuesToTheLogbookOfAnUninterruptedRun() {
    Path straight = dir.resolve("straight");
    Path resumed = dir.resolve("resumed");
    assertEquals(0, run(args(straight, "--optimizer", "cmaes", "--generations", "6")).status());
    assertEquals(0, run(args(resumed, "--optimizer", "cmaes", "--generations", "3")).status());
    String[] again = args(resumed, "--optimizer", "cmaes", "--generations", "6", "--resume");
    again[Arrays.asList(again).indexOf("--threads") + 1] = "1"; // thread count does not matter
    Result r = run(again);
    assertEquals(0, r.status(), r.err());
    assertTrue(r.err().contains("resuming at generation 3"), r.err());
    assertEquals(Logbook.read(straight.resolve("logbook.csv")).csv(false),
        Logbook.read(resumed.resolve("logbook.csv")).csv(false));
  }

  @Test
  void anExistingCalibrationIsNotOverwrittenWithoutResume() {
    Path out = dir.resolve("once");
    assertEquals(0, run(args(out, "--optimizer", "cmaes", "--generations", "1")).status());
    Result r = run(args(out, "--optimizer", "cmaes", "--generations", "1"));
    assertEquals(1, r.status());
    assertEquals("seapopym: error: " + out + " already holds a calibration "
        + "(checkpoint.properties); resume it or choose another directory\n", r.err());
  }

  @Test
  void anUnknownMetricFailsBeforeWritingAnything() {
    Path out = dir.resolve("none");
    Result r = run(args(out, "--metric", "r2"));
    assertEquals(1, r.status());
    assertTrue(r.err().startsWith("seapopym: error: unknown metric 'r2'; expected one of rmse, "),
        r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void cmaesWithIpopRecordsItsRestartSettings() throws IOException {
    Path out = dir.resolve("ipop");
    Result r = run(args(out, "--optimizer", "cmaes", "--restart-strategy", "ipop", "--generations",
        "3"));
    assertEquals(0, r.status(), r.err());
    String summary = Files.readString(out.resolve(CalibrateCommand.SUMMARY));
    assertTrue(summary.contains("restarts=9 restart_strategy=ipop"), summary);
    assertEquals(0, run(args(dir.resolve("bipop"), "--optimizer", "cmaes", "--restarts", "2",
        "--restart-strategy", "bipop", "--generations", "2")).status());
    assertTrue(Files.readString(dir.resolve("bipop").resolve(CalibrateCommand.SUMMARY))
        .contains("restarts=2 restart_strategy=bipop"));
  }

  @Test
  void restartOptionsAreCheckedBeforeAnythingIsWritten() {
    Result ga = run(args(dir.resolve("ga"), "--optimizer", "ga", "--restarts", "3"));
    assertEquals(1, ga.status());
    assertEquals("seapopym: error: --restarts and --restart-strategy are for --optimizer cmaes, but "
        + "the optimizer is ga\n", ga.err());
    Result none = run(args(dir.resolve("none"), "--optimizer", "cmaes", "--restart-strategy", "none",
        "--restarts", "3"));
    assertEquals(1, none.status());
    assertEquals("seapopym: error: --restarts must be >= 0, and 0 with --restart-strategy none, but "
        + "was 3 with none\n", none.err());
    Result bad = run(args(dir.resolve("bad"), "--optimizer", "cmaes", "--restart-strategy", "lpop"));
    assertEquals("seapopym: error: restart strategy must be none, ipop or bipop, but was 'lpop'\n",
        bad.err());
    assertFalse(Files.exists(dir.resolve("ga")));
    assertFalse(Files.exists(dir.resolve("none")));
  }

  @Test
  void anUnknownOptimizerIsRejected() {
    Result r = run(args(dir.resolve("none"), "--optimizer", "pso"));
    assertEquals(1, r.status());
    assertEquals("seapopym: error: --optimizer must be ga or cmaes, but was 'pso'\n", r.err());
  }

  @Test
  void theSparkEngineWithoutTheSparkModuleFailsWithAClearMessage() {
    Path out = dir.resolve("spark");
    Result r = run(args(out, "--engine", "spark", "--master", "local[1]"));
    assertEquals(1, r.status());
    assertTrue(r.err().startsWith("seapopym: error: no evaluation engine 'spark' on the "
        + "classpath"), r.err());
    assertFalse(Files.exists(out.resolve("logbook.csv")));
  }

  @Test
  void aMasterWithTheLocalEngineIsRejected() {
    Result r = run(args(dir.resolve("none"), "--master", "local[2]"));
    assertEquals(1, r.status());
    assertEquals("seapopym: error: --master is for --engine spark, but the engine is local\n",
        r.err());
  }

  @Test
  void aBadSpaceFileIsReportedOnOneLine() throws IOException {
    Path space = dir.resolve("space.csv");
    Files.writeString(space, "group,parameter,value,min,max\nD1N1,tr_0,,5,1\n");
    String[] a = args(dir.resolve("none"));
    a[Arrays.asList(a).indexOf("--space") + 1] = space.toString();
    Result r = run(a);
    assertEquals(1, r.status());
    assertEquals("seapopym: error: " + space + " line 2, column 'max': expected a value greater "
        + "than min (5), found 1\n", r.err());
  }

  @Test
  void withNoOptimiserOptionsCalibrateRecoversTheTwinWithinOnePercent() throws IOException {
    Path out = dir.resolve("defaults");
    Result r = run(args(out, "--max-evaluations", "3000"));
    assertEquals(0, r.status(), r.err());
    double[] x = GroupsCsv.read(out.resolve(CalibrateCommand.BEST)).stream()
        .map(g -> new double[] {g.energyTransfert(), g.lambdaTemperature0()}).findFirst()
        .orElseThrow();
    // The criterion: 1 % of the true value.
    assertEquals(TRUTH.energyTransfert(), x[0], 0.01 * TRUTH.energyTransfert());
    assertEquals(TRUTH.lambdaTemperature0(), x[1], 0.01 * TRUTH.lambdaTemperature0());
    String summary = Files.readString(out.resolve(CalibrateCommand.SUMMARY));
    assertTrue(summary.contains("\"optimizer\": \"cmaes\""), summary);
    assertTrue(summary.contains("restart_strategy=ipop"), summary);
    assertTrue(summary.contains("\"stop_reason\": \"evaluations\""), summary);
    assertTrue(summary.contains("\"identifiability\": {\"correlations\": {\"D1N1.energy_transfert"
        + "|D1N1.lambda_temperature_0\": ") || summary.contains("\"D1N1.energy_transfert"
        + "|D1N1.lambda_temperature_0\""), summary);
    assertEquals("parameter_a,parameter_b,correlation",
        Files.readAllLines(out.resolve("identifiability.csv")).get(0));
    assertEquals("parameter,value,fitness", Files.readAllLines(out.resolve("profiles.csv")).get(0));
  }

  @Test
  void thePresetSeapopymOptimizationIsTheDeapParityGaAndStaysOverridable() throws IOException {
    Path out = dir.resolve("preset");
    assertEquals(0, run(args(out, "--preset", "seapopym-optimization", "--population", "8",
        "--generations", "2")).status());
    assertTrue(Files.readString(out.resolve(CalibrateCommand.SUMMARY)).contains("population=8 "
        + "tournament=3 crossover=two_point cxpb=0.9 cxeta=20.0 mutpb=1.0 indpb=0.2 eta=20.0 "
        + "elitism=0"));
    Path ga = dir.resolve("ga");
    assertEquals(0, run(args(ga, "--optimizer", "ga", "--generations", "2")).status());
    assertTrue(Files.readString(ga.resolve(CalibrateCommand.SUMMARY)).contains("population=32 "
        + "tournament=3 crossover=simulated_binary cxpb=0.9 cxeta=20.0 mutpb=1.0 indpb=1/n "
        + "eta=20.0 elitism=2"));
    Result cma = run(args(dir.resolve("bad"), "--preset", "seapopym-optimization", "--optimizer",
        "cmaes"));
    assertEquals("seapopym: error: --preset seapopym-optimization is a ga preset, but the "
        + "optimizer is cmaes\n", cma.err());
  }

  @Test
  void patienceStopsEarlyAndTheReasonIsInTheSummary() throws IOException {
    Path out = dir.resolve("patience");
    Result r = run(args(out, "--patience", "2", "--tolerance", "0.9", "--min-generations", "4"));
    assertEquals(0, r.status(), r.err());
    assertEquals(4, Logbook.read(out.resolve("logbook.csv")).generations(),
        "no relative improvement above 90 %: stops at the minimum of 4 generations");
    assertTrue(Files.readString(out.resolve(CalibrateCommand.SUMMARY))
        .contains("\"stop_reason\": \"patience\""));
  }

  @Test
  void anEnsembleWritesEveryMemberTheTableAndTheSpreadAndTheBestMembersGroups()
      throws IOException {
    Path out = dir.resolve("ensemble");
    Result r = run(args(out, "--ensemble", "3", "--max-evaluations", "300"));
    assertEquals(0, r.status(), r.err());
    List<String> csv = Files.readAllLines(out.resolve("ensemble.csv"));
    assertEquals("seed,best_fitness,evaluations,generations,stop_reason,D1N1.energy_transfert,"
        + "D1N1.lambda_temperature_0", csv.get(0));
    assertEquals(4, csv.size());
    assertTrue(csv.get(1).startsWith("9,") && csv.get(3).startsWith("11,"), csv.toString());
    String summary = Files.readString(out.resolve(CalibrateCommand.SUMMARY));
    assertTrue(summary.contains("\"members\": 3"), summary);
    assertTrue(summary.contains("\"p10\": "), summary);
    long best = Json.read(out.resolve(CalibrateCommand.SUMMARY)).get("seed").asLong();
    assertEquals(Files.readString(out.resolve("member-" + best).resolve(CalibrateCommand.BEST)),
        Files.readString(out.resolve(CalibrateCommand.BEST)));
    assertTrue(Files.exists(out.resolve("member-10").resolve("logbook.csv")));
  }

  @Test
  void aKilledEnsembleResumesToTheOutputsOfAnUninterruptedOne() throws IOException {
    Path straight = dir.resolve("straight");
    Path killed = dir.resolve("killed");
    assertEquals(0, run(args(straight, "--ensemble", "3", "--max-evaluations", "200")).status());
    CalibrateCommand dying = new CalibrateCommand();
    int[] generations = {0};
    dying.progress = err -> g -> {
      if (++generations[0] == 40) { // in the second member: the first needs about 34
        throw new IllegalStateException("killed");
      }
    };
    assertEquals(1, run(dying, args(killed, "--ensemble", "3", "--max-evaluations", "200"))
        .status());
    assertFalse(Files.exists(killed.resolve("ensemble.csv")));
    String[] again = args(killed, "--ensemble", "3", "--max-evaluations", "200", "--resume");
    again[Arrays.asList(again).indexOf("--threads") + 1] = "1"; // thread count does not matter
    Result resumed = run(again);
    assertEquals(0, resumed.status(), resumed.err());
    for (String file : List.of("ensemble.csv", CalibrateCommand.BEST, "identifiability.csv",
        "profiles.csv")) {
      assertEquals(Files.readString(straight.resolve(file)), Files.readString(killed.resolve(file)),
          file);
    }
    for (int seed = 9; seed <= 11; seed++) {
      assertEquals(Logbook.read(straight.resolve("member-" + seed).resolve("logbook.csv"))
          .csv(false), Logbook.read(killed.resolve("member-" + seed).resolve("logbook.csv"))
          .csv(false), "member " + seed);
    }
  }
}
