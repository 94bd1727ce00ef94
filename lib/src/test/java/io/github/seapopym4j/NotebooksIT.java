package io.github.seapopym4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The notebook scenario tests: every {@code notebooks/NN-*.ipynb} runs headless, without an error,
 * and shows at least one image.
 *
 * <p>The logic lives in one place, {@code notebooks/run}; this test calls it per notebook with
 * {@code --no-build}, because failsafe runs it in {@code verify}, after {@code package} has built the
 * shaded notebook jar and copied the kernel jar. Skip with {@code -DskipNotebooks}.
 */
class NotebooksIT {

  /** Generous: a notebook takes about 15 s; a cell that hangs should not hang CI for long. */
  private static final long TIMEOUT_MINUTES = 15;

  private static Path root() {
    String root = System.getProperty("seapopym4j.root");
    if (root == null) {
      throw new IllegalStateException(
          "system property seapopym4j.root (the repository root) is not set; run through ./mvnw verify");
    }
    return Path.of(root).toAbsolutePath().normalize();
  }

  static Stream<String> notebooks() throws IOException {
    try (Stream<Path> files = Files.list(root().resolve("notebooks"))) {
      return files.map(p -> p.getFileName().toString())
          .filter(name -> name.matches("\\d\\d-.+\\.ipynb"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notebooks")
  void notebookRunsHeadlessWithoutErrorAndShowsAnImage(String notebook) throws Exception {
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
      Path executed = root.resolve("build/notebooks").resolve(notebook);
      assertTrue(Files.readString(executed, StandardCharsets.UTF_8).contains("\"image/png\""),
          executed + " has no image/png output");
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
