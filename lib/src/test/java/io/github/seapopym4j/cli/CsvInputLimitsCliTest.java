package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #15 item 11: CSV lines are bounded and errors quote at most ~100 printable characters. */
class CsvInputLimitsCliTest {

  @TempDir
  Path dir;

  /** A file of one 3 MB line with no line break (200 MB in the issue; the bound is 1 MiB). */
  private Path oneLongLine(String name, String start) throws IOException {
    Path f = dir.resolve(name);
    byte[] chunk = "1234567,".repeat(1 << 12).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream o = Files.newOutputStream(f)) {
      o.write(start.getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < 100; i++) {
        o.write(chunk);
      }
    }
    return f;
  }

  private Path binary(String name) throws IOException {
    byte[] b = new byte[4096];
    new Random(7).nextBytes(b);
    return Files.write(dir.resolve(name), b);
  }

  @Test
  void aForcingLineWithoutLineBreakIsRefusedQuotingAShortStart() throws IOException {
    Path[] f = CliRun.forcings(dir, 3, 1, 20, 1, (d, lon, l, line) -> line);
    Path t = oneLongLine("long.csv", "time,lat,lon,layer,value\n");
    CliRun.Result r = CliRun.run(new RunCommand(), "--temperature", t.toString(),
        "--primary-production", f[1].toString(), "--groups",
        CliRun.groups(dir, "G,0.1,1,1,0.01,0.15,10,-0.1").toString(), "--out",
        dir.resolve("out").toString());
    assertEquals(1, r.status(), r.toString());
    assertTrue(r.err().contains("long.csv: line 2: expected lines of at most 1048576 bytes in a "
        + "temperature file (is it a text CSV file with line breaks?), found a longer one, starting "
        + "'1234567,"), r.err());
    assertTrue(r.err().length() < 500, "error of " + r.err().length() + " characters");
  }

  @Test
  void aGroupsFileWithoutLineBreakIsRefusedQuotingAShortStart() throws IOException {
    Path[] f = CliRun.forcings(dir, 3, 1, 20, 1, (d, lon, l, line) -> line);
    Path g = oneLongLine("groups-long.csv", "");
    CliRun.Result r = CliRun.run(new RunCommand(), "--temperature", f[0].toString(),
        "--primary-production", f[1].toString(), "--groups", g.toString(), "--out",
        dir.resolve("out").toString());
    assertEquals(1, r.status(), r.toString());
    assertTrue(r.err().contains("groups-long.csv: line 1: expected a record of at most 1048576 "
        + "characters"), r.err());
    assertTrue(r.err().length() < 500, "error of " + r.err().length() + " characters");
  }

  @Test
  void aBinaryFileRenamedCsvIsRefusedWithoutEchoingRawBytes() throws IOException {
    Path[] f = CliRun.forcings(dir, 3, 1, 20, 1, (d, lon, l, line) -> line);
    CliRun.Result r = CliRun.run(new RunCommand(), "--temperature", binary("t.bin.csv").toString(),
        "--primary-production", f[1].toString(), "--groups",
        CliRun.groups(dir, "G,0.1,1,1,0.01,0.15,10,-0.1").toString(), "--out",
        dir.resolve("out").toString());
    assertEquals(1, r.status(), r.toString());
    String line = r.err().strip();
    assertTrue(line.startsWith("seapopym: error: "), line);
    assertTrue(line.contains("t.bin.csv: line 1: expected the header 'time,lat,lon,layer,value'"),
        line);
    assertFalse(line.chars().anyMatch(Character::isISOControl), "raw control bytes in: " + line);
    assertTrue(line.length() < 500, "error of " + line.length() + " characters");
  }
}
