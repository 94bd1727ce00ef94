package io.github.seapopym4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The notebook scenario tests' one fixture: runs one notebook through {@code notebooks/run
 * --no-build} and checks that it ran without an error and shows an image. Public for the tests of
 * other modules (the lib test-jar: the examples module's notebook).
 */
public final class NotebookRunner {

  /** Generous: a notebook takes about 15 s; a cell that hangs should not hang CI for long. */
  private static final long TIMEOUT_MINUTES = 15;

  private NotebookRunner() {}

  /** The repository root, from the system property {@code seapopym4j.root} that failsafe sets. */
  public static Path root() {
    String root = System.getProperty("seapopym4j.root");
    if (root == null) {
      throw new IllegalStateException(
          "system property seapopym4j.root (the repository root) is not set; run through ./mvnw verify");
    }
    return Path.of(root).toAbsolutePath().normalize();
  }

  /**
   * Runs {@code notebook} (a name in {@code notebooks/}, or a path relative to the root) and asserts
   * that {@code notebooks/run} succeeded and the executed notebook has an image/png output.
   */
  public static void assertRunsAndShowsAnImage(String notebook) throws IOException,
      InterruptedException {
    Path root = root();
    Path log = Files.createTempFile("notebook-", ".log");
    try {
      Process p = new ProcessBuilder("bash", root.resolve("notebooks/run").toString(), "--no-build",
          notebook)
          .directory(root.toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        throw new AssertionError(notebook + " did not finish within " + TIMEOUT_MINUTES
            + " minutes; output so far:\n" + Files.readString(log, StandardCharsets.UTF_8));
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      System.out.print(output);
      assertEquals(0, p.exitValue(), "notebooks/run failed for " + notebook + ":\n" + output);
      Path executed = root.resolve("build/notebooks").resolve(Path.of(notebook).getFileName());
      assertTrue(Files.readString(executed, StandardCharsets.UTF_8).contains("\"image/png\""),
          executed + " has no image/png output");
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
