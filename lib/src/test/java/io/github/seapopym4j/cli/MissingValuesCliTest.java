package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15 item 2: missing values are reported when forcings load, a first-step NaN that masks a
 * layer for the whole run is warned about with the option that changes the policy, and unphysical
 * values are refused.
 */
class MissingValuesCliTest {

  @TempDir
  Path dir;

  private CliRun.Result run(Path[] f, String... extra) throws IOException {
    String[] base = {"--temperature", f[0].toString(), "--primary-production", f[1].toString(),
        "--groups", CliRun.groups(dir, "G,0.1,1,1,0.01,0.15,3,-0.1").toString(), "--out",
        dir.resolve("out").toString()};
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CliRun.run(new RunCommand(), args);
  }

  /** One NaN temperature at the first step of cell (0.5, 1.5), layer 1. */
  private Path[] firstStepNan() throws IOException {
    return CliRun.forcings(dir, 10, 2, 20, 1,
        (d, lon, l, line) -> d == 0 && lon == 1.5 && l == 0 ? line.replace(",20.0", ",NaN") : line);
  }

  @Test
  void aFirstStepNanIsWarnedAboutNamingCellLayerAndTheOption() throws IOException {
    CliRun.Result r = run(firstStepNan());
    assertEquals(0, r.status(), r.toString());
    assertTrue(r.err().contains("seapopym: warning: temperature " + dir.resolve("t.csv"))
        && r.err().contains(": 1 layer(s) NaN at the first step are "
        + "masked for the whole run although they have values later"), r.err());
    assertTrue(r.err().contains("layer 1 of cell lat 0.5, lon 1.5 (NaN at 2000-01-01, values at 9 "
        + "later steps)"), r.err());
    assertTrue(r.err().contains("use --missing-layer mask-production"), r.err());
  }

  @Test
  void missingValuesAreCountedPerVariableAndLayer() throws IOException {
    CliRun.Result r = run(firstStepNan());
    assertTrue(r.err().contains("seapopym: note: t.csv, primary production pp.csv: missing values "
        .replace("t.csv, primary production pp.csv", "temperature " + dir.resolve("t.csv")
            + ", primary production " + dir.resolve("pp.csv"))
        + "(NaN) in ocean cells: temperature layer 1: 1 (1 cells), layer 2: 0 (0 cells); primary "
        + "production: 0 (0 cells); first: temperature layer 1 at 2000-01-01, lat 0.5, lon 1.5"),
        r.err());
  }

  @Test
  void theMissingLayerPolicyIsACliOption() throws IOException {
    Path[] f = firstStepNan();
    CliRun.Result upstream = run(f);
    String a = Files.readString(dir.resolve("out/biomass.csv"));
    CliRun.Result masked = run(f, "--missing-layer", "mask-production");
    assertEquals(0, masked.status(), masked.toString());
    String b = Files.readString(dir.resolve("out/biomass.csv"));
    assertNotEquals(a, b, "mask-production must change the masked cell's biomass");
    CliRun.Result bad = run(f, "--missing-layer", "sometimes");
    assertEquals(1, bad.status(), bad.toString());
    assertTrue(bad.err().contains("--missing-layer: expected upstream or mask-production, but found "
        + "'sometimes'"), bad.err());
    assertEquals(0, upstream.status());
  }

  @Test
  void aTemperatureOfAMillionDegreesIsRefusedWithTheRange() throws IOException {
    Path[] f = CliRun.forcings(dir, 3, 1, 20, 1,
        (d, lon, l, line) -> d == 1 && lon == 0.5 ? line.replace(",20.0", ",1e6") : line);
    CliRun.Result r = run(f);
    assertEquals(1, r.status(), r.toString());
    assertTrue(r.err().contains("temperature must be in [-10.0, 100.0] °C, but was 1000000.0 °C at "
        + "2000-01-02, lat 0.5, lon 0.5 layer 1"), r.err());
    assertTrue(Files.notExists(dir.resolve("out/biomass.csv")));
  }

  @Test
  void anUnusualTemperatureIsWarnedAboutWithTheUsualRange() throws IOException {
    Path[] f = CliRun.forcings(dir, 3, 1, 20, 1,
        (d, lon, l, line) -> d == 1 && lon == 0.5 ? line.replace(",20.0", ",45") : line);
    CliRun.Result r = run(f);
    assertEquals(0, r.status(), r.toString());
    assertTrue(r.err().contains("temperatures range from 20.0 °C (2000-01-01, lat 0.5, lon 0.5 "
        + "layer 1) to 45.0 °C (2000-01-02, lat 0.5, lon 0.5 layer 1), outside the usual [-3.0, "
        + "40.0] °C of sea water"), r.err());
  }
}
