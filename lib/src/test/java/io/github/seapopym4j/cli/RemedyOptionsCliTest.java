package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #15 item 13: remedies that named the Java API are CLI options. */
class RemedyOptionsCliTest {

  @TempDir
  Path dir;

  private Path runDir() throws IOException {
    Path[] f = CliRun.forcings(dir, 5, 1, 20, 1, (d, lon, l, line) -> line);
    Path out = dir.resolve("run");
    CliRun.Result r = CliRun.run(new RunCommand(), "--temperature", f[0].toString(),
        "--primary-production", f[1].toString(), "--groups",
        CliRun.groups(dir, "G,0.1,1,1,0.01,0.15,3,-0.1").toString(), "--out", out.toString());
    assertEquals(0, r.status(), r.toString());
    return out;
  }

  @Test
  void cellToleranceAcceptsAnObservationBeyondHalfTheSpacing() throws IOException {
    Path run = runDir();
    Path obs = Files.writeString(dir.resolve("obs.csv"), "time,lat,lon,value\n"
        + "2000-01-02,0.5,2.3,1\n2000-01-03,0.5,0.5,1\n");
    CliRun.Result strict = CliRun.run(new ScoreCommand(), "--run", run.toString(),
        "--observations", obs.toString(), "--metric", "rmse");
    assertEquals(1, strict.status(), strict.toString());
    assertTrue(strict.err().contains("set --cell-tolerance DEG (MatchConfig.withCellTolerance) to accept it"), strict.err());
    CliRun.Result loose = CliRun.run(new ScoreCommand(), "--run", run.toString(),
        "--observations", obs.toString(), "--metric", "rmse", "--cell-tolerance", "1");
    assertEquals(0, loose.status(), loose.toString());
    assertTrue(loose.out().contains("\"n\": 2"), loose.out());
  }

  @Test
  void netcdfVariableNamesAreOptions() {
    String file = CliRun.resource("cases/case2_2d_land_shallow.nc").toString();
    CliRun.Result r = CliRun.run(new ForcingsCommand(), "--temperature", file,
        "--primary-production", file, "--temperature-variable", "thetao");
    assertEquals(1, r.status(), r.toString());
    assertTrue(r.err().contains("'thetao'") && r.err().contains("does not exist"), r.err());
    CliRun.Result ok = CliRun.run(new ForcingsCommand(), "--temperature", file,
        "--primary-production", file, "--primary-production-variable", "primary_production");
    assertEquals(0, ok.status(), ok.toString());
  }

  @Test
  void runRestrictsItsCellsToABox() throws IOException {
    Path[] f = CliRun.forcings(dir, 3, 1, 20, 1, (d, lon, l, line) -> line);
    Path out = dir.resolve("box");
    CliRun.Result r = CliRun.run(new RunCommand(), "--temperature", f[0].toString(),
        "--primary-production", f[1].toString(), "--groups",
        CliRun.groups(dir, "G,0.1,1,1,0.01,0.15,3,-0.1").toString(), "--out", out.toString(),
        "--cells", "0:1,0:1");
    assertEquals(0, r.status(), r.toString());
    assertTrue(r.out().contains("× 1 cells"), r.out());
    String biomass = Files.readString(out.resolve("biomass.csv"));
    assertTrue(biomass.contains(",0.5,0.5,") && !biomass.contains(",1.5,"), biomass);
    CliRun.Result empty = CliRun.run(new RunCommand(), "--temperature", f[0].toString(),
        "--primary-production", f[1].toString(), "--groups", dir.resolve("groups.csv").toString(),
        "--out", out.toString(), "--cells", "10:11,0:1");
    assertEquals(1, empty.status(), empty.toString());
    assertTrue(empty.err().contains("--cells: cell selection: no cell of"), empty.err());
  }
}
