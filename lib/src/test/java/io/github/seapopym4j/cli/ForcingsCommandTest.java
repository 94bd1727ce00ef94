package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.cli.CliRun.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForcingsCommandTest {

  @TempDir
  Path dir;

  private static Result run(String... args) {
    return CliRun.seapopym(args);
  }

  /**
   * 2 days × 1 cell (20.5°N, 150.5°E) × 2 layers. Layer 1: 10, 12 °C; layer 2: 5 °C then missing.
   * Production 0.5 then 1.5 g/m2/day.
   */
  private Path[] files() throws IOException {
    Path t = dir.resolve("t.csv");
    Path pp = dir.resolve("pp.csv");
    Files.writeString(t, "time,lat,lon,layer,value\n"
        + "2000-01-01,20.5,150.5,1,10\n2000-01-01,20.5,150.5,2,5\n"
        + "2000-01-02,20.5,150.5,1,12\n2000-01-02,20.5,150.5,2,NaN\n");
    Files.writeString(pp, "time,lat,lon,value\n"
        + "2000-01-01,20.5,150.5,0.5\n2000-01-02,20.5,150.5,1.5\n");
    return new Path[] {t, pp};
  }

  /** A table row as Tablesaw prints it: the cells in order, each followed by a column bar. */
  private static Pattern row(String... cells) {
    return Pattern.compile("(?m)^\\s*" + String.join("\\s*\\|\\s*", cells) + "\\s*\\|\\s*$");
  }

  @Test
  void printsTheGridTimeAxisAndASummaryRowPerVariable() throws IOException {
    Path[] f = files();
    Result r = run("forcings", "--temperature", f[0].toString(), "--primary-production",
        f[1].toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().contains("2000-01-01..2000-01-02, dt=1 d, 2 steps"), r.out());
    assertTrue(r.out().contains("lat 1, lon 1, layers [1, 2]"), r.out());
    // mean of layer 1 = (10 + 12) / 2; layer 2 keeps its one value and counts one NaN
    assertTrue(row("temperature", "degC", "1", "10", "11", "12", "0").matcher(r.out()).find(), r.out());
    assertTrue(row("temperature", "degC", "2", "5", "5", "5", "1").matcher(r.out()).find(), r.out());
    assertTrue(row("primary_production", "g/m2/day", "", "0.5", "1", "1.5", "0").matcher(r.out()).find(),
        r.out());
  }

  @Test
  void aMissingFileIsOneLineNamingIt() throws IOException {
    Path[] f = files();
    Path missing = dir.resolve("nowhere.csv");
    Result r = run("forcings", "--temperature", missing.toString(), "--primary-production",
        f[1].toString());
    assertEquals(1, r.status());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("seapopym: error: "), r.err());
    assertTrue(r.err().contains("nowhere.csv"), r.err());
  }

  @Test
  void aMissingOptionIsAUsageError() {
    Result r = run("forcings", "--temperature", "t.csv");
    assertEquals(2, r.status());
    assertEquals("seapopym: error: Missing required option: '--primary-production=FILE' "
        + "(see 'seapopym forcings --help')", r.err().strip());
  }
}
