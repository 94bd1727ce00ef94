package io.github.seapopym4j.examples.bollinger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seapopym profile --workload sweep} profiles the Bollinger sweep of this module. */
class BollingerWorkloadTest {

  @TempDir
  Path dir;

  @Test
  void sweepWorkloadTimesTheSweep() throws Exception {
    Path out = dir.resolve("sweep");
    CliRun.Result r = CliRun.seapopym("profile", "--workload", "sweep", "--grid", "3x3x3",
        "--no-jfr", "--out", out.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(Files.readString(out.resolve("stages.csv")).contains("\nrun,1,"));
  }
}
