package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where and how results are written (#15 items 8, 14): a failed write to standard output is an
 * error, output files respect the umask, and {@code run} stages inside its output directory.
 */
class OutputFilesTest {

  @TempDir
  static Path files;

  static CliInputs in;

  @TempDir
  Path dir;

  @BeforeAll
  static void inputs() throws IOException {
    in = CliInputs.write(files, 60, 2);
  }

  @Test
  void aFullDiskOnStandardOutputExitsNonZeroNamingTheCause() throws Exception {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full");
    List<String> c = ChildCli.command("--version");
    Process p = new ProcessBuilder(c).redirectOutput(Path.of("/dev/full").toFile()).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, p.waitFor(), err);
    assertEquals("seapopym: error: cannot write standard output: No space left on device\n", err);
  }

  @Test
  void scoreWhoseOutputCannotBeWrittenFails() throws IOException {
    Path run = dir.resolve("run");
    assertEquals(0, SeapopymCli.execute(OutputStream.nullOutputStream(),
        OutputStream.nullOutputStream(), in.run(run)));
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = SeapopymCli.execute(full, err, "score", "--run", run.toString(), "--observations",
        in.file("obs.csv").toString());
    assertEquals("seapopym: error: cannot write standard output: No space left on device\n",
        err.toString(StandardCharsets.UTF_8));
    assertEquals(1, code);
  }

  @Test
  void outputsOfRunCalibrateAndProfileRespectTheUmask() throws Exception {
    List<Path> written = new ArrayList<>();
    Path run = dir.resolve("run");
    Path cal = dir.resolve("cal");
    Path prof = dir.resolve("prof");
    for (String[] args : List.of(in.run(run), in.calibrate(cal, "--population", "4",
        "--generations", "2"), new String[] {"profile", "--workload", "run", "--runs", "1",
        "--no-jfr", "--out", prof.toString()})) {
      ChildCli.Child c = ChildCli.run(dir, args);
      assertEquals(0, c.process().exitValue(), c.errText());
    }
    for (Path d : List.of(run, cal, prof)) {
      try (var s = Files.list(d)) {
        s.filter(Files::isRegularFile).forEach(written::add);
      }
    }
    assertTrue(written.size() >= 6 + 5 + 2, written.toString());
    for (Path f : written) {
      assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)),
          f.toString());
    }
  }

  @Test
  void runCreatesNothingInTheParentOfItsOutputDirectory() throws Exception {
    Path parent = Files.createDirectories(dir.resolve("parent"));
    Path out = Files.createDirectories(parent.resolve("out"));
    List<String> created = new ArrayList<>();
    try (WatchService watch = parent.getFileSystem().newWatchService()) {
      parent.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      assertEquals(0, SeapopymCli.execute(OutputStream.nullOutputStream(), err, in.run(out)),
          err.toString(StandardCharsets.UTF_8));
      for (WatchKey k = watch.poll(); k != null; k = watch.poll()) {
        k.pollEvents().forEach(e -> created.add(String.valueOf(e.context())));
      }
    }
    assertEquals(List.of(), created, "staged inside --out, not beside it");
    assertTrue(Files.exists(out.resolve("biomass.csv")));
  }

  @Test
  void runWritesIntoAWritableDirectoryInsideAReadOnlyParent() throws IOException {
    Path parent = dir.resolve("readonly");
    Path out = Files.createDirectories(parent.resolve("out"));
    Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Assumptions.assumeFalse(Files.isWritable(parent), "running as root: permissions not enforced");
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      assertEquals(0, SeapopymCli.execute(OutputStream.nullOutputStream(), err, in.run(out)),
          err.toString(StandardCharsets.UTF_8));
      assertTrue(Files.exists(out.resolve("biomass.csv")));
      try (var s = Files.list(out)) {
        assertEquals(List.of(), s.map(p -> p.getFileName().toString())
            .filter(n -> n.startsWith(".")).toList(), "no staging or lock left");
      }
    } finally {
      Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
