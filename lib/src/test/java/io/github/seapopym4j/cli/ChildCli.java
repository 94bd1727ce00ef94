package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code seapopym} in a child JVM on the test classpath, as {@code bin/seapopym} runs it ({@link
 * SeapopymCli#main}, so with the interrupt hook), for tests of signals, exit statuses, umask and
 * kills. Standard output and error go to files in {@code dir}.
 */
final class ChildCli {

  /** A started child: its process and the files of its output and errors. */
  record Child(Process process, Path out, Path err) {
    String errText() throws IOException {
      return Files.readString(err, StandardCharsets.UTF_8);
    }

    String outText() throws IOException {
      return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** Waits (at most 3 minutes) and returns the exit status. */
    int waitFor() throws InterruptedException, IOException {
      if (!process.waitFor(3, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("the child did not finish in 3 minutes; stderr: " + errText());
      }
      return process.exitValue();
    }
  }

  private ChildCli() {}

  /** The java command line running {@code args}. */
  static List<String> command(String... args) {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx512m", "-Dseapopym.command=seapopym", "-cp", cp,
        SeapopymCli.class.getName()));
    c.addAll(List.of(args));
    return c;
  }

  /** Starts {@code args} with the umask {@code umask} (e.g. "022"), output into files in dir. */
  static Child start(Path dir, String umask, String... args) throws IOException {
    List<String> c = new ArrayList<>(List.of("sh", "-c", "umask " + umask + " && exec \"$@\"", "sh"));
    c.addAll(command(args));
    Files.createDirectories(dir);
    Path out = Files.createTempFile(dir, "child-out", ".txt");
    Path err = Files.createTempFile(dir, "child-err", ".txt");
    Process p = new ProcessBuilder(c).redirectOutput(out.toFile()).redirectError(err.toFile())
        .start();
    return new Child(p, out, err);
  }

  /** Runs {@code args} to the end (umask 022) and returns the child. */
  static Child run(Path dir, String... args) throws IOException, InterruptedException {
    Child c = start(dir, "022", args);
    c.waitFor();
    return c;
  }

  /** Sends {@code signal} (e.g. "TERM", "INT", "KILL") to the child's JVM. */
  static void signal(Child c, String signal) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(c.process().pid()))
        .inheritIO().start();
    assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -" + signal);
  }

  /** Waits until {@code condition} holds (polling every 2 ms, at most 2 minutes). */
  static void await(Child c, java.util.function.BooleanSupplier condition, String what)
      throws InterruptedException, IOException {
    long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (!condition.getAsBoolean()) {
      if (!c.process().isAlive()) {
        throw new AssertionError("the child ended (status " + c.process().exitValue()
            + ") before " + what + "; stderr: " + c.errText());
      }
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(2);
    }
  }
}
