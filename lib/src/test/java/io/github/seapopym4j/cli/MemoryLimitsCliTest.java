package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.forcing.ForcingLoader;
import io.github.seapopym4j.internal.MemoryBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15 item 10: memory is estimated before allocating and refused with a remedy; tr_0 has a
 * physical upper bound. The budget is capped with {@link MemoryBudget#LIMIT_PROPERTY} so that a small
 * file stands for one declaring gigabytes.
 */
class MemoryLimitsCliTest {

  @TempDir
  Path dir;

  @AfterEach
  void clearLimit() {
    System.clearProperty(MemoryBudget.LIMIT_PROPERTY);
  }

  /** case 2 declares 400 × 3 × 2 × 3 temperatures: 7,200 values, 115 kB to read, over a 50 kB cap. */
  @Test
  void aNetcdfVariableLargerThanTheMemoryLeftIsRefusedBeforeReading() {
    ForcingLoader.clearCache();
    System.setProperty(MemoryBudget.LIMIT_PROPERTY, "50000");
    String file = CliRun.resource("cases/case2_2d_land_shallow.nc").toString();
    CliRun.Result r = CliRun.run(new ForcingsCommand(), "--temperature", file,
        "--primary-production", file);
    assertEquals(1, r.status(), r.toString());
    assertTrue(r.err().contains("case2_2d_land_shallow.nc variable '") && r.err().contains(
        "values needs about ") && r.err().contains("but only 50 kB and 50 kB are available; load "
        + "fewer steps or cells (cut the file, e.g. ncks -d time,0,364 in.nc out.nc), read as "
        + "float32, or give the JVM more memory (bin/seapopym: SEAPOPYM_JAVA_OPTS="), r.err());
    ForcingLoader.clearCache();
  }

  /** About 45 kB (MemoryEstimate: context and one run) over a 20 kB cap. */
  @Test
  void aRunLargerThanTheMemoryLeftIsRefusedWithTheCellsOption() throws IOException {
    Path[] f = CliRun.forcings(dir, 400, 1, 20, 1, (d, lon, l, line) -> line);
    ForcingLoader.clearCache();
    System.setProperty(MemoryBudget.LIMIT_PROPERTY, "20000");
    CliRun.Result r = CliRun.run(new RunCommand(), "--temperature", f[0].toString(),
        "--primary-production", f[1].toString(), "--groups",
        CliRun.groups(dir, "G,0.1,1,1,0.01,0.15,3,-0.1").toString(), "--out",
        dir.resolve("out").toString());
    assertEquals(1, r.status(), r.toString());
    assertTrue(r.err().contains("a run of 1 groups × 400 steps × 2 cells needs about ")
        && r.err().contains("simulate fewer cells (--cells), fewer groups or a shorter period"),
        r.err());
    assertTrue(Files.notExists(dir.resolve("out/biomass.csv")));
  }

  @Test
  void aPopulationLargerThanTheMemoryLeftIsRefused() {
    CliRun.Result r = CliRun.run(new CalibrateCommand(), "--temperature", "t.csv",
        "--primary-production", "pp.csv", "--observations", "o.csv", "--space", "s.csv", "--out",
        dir.resolve("cal").toString(), "--population", "2000000000");
    assertEquals(1, r.status(), r.toString());
    assertTrue(r.err().contains("--population 2,000,000,000 needs about 2048.00 GB on the heap")
        && r.err().contains("use a smaller --population"), r.err());
  }

  @Test
  void aTr0OfABillionDaysIsRefusedWithItsBound() throws IOException {
    Path[] f = CliRun.forcings(dir, 3, 1, 20, 1, (d, lon, l, line) -> line);
    CliRun.Result r = CliRun.run(new RunCommand(), "--temperature", f[0].toString(),
        "--primary-production", f[1].toString(), "--groups",
        CliRun.groups(dir, "G,0.1,1,1,0.01,0.15,1e9,-0.1").toString(), "--out",
        dir.resolve("out").toString());
    assertEquals(1, r.status(), r.toString());
    assertTrue(r.err().contains("functional group 'G': tr_0 [day] must be ≤ 3650.0 (ten years: a "
        + "recruitment age, and each day of it is one cohort per cell in memory), but was 1.0E9"),
        r.err());
  }
}
