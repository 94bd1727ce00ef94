package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.netcdf.NetcdfFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticForcingsCommandTest {

  @TempDir Path dir;

  private record Result(int status, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = SeapopymCli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Result(status, out.toString(), err.toString());
  }

  @Test
  void writesBothFilesWithTheRequestedGridAndDays() {
    Result r = run("forcings", "synthetic", "--lat-step", "10", "--lon-step", "10",
        "--lat-range=-85:85", "--start", "1998-01-01", "--days", "3", "--land-fraction", "0.25",
        "--seed", "9", "--format", "netcdf", "--out", dir.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("seapopym forcings synthetic: wrote temperature.nc, "
        + "primary_production.nc (18 lat × 36 lon × 3 days"), r.out());
    try (NetcdfFile t = NetcdfFile.open(dir.resolve("temperature.nc"))) {
      assertEquals(List.of("time", "layer", "lat", "lon"), t.variable("temperature").dimensions());
      assertEquals(3, t.records());
    }
    Result check = run("forcings", "--temperature", dir.resolve("temperature.nc").toString(),
        "--primary-production", dir.resolve("primary_production.nc").toString());
    assertEquals(0, check.status(), check.err());
  }

  @Test
  void badOptionsAreOneLineErrors() {
    Result r = run("forcings", "synthetic", "--lat-range=-85", "--days", "3", "--out",
        dir.toString());
    assertEquals(1, r.status());
    assertTrue(r.err().startsWith("seapopym: error: --lat-range: expected MIN:MAX"), r.err());
    r = run("forcings", "synthetic", "--days", "3", "--format", "csv", "--out", dir.toString());
    assertTrue(r.err().startsWith("seapopym: error: --format: expected netcdf"), r.err());
  }

  @Test
  void forcingsWithoutTheSubcommandStillRequiresBothFiles() {
    Result r = run("forcings");
    assertEquals(2, r.status());
    assertEquals("seapopym: error: Missing required options: '--temperature=FILE', "
        + "'--primary-production=FILE' (see 'seapopym forcings --help')", r.err().strip());
  }

  /**
   * Streaming: 100 days of the 1° global grid (24 million values, 196 MB as doubles) written by a
   * JVM limited to a 64 MB heap, then run by one.
   */
  @Test
  void aGlobalGridIsWrittenWithinA64MbHeap() throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
        "-cp", System.getProperty("java.class.path"), SeapopymCli.class.getName(),
        "forcings", "synthetic", "--lat-step", "1", "--lon-step", "1", "--lat-range=-84.5:84.5",
        "--days", "100", "--format", "netcdf", "--out", dir.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "timed out");
    assertEquals(0, p.exitValue(), out);
    long cells = 170L * 360;
    assertTrue(Files.size(dir.resolve("temperature.nc")) > 100 * cells * 3 * 4);
    try (NetcdfFile pp = NetcdfFile.open(dir.resolve("primary_production.nc"))) {
      assertEquals(100, pp.records());
      double[] last = pp.readRecords("primary_production", 99, 1);
      long nan = java.util.Arrays.stream(last).filter(Double::isNaN).count();
      assertEquals(0.3, (double) nan / cells, 1e-4, "land fraction of the last day");
    }

    // and run over in a 64 MB heap too: the whole grid would need about 600 MB in memory, so the
    // run streams it from the files (StreamedRun.run)
    Path groups = Files.writeString(dir.resolve("groups.csv"), "name,energy_transfert,day_layer,"
        + "night_layer,lambda_temperature_0,gamma_lambda_temperature,tr_0,gamma_tr\n"
        + "D1N1,0.1668,1,1,0.006666666666666667,0.15,10.38,-0.11\n");
    List<String> run = new ArrayList<>(cmd.subList(0, 5));
    run.addAll(List.of("run", "--temperature", dir.resolve("temperature.nc").toString(),
        "--primary-production", dir.resolve("primary_production.nc").toString(), "--groups",
        groups.toString(), "--out", dir.resolve("out").toString(), "--variables", "biomass",
        "--float32"));
    Process r = new ProcessBuilder(run).redirectErrorStream(true).start();
    String text = new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(r.waitFor(300, TimeUnit.SECONDS), "timed out");
    assertEquals(0, r.exitValue(), text);
    assertTrue(text.contains("streaming it from the files"), text);
    try (NetcdfFile nc = NetcdfFile.open(dir.resolve("out/outputs.nc"))) {
      assertEquals(100, nc.records());
      double[] last = nc.readRecords("biomass", 99, 1);
      assertEquals(0.3, java.util.Arrays.stream(last).filter(Double::isNaN).count() / (double) cells,
          1e-4, "land as NaN");
      assertTrue(java.util.Arrays.stream(last).filter(v -> !Double.isNaN(v)).allMatch(v -> v > 0));
    }
  }
}
