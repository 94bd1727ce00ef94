package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.cli.CliRun.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCommandTest {

  @TempDir
  Path dir;

  private static Result run(String... args) {
    return CliRun.seapopym(args);
  }

  @Test
  void calibrationWorkloadWritesStagesMemoryHotMethodsAndJfr() throws Exception {
    Path out = dir.resolve("cal");
    Result r = run("profile", "--workload", "calibration", "--population", "4", "--generations",
        "2", "--top", "5", "--out", out.toString(), "--history", dir.resolve("h.csv").toString());
    assertEquals(0, r.status(), r.err());
    List<String> stages = Files.readAllLines(out.resolve(ProfileCommand.STAGES));
    assertTrue(stages.get(0).startsWith("stage,calls,total_ms"), stages.get(0));
    for (String s : List.of("load", "prepare", "run", "score", "evaluate", "optimiser")) {
      assertTrue(stages.stream().anyMatch(l -> l.startsWith(s + ",")), s + " missing: " + stages);
    }
    assertEquals(1 + 2, Files.readAllLines(out.resolve(ProfileCommand.MEMORY)).size());
    assertTrue(Files.size(out.resolve(ProfileCommand.JFR)) > 0);
    assertTrue(Files.readAllLines(out.resolve(ProfileCommand.HOT)).get(0)
        .startsWith("rank,method,samples,share"));
    assertEquals(2, Files.readAllLines(dir.resolve("h.csv")).size());
    assertTrue(r.out().contains("profile calibration:"), r.out());
  }

  /**
   * In a child JVM: the baseline calls {@link System#gc()}, after which G1 gives heap back to the
   * system concurrently, which would disturb the resident-set readings of other tests.
   */
  @Test
  void baselineEndsWithOneJsonLine() throws Exception {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-cp", cp, SeapopymCli.class.getName(), "profile", "--workload", "baseline",
        "--population", "2", "--generations", "2", "--repeats", "2", "--no-jfr", "--out",
        dir.resolve("base").toString()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out + err);
    String[] lines = out.strip().split("\n");
    String last = lines[lines.length - 1];
    assertTrue(last.matches("\\{\"init_speedup\": [0-9.e+]+, \"time_ratio\": [0-9.e+]+, "
        + "\"memory_ratio\": [0-9.e+]+, \"identical_results\": true}"), last);
    assertTrue(Files.exists(dir.resolve("base").resolve(ProfileCommand.COMPARISON)));
  }

  @Test
  void runWorkloadWithoutJfrRecordsRuns() throws Exception {
    Path out = dir.resolve("run");
    Result r = run("profile", "--workload", "run", "--runs", "3", "--no-jfr", "--out",
        out.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(Files.readString(out.resolve(ProfileCommand.STAGES)).contains("\nrun,3,"));
    assertTrue(Files.notExists(out.resolve(ProfileCommand.JFR)));
  }

  @Test
  void unknownWorkloadIsAOneLineError() {
    Result r = run("profile", "--workload", "nap", "--out", dir.toString());
    assertEquals(1, r.status());
    assertTrue(r.err().contains("--workload must be calibration, run, sweep or baseline, but was "
        + "'nap'"), r.err());
  }
}
