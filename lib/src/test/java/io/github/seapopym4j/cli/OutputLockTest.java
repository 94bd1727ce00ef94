package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.cli.CliRun.Result;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands lock their {@code --out} directory (#15 item 6). */
class OutputLockTest {

  @TempDir
  static Path files;

  static CliInputs in;

  @TempDir
  Path dir;

  @BeforeAll
  static void inputs() throws IOException {
    in = CliInputs.write(files, 60, 2);
  }

  private static Result run(String... args) {
    return CliRun.seapopym(args);
  }

  private static void lockFile(Path out, long pid, String started) throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve(OutputLock.FILE), "pid=" + pid + "\nhost="
        + InetAddress.getLocalHost().getHostName() + "\nstarted=" + started + "\n");
  }

  @Test
  void aDirectoryLockedByARunningProcessIsRefusedNamingIt() throws IOException {
    Path out = dir.resolve("busy");
    ProcessHandle me = ProcessHandle.current();
    lockFile(out, me.pid(), me.info().startInstant().orElseThrow().toString());
    for (String[] args : List.of(in.calibrate(out, "--population", "4", "--generations", "1"),
        in.run(out), in.sweep(out, 2))) {
      Result r = run(args);
      assertEquals(1, r.status(), r.err());
      // sweep model starts its error lines with "sweep model: " instead of "seapopym: error: "
      assertTrue(r.err().matches("(seapopym: error|sweep model): --out " + java.util.regex.Pattern
          .quote(out.toString()) + " is in use by process " + me.pid() + " on host (?s).*"),
          r.err());
      assertTrue(r.err().contains("wait for it to finish or choose another --out"), r.err());
    }
    assertEquals(List.of(OutputLock.FILE), names(out), "nothing written");
  }

  @Test
  void aStaleLockOfADeadProcessIsTakenOverWithANoteAndTemporariesAreCleaned()
      throws IOException, InterruptedException {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path out = dir.resolve("stale");
    lockFile(out, gone.pid(), "");
    Files.writeString(out.resolve(".logbook.csv.123-4.tmp"), "left by a killed run");
    Files.createDirectories(out.resolve(".run.123-5.tmp"));
    Result r = run(in.calibrate(out, "--population", "4", "--generations", "1"));
    assertEquals(0, r.status(), r.err());
    assertTrue(r.err().startsWith("seapopym: note: " + out.resolve(OutputLock.FILE) + ": taking "
        + "over the stale lock of process " + gone.pid() + " on host "), r.err());
    assertTrue(r.err().contains("which is no longer running"), r.err());
    assertEquals(List.of("best.csv", "checkpoint.properties", "identifiability.csv", "logbook.csv",
        "memory.csv", "profiles.csv", "summary.json"), names(out), "lock released, temporaries deleted");
  }

  @Test
  void twoCalibrationsStartedTogetherOnOneDirectoryCannotBothWrite() throws Exception {
    Path out = dir.resolve("race");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Result>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(pool.submit(() -> run(in.calibrate(out, "--population", "16", "--generations",
            "20"))));
      }
      List<Integer> codes = new ArrayList<>();
      for (Future<Result> f : runs) {
        Result r = f.get();
        codes.add(r.status());
        if (r.status() != 0) {
          assertTrue(r.err().contains(" is in use by ")
              || r.err().contains("already holds a calibration"), r.err());
        }
      }
      assertTrue(codes.contains(0) && codes.contains(1), codes.toString());
    } finally {
      pool.shutdown();
    }
    assertFalse(Files.exists(out.resolve(OutputLock.FILE)));
  }

  private static List<String> names(Path d) throws IOException {
    try (var s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
