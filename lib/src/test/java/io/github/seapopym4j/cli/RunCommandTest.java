package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.cli.CliRun.Result;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

  private static final String HEADER =
      "name,energy_transfert,day_layer,night_layer,lambda_temperature_0,gamma_lambda_temperature,tr_0,gamma_tr\n";
  /** The groups of reference grid-A (metadata.json). */
  private static final String GRID_A_GROUPS = HEADER
      + "D1N1,0.1668,1,1,0.006666666666666667,0.15,10.38,-0.11\n"
      + "D2N1_BIS,0.0834,2,1,0.0033333333333333335,0.075,5.19,-0.055\n";


  private static Path resource(String name) {
    try {
      return Path.of(RunCommandTest.class.getResource("/reference/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Result run(String... args) {
    return CliRun.command(new RunCommand(), args);
  }

  private static Result runGridA(Path groups, Path out, String... extra) {
    List<String> args = new ArrayList<>(List.of(
        "--temperature", resource("grid-A/forcing_temperature.csv.gz").toString(),
        "--primary-production", resource("grid-A/forcing_primary_production.csv.gz").toString(),
        "--groups", groups.toString(), "--out", out.toString()));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  private static List<String> gunzipLines(Path file) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      return r.lines().toList();
    }
  }

  /**
   * {@code seapopym run} on the grid-A files reproduces every reference output file, row for row:
   * same keys, values within 1e-10 relative where |value| > 1e-12, 1e-15 absolute below (the model
   * issue's tolerance).
   */
  @Test
  void gridAFilesReproduceTheReferenceOutputs(@TempDir Path dir) throws IOException {
    Path groups = Files.writeString(dir.resolve("groups-in.csv"), GRID_A_GROUPS);
    Path out = dir.resolve("out");
    Result r = runGridA(groups, out);
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("seapopym run: wrote biomass.csv"), r.out());
    for (String name : List.of("biomass", "production_recruited", "mortality", "average_temperature",
        "day_length")) {
      List<String> expected = gunzipLines(resource("grid-A/" + name + ".csv.gz"));
      List<String> actual = Files.readAllLines(out.resolve(name + ".csv"));
      assertEquals(expected.size(), actual.size(), name);
      assertEquals(expected.get(0), actual.get(0), name + " header");
      for (int i = 1; i < expected.size(); i++) {
        String e = expected.get(i);
        String a = actual.get(i);
        int cut = e.lastIndexOf(',');
        assertEquals(e.substring(0, cut), a.substring(0, a.lastIndexOf(',')), name + " line " + (i + 1));
        double ev = Double.parseDouble(e.substring(cut + 1));
        double av = Double.parseDouble(a.substring(a.lastIndexOf(',') + 1));
        double tol = Math.abs(ev) > 1e-12 ? 1e-10 * Math.abs(ev) : 1e-15;
        assertEquals(ev, av, tol, name + " line " + (i + 1));
      }
    }
    assertEquals(GRID_A_GROUPS, Files.readString(out.resolve("groups.csv")));
    assertEquals(List.of(), leftovers(dir), "no staging directory remains");
  }

  @Test
  void optionsSelectTheVariant(@TempDir Path dir) throws IOException {
    Path groups = Files.writeString(dir.resolve("g.csv"), GRID_A_GROUPS);
    Result r = runGridA(groups, dir.resolve("out"), "--scheme", "implicit", "--gillooly", "off",
        "--units", "kg", "--angle-horizon-sun", "6");
    assertEquals(0, r.status(), r.err());
    String line = Files.readAllLines(dir.resolve("out/average_temperature.csv")).get(1);
    assertEquals("2000-01-01,20.5,150.5,0,23.730683079567566", line, "raw temperature without Gillooly");
  }

  @Test
  void unknownGroupLayerFailsWithOneLineAndWritesNothing(@TempDir Path dir) throws IOException {
    Path groups = Files.writeString(dir.resolve("g.csv"), HEADER + "D4N1,0.1,4,1,0.01,0.1,10,-0.1\n");
    Path out = dir.resolve("out");
    Result r = runGridA(groups, out);
    assertEquals(1, r.status());
    assertEquals("seapopym: error: functional group 'D4N1': day_layer 4 is not a layer of the forcings",
        r.err().substring(0, r.err().indexOf(" (")));
    assertTrue(r.err().strip().endsWith("available layer labels: [1, 2, 3]"), r.err());
    assertEquals(1, r.err().strip().lines().count(), "one line");
    assertFalse(Files.exists(out));
    assertEquals(List.of(), leftovers(dir));
  }

  @Test
  void invalidParameterFailsNamingFileLineAndParameter(@TempDir Path dir) throws IOException {
    Path groups = Files.writeString(dir.resolve("g.csv"), HEADER + "A,0.1,1,1,0.01,0.1,-3,-0.1\n");
    Result r = runGridA(groups, dir.resolve("out"));
    assertEquals(1, r.status());
    assertEquals("seapopym: error: " + groups + ": line 2: functional group 'A': tr_0 [day] must be > 0, "
        + "but was -3.0", r.err().strip());
  }

  @Test
  void malformedGroupsFileFailsNamingLineAndColumn(@TempDir Path dir) throws IOException {
    Path groups = Files.writeString(dir.resolve("g.csv"), HEADER + "A,0.1,one,1,0.01,0.1,10,-0.1\n");
    Result r = runGridA(groups, dir.resolve("out"));
    assertEquals(1, r.status());
    assertEquals("seapopym: error: " + groups + ": line 2, column 'day_layer': expected an integer layer "
        + "label, but found 'one'", r.err().strip());
  }

  @Test
  void badOptionValueIsNamed(@TempDir Path dir) throws IOException {
    Path groups = Files.writeString(dir.resolve("g.csv"), GRID_A_GROUPS);
    Result r = runGridA(groups, dir.resolve("out"), "--scheme", "rk4");
    assertEquals(1, r.status());
    assertEquals("seapopym: error: --scheme: expected explicit or implicit, but found 'rk4'", r.err().strip());
    r = runGridA(groups, dir.resolve("out"), "--angle-horizon-sun", "100");
    assertEquals("seapopym: error: --angle-horizon-sun: expected degrees in [-90, 90], but found '100'",
        r.err().strip());
  }

  @Test
  void failureLeavesAnExistingDirectoryUntouched(@TempDir Path dir) throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("biomass.csv"), "old\n");
    Path groups = Files.writeString(dir.resolve("g.csv"), HEADER + "D4N1,0.1,4,1,0.01,0.1,10,-0.1\n");
    assertEquals(1, runGridA(groups, out).status());
    assertEquals("old\n", Files.readString(out.resolve("biomass.csv")));
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(1, s.count());
    }
  }

  @Test
  void missingForcingFileIsNamed(@TempDir Path dir) throws IOException {
    Path groups = Files.writeString(dir.resolve("g.csv"), GRID_A_GROUPS);
    Result r = run("--temperature", dir.resolve("nope.csv").toString(), "--primary-production",
        dir.resolve("nope.csv").toString(), "--groups", groups.toString(), "--out", dir.resolve("o").toString());
    assertEquals(1, r.status());
    assertTrue(r.err().startsWith("seapopym: error: ") && r.err().contains("nope.csv"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void aMissingFileIsReportedAsMissingNotAsAnIoError(@TempDir Path dir) throws IOException {
    Path groups = Files.writeString(dir.resolve("g.csv"), GRID_A_GROUPS);
    Path nope = dir.resolve("nope.csv");
    Result r = runGridA(nope, dir.resolve("out"));
    assertEquals(1, r.status());
    assertEquals("seapopym: error: groups file " + nope + " does not exist", r.err().strip());
    r = run("--temperature", nope.toString(), "--primary-production", nope.toString(), "--groups",
        groups.toString(), "--out", dir.resolve("o").toString());
    assertEquals("seapopym: error: temperature file " + nope + " does not exist", r.err().strip());
    r = run("--temperature", resource("grid-A/forcing_temperature.csv.gz").toString(),
        "--primary-production", dir.toString(), "--groups", groups.toString(), "--out",
        dir.resolve("o").toString());
    assertEquals("seapopym: error: primary production file " + dir + " is a directory, not a file",
        r.err().strip());
  }

  @Test
  void theWholeCommandLinePrintsTheSameOneLineError(@TempDir Path dir) {
    Path nope = dir.resolve("g.csv");
    Result r = CliRun.seapopym("run", "--temperature", nope.toString(), "--primary-production",
        nope.toString(), "--groups", nope.toString(), "--out", dir.resolve("o").toString());
    assertEquals(1, r.status());
    assertEquals("seapopym: error: temperature file " + nope + " does not exist", r.err().strip());
  }

  /** Hidden staging directories left in {@code dir}. */
  private static List<Path> leftovers(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith(".")).toList();
    }
  }
}
