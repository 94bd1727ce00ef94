package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15 item 4: observations that cannot be scored are an error, excluded and counted (land),
 * warned about (fewer than half) and summarised with the full list in a file.
 */
class ScoreCoverageCliTest {

  @TempDir
  Path dir;

  /** A run over 10 days on cells lon 0.5 (land: every layer NaN) and 1.5 (ocean). */
  private Path runDir() throws IOException {
    Path[] f = CliRun.forcings(dir, 10, 1, 20, 1,
        (d, lon, l, line) -> lon == 0.5 ? line.replace(",20.0", ",NaN") : line);
    Files.writeString(f[1], Files.readString(f[1]).replaceAll("(,0\\.5,0\\.5),1\\.0", "$1,NaN"));
    Path out = dir.resolve("run");
    CliRun.Result r = CliRun.run(new RunCommand(), "--temperature", f[0].toString(),
        "--primary-production", f[1].toString(), "--groups",
        CliRun.groups(dir, "G,0.1,1,1,0.01,0.15,3,-0.1").toString(), "--out", out.toString());
    assertEquals(0, r.status(), r.toString());
    return out;
  }

  private CliRun.Result score(Path run, String rows) throws IOException {
    Path obs = Files.writeString(dir.resolve("obs.csv"), "time,lat,lon,value\n" + rows);
    return CliRun.run(new ScoreCommand(), "--run", run.toString(), "--observations", obs.toString(),
        "--metric", "rmse");
  }

  @Test
  void noObservationInsideTheRunIsAnErrorWithTheReason() throws IOException {
    CliRun.Result r = score(runDir(), "2001-05-01,0.5,1.5,1\n2001-06-01,0.5,1.5,1\n");
    assertEquals(1, r.status(), r.toString());
    assertTrue(r.err().contains("obs.csv: no observation can be scored against the run in "),
        r.err());
    assertTrue(r.err().contains("the run covers 2000-01-01..2000-01-10, lat [0.5, 0.5], lon [0.5, "
        + "1.5]; the observations cover 2001-05-01..2001-06-01, lat [0.5, 0.5], lon [1.5, 1.5]"),
        r.err());
  }

  @Test
  void landCellObservationsAreExcludedAndCounted() throws IOException {
    Path run = runDir();
    CliRun.Result r = score(run, "2000-01-02,0.5,0.5,5\n2000-01-03,0.5,1.5,1\n"
        + "2000-01-04,0.5,1.5,1\n");
    assertEquals(0, r.status(), r.toString());
    assertTrue(r.out().contains("\"n\": 2"), r.out());
    assertTrue(r.err().contains("2 of 3 observations matched; 1 on land cells not scored ("), r.err());
    assertTrue(Files.readString(run.resolve("skipped-observations.csv")).startsWith(
        "reason,observation\nland,"));
  }

  @Test
  void fewerThanHalfMatchedIsWarnedWithCounts() throws IOException {
    CliRun.Result r = score(runDir(), "2000-01-02,0.5,0.5,5\n2000-01-03,0.5,0.5,1\n"
        + "2001-01-04,0.5,1.5,1\n2000-01-04,0.5,1.5,1\n2000-01-05,0.5,0.5,1\n");
    assertEquals(0, r.status(), r.toString());
    assertTrue(r.err().contains("seapopym: warning: ") && r.err().contains("obs.csv: only 1 of 5 "
        + "observations were scored (1 outside the simulated period, 3 on land cells); the score "
        + "describes fewer than half of them"), r.err());
  }

  /** 3,000 observations outside the run: a short summary, the full list in the file. */
  @Test
  void skippedObservationsAreSummarisedNeverListedInFull() throws IOException {
    Path run = runDir();
    StringBuilder rows = new StringBuilder("2000-01-03,0.5,1.5,1\n");
    for (int i = 0; i < 3000; i++) {
      rows.append("2003-01-01,0.5,1.5,").append(i).append('\n');
    }
    CliRun.Result r = score(run, rows.toString());
    assertEquals(0, r.status(), r.toString());
    String note = r.err().lines().filter(l -> l.startsWith("seapopym: note:")).findFirst()
        .orElseThrow();
    assertTrue(note.contains("1 of 3001 observations matched; 3000 outside the simulated period "
        + "2000-01-01..2000-01-10 not scored (first: "), note);
    assertTrue(note.length() < 1000, "note of " + note.length() + " characters");
    List<String> file = Files.readAllLines(run.resolve("skipped-observations.csv"));
    assertEquals(3001, file.size());
  }
}
