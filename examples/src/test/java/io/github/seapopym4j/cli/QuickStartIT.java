package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start, run as written: the first {@code bash} block after the heading that
 * contains "Quick start", executed by bash in the project root (failsafe runs this in {@code verify}
 * of the examples module, after both jars that {@code bin/seapopym} runs are packaged).
 */
class QuickStartIT {

  /** What the README says the commands print, each checked against what they do print. */
  private static final List<String> PRINTED = List.of(
      "seapopym run: wrote biomass.csv",
      "{\"n\": 202, \"nrmse-std\": 0.21654827818108166, \"pearson\": 0.9763539215789832}",
      "\"best_parameters\": {\"D1N1.energy_transfert\": 0.16839190147475358, \"D1N1.tr_0\": "
          + "10.425106830327488}",
      "{\"method\":\"sobol\",\"parameters\":3,\"samples\":1024,\"simulations\":5120,");

  @TempDir
  Path dir;

  private static Path root() {
    return Path.of(System.getProperty("seapopym4j.root")).toAbsolutePath().normalize();
  }

  /** The first ```bash block after the "Quick start" heading of {@code readme}. */
  static String quickStartBlock(String readme) {
    List<String> lines = readme.lines().toList();
    int heading = -1;
    for (int i = 0; i < lines.size() && heading < 0; i++) {
      if (lines.get(i).startsWith("#") && lines.get(i).contains("Quick start")) {
        heading = i;
      }
    }
    assertTrue(heading >= 0, "README.md has no heading containing 'Quick start'");
    int start = heading + 1;
    while (start < lines.size() && !lines.get(start).equals("```bash")) {
      start++;
    }
    int end = start + 1;
    while (end < lines.size() && !lines.get(end).equals("```")) {
      end++;
    }
    assertTrue(end < lines.size(), "README.md: no closed ```bash block after the Quick start heading");
    return String.join("\n", lines.subList(start + 1, end)) + "\n";
  }

  @Test
  void theReadmeQuickStartBlockRunsAsWrittenAndPrintsWhatItSays() throws IOException,
      InterruptedException {
    String block = quickStartBlock(Files.readString(root().resolve("README.md")));
    for (String printed : PRINTED) {
      assertTrue(block.contains(printed),
          "the README block no longer says it prints " + printed);
    }
    Path script = dir.resolve("quickstart.sh");
    Files.writeString(script, "set -euo pipefail\n" + block);
    Process p = new ProcessBuilder("bash", script.toString()).directory(root().toFile())
        .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
        .start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the quick start did not finish in 5 minutes");
    }
    String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), err);
    for (String printed : PRINTED) {
      assertTrue(out.contains(printed), "expected the output to contain " + printed + ":\n" + out);
    }
    assertTrue(Files.isRegularFile(root().resolve("build/quickstart/calibration/best.csv")));
  }
}
