package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/seapopym}, the launcher, run as a user runs it: from another directory, on the shaded
 * jar and the examples jar that {@code package} has just built (failsafe runs this in {@code
 * verify}; it lives in the examples module, the last module the launcher uses, so that both jars
 * are fresh).
 */
class SeapopymLauncherIT {

  @TempDir
  Path elsewhere;

  private record Result(int status, String out, String err) {}

  private static Path root() {
    return Path.of(System.getProperty("seapopym4j.root")).toAbsolutePath().normalize();
  }

  private Result launch(String... args) throws IOException, InterruptedException {
    Path root = root();
    List<String> command = new ArrayList<>(List.of("bash", root.resolve("bin/seapopym").toString()));
    command.addAll(List.of(args));
    Path out = elsewhere.resolve("out.txt");
    Path err = elsewhere.resolve("err.txt");
    Process p = new ProcessBuilder(command).directory(elsewhere.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("bin/seapopym " + String.join(" ", args) + " did not finish in 2 minutes");
    }
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void versionRunsFromAnotherDirectory() throws Exception {
    Result r = launch("--version");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().strip().matches("seapopym4j \\d+\\.\\d+\\.\\d+.*"), r.out());
    assertEquals("", r.err(), "a fresh jar must not be rebuilt, and nothing else goes to stderr");
  }

  @Test
  void theExamplesSubcommandIsOffered() throws Exception {
    Result r = launch("sweep", "bollinger", "--help");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("Usage: seapopym sweep bollinger"), r.out());
    assertTrue(r.out().contains("--bars-per-year"), r.out());
  }

  @Test
  void usageErrorIsOneLineOnStderrWithStatusTwo() throws Exception {
    Result r = launch("no-such-command");
    assertEquals(2, r.status());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("seapopym: error: Unmatched argument at index 0: 'no-such-command'"),
        r.err());
  }

  @Test
  void forcingsSummarisesTheSampleFiles() throws Exception {
    Path samples = root().resolve("data-samples");
    Result r = launch("forcings", "--temperature", samples.resolve("sample-temperature.csv").toString(),
        "--primary-production", samples.resolve("sample-primary-production.csv").toString());
    assertEquals(0, r.status(), r.err());
    // the grid of data-samples/README.md: 731 days, 3 latitudes, 4 longitudes, layers 1..3
    assertTrue(r.out().contains("2000-01-01..2001-12-31, dt=1 d, 731 steps"), r.out());
    assertTrue(r.out().contains("lat 3, lon 4, layers [1, 2, 3]"), r.out());
  }

  @Test
  void aNonAsciiPathWorksUnderTheCLocale() throws Exception {
    // The directory "café-ü" is named in the script by its UTF-8 bytes, so that this test does not
    // depend on the locale of the JVM running it; the launcher runs with LANG=C and LC_ALL=C.
    String script = "d=$'caf\\xc3\\xa9-\\xc3\\xbc' && mkdir \"$d\" && cp \"$1\"/data-samples/sample-*.csv "
        + "\"$d\"/ && exec bash \"$1\"/bin/seapopym forcings --temperature \"$d/sample-temperature.csv\" "
        + "--primary-production \"$d/sample-primary-production.csv\"";
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", script, "bash", root().toString())
        .directory(elsewhere.toFile()).redirectOutput(elsewhere.resolve("out.txt").toFile())
        .redirectError(elsewhere.resolve("err.txt").toFile());
    pb.environment().put("LANG", "C");
    pb.environment().put("LC_ALL", "C");
    Process p = pb.start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("bin/seapopym forcings under LANG=C did not finish in 2 minutes");
    }
    String out = new String(Files.readAllBytes(elsewhere.resolve("out.txt")), StandardCharsets.UTF_8);
    String err = new String(Files.readAllBytes(elsewhere.resolve("err.txt")), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), err);
    assertTrue(out.contains("caf\u00e9-\u00fc/sample-temperature.csv"), out);
    assertTrue(out.contains("731 steps"), out);
  }

  @Test
  void badInputIsOneLineOnStderrWithStatusOne() throws Exception {
    Result r = launch("forcings", "--temperature", "nowhere.csv", "--primary-production", "nowhere.csv");
    assertEquals(1, r.status());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("seapopym: error: ") && r.err().contains("nowhere.csv"), r.err());
  }
}
