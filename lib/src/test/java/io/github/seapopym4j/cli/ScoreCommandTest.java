package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.cli.CliRun.Result;
import io.github.seapopym4j.fitness.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {

  private static final String GROUPS_HEADER = "name,energy_transfert,day_layer,night_layer,"
      + "lambda_temperature_0,gamma_lambda_temperature,tr_0,gamma_tr\n";

  @TempDir
  Path dir;

  /** The "key": value pairs of a JSON line that {@code out} holds. */
  private static Map<String, String> json(String out) {
    Map<String, String> m = new HashMap<>();
    Matcher x = Pattern.compile("\"([a-z-]+)\": ([^,}]+)").matcher(out);
    while (x.find()) {
      m.put(x.group(1), x.group(2));
    }
    return m;
  }

  private static Result run(String... args) {
    return CliRun.command(new ScoreCommand(), args);
  }

  /**
   * A run on 1×2 cells, 3 days: group 0 (D1N1, day 1, night 1) = 1 + t, group 1 (D2N1, day 2,
   * night 1) = 10 + t everywhere.
   */
  private Path runDir(boolean withGroups) throws IOException {
    Path run = Files.createDirectories(dir.resolve("run"));
    StringBuilder b = new StringBuilder("time,lat,lon,group,value\n");
    for (int g = 0; g < 2; g++) {
      for (int t = 0; t < 3; t++) {
        for (double lon : new double[] {151.5, 152.5}) {
          b.append(String.format("2000-01-0%d,21.5,%s,%d,%s%n", t + 1, lon, g, (g == 0 ? 1 : 10) + t));
        }
      }
    }
    Files.writeString(run.resolve("biomass.csv"), b);
    if (withGroups) {
      Files.writeString(run.resolve("groups.csv"), GROUPS_HEADER
          + "D1N1,0.1668,1,1,0.0066,0.15,10.38,-0.11\nD2N1,0.1,2,1,0.0066,0.15,10.38,-0.11\n");
    }
    return run;
  }

  private Path observations(String rows) throws IOException {
    Path f = dir.resolve("obs.csv");
    Files.writeString(f, "time,lat,lon,value,period\n" + rows);
    return f;
  }

  /** Errors {0, 1, 1}: day → group 0 (1); night → both (2 + 11); untagged → both (3 + 12). */
  private Path threeObservations() throws IOException {
    return observations("2000-01-01,21.5,151.5,1,day\n2000-01-02,21.5,152.5,12,night\n"
        + "2000-01-03,21.5,151.5,14,\n2000-01-05,21.5,151.5,14,\n");
  }

  @Test
  void printsTheNamedMetricsAsOneJsonObject() throws IOException {
    Result r = run("--run", runDir(true).toString(), "--observations",
        threeObservations().toString(), "--metric", "rmse", "--metric", "bias");
    assertEquals(0, r.status(), r.err());
    assertEquals(1, r.out().strip().lines().count(), r.out());
    Map<String, String> json = json(r.out());
    assertEquals(List.of("n", "rmse", "bias").size(), json.size(), r.out());
    assertEquals("3", json.get("n"));
    assertEquals(Math.sqrt(2.0 / 3), Double.parseDouble(json.get("rmse")), 1e-15);
    assertEquals(2.0 / 3, Double.parseDouble(json.get("bias")), 1e-15);
    // The observation of 2000-01-05 is after the run: named on stderr, not scored.
    assertTrue(r.err().contains("3 of 4 observations matched") && r.err().contains("line 5"),
        r.err());
  }

  @Test
  void printsEveryMetricWhenNoneIsNamedAndNanAsNull() throws IOException {
    // A constant observed series: nrmse-std, nrmse-range, pearson, spearman, nse, kge undefined.
    Result r = run("--run", runDir(true).toString(), "--observations", observations(
        "2000-01-01,21.5,151.5,2,\n2000-01-02,21.5,151.5,2,\n").toString());
    assertEquals(0, r.status(), r.err());
    Map<String, String> json = json(r.out());
    assertEquals(12, json.size(), r.out());
    assertEquals("null", json.get("nrmse-std"));
    assertEquals("null", json.get("kge"));
    // Predictions 11 and 13 against 2 and 2: mae = 10.
    assertEquals(10.0, Double.parseDouble(json.get("mae")));
    assertTrue(r.out().startsWith("{\"n\": 2, \"rmse\": "), r.out());
  }

  @Test
  void withoutGroupsFileDayObservationsCannotBeMatched() throws IOException {
    Result r = run("--run", runDir(false).toString(), "--observations",
        threeObservations().toString());
    assertEquals(1, r.status());
    assertTrue(r.err().contains("layers of group '0' are unknown"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    Result total = run("--run", runDir(false).toString(), "--observations",
        observations("2000-01-03,21.5,151.5,15,\n").toString(), "--metric", "rmse");
    assertEquals(0, total.status(), total.err());
    assertEquals("0.0", json(total.out()).get("rmse"));
  }

  @Test
  void badInputExitsNonZeroWithOneLine() throws IOException {
    Path run = runDir(true);
    Path obs = threeObservations();
    Result metric = run("--run", run.toString(), "--observations", obs.toString(), "--metric", "r2");
    assertEquals(1, metric.status());
    assertTrue(metric.err().contains("unknown metric 'r2'"), metric.err());
    Result noRun = run("--run", dir.resolve("nothing").toString(), "--observations", obs.toString());
    assertEquals(1, noRun.status());
    assertEquals("seapopym: error: run directory " + dir.resolve("nothing") + " does not exist",
        noRun.err().strip());
    Result noBiomass = run("--run", Files.createDirectories(dir.resolve("empty")).toString(),
        "--observations", obs.toString());
    assertTrue(noBiomass.err().startsWith("seapopym: error: ")
        && noBiomass.err().contains("biomass.csv"), noBiomass.err());
    Result noObs = run("--run", run.toString(), "--observations", dir.resolve("o.csv").toString());
    assertEquals("seapopym: error: observations file " + dir.resolve("o.csv") + " does not exist",
        noObs.err().strip());
    Result runIsAFile = run("--run", obs.toString(), "--observations", obs.toString());
    assertEquals("seapopym: error: run directory " + obs + " is not a directory",
        runIsAFile.err().strip());
    Result outside = run("--run", run.toString(), "--observations",
        observations("2000-01-01,30.0,151.5,1,day\n").toString());
    assertEquals(1, outside.status());
    assertTrue(outside.err().contains("obs.csv line 2") && outside.err().contains("latitude 30.0"),
        outside.err());
    assertEquals("", outside.out());
  }

  @Test
  void scoresTheReferenceGridRunByPeriod() throws IOException {
    // SeapoPym v0.1 grid A: D1N1 (day 1, night 1) and D2N1_BIS (day 2, night 1). A day observation
    // equal to D1N1's biomass and a night one equal to the sum of both must score exactly 0.
    Path reference = SharedData.require("reference/seapopym-v0.1-grid-A/biomass.csv");
    Path run = Files.createDirectories(dir.resolve("grid-a"));
    Files.createSymbolicLink(run.resolve("biomass.csv"), reference);
    Files.writeString(run.resolve("groups.csv"), GROUPS_HEADER
        + "D1N1,0.1668,1,1,0.006666666666666667,0.15,10.38,-0.11\n"
        + "D2N1_BIS,0.0834,2,1,0.0033333333333333335,0.075,5.19,-0.055\n");
    double g0 = 0;
    double g1 = 0;
    for (String line : Files.readAllLines(reference)) {
      if (line.startsWith("2000-06-01,21.5,151.5,0,")) {
        g0 = Double.parseDouble(line.split(",")[4]);
      } else if (line.startsWith("2000-06-01,21.5,151.5,1,")) {
        g1 = Double.parseDouble(line.split(",")[4]);
      }
    }
    assertTrue(g0 > 0 && g1 > 0, "reference rows found");
    Path obs = observations("2000-06-01,21.5,151.5," + g0 + ",day\n2000-06-01,21.5,151.5,"
        + (g0 + g1) + ",night\n");
    Result r = run("--run", run.toString(), "--observations", obs.toString(), "--metric", "rmse");
    assertEquals(0, r.status(), r.err());
    assertEquals("{\"n\": 2, \"rmse\": 0.0}", r.out().strip());
  }
}
