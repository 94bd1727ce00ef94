package io.github.seapopym4j.fitness;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code shared/} (real observations and reference outputs) by walking up from the working
 * directory: tests read those files in place and skip, saying why, when they are absent.
 */
public final class SharedData {

  private SharedData() {
  }

  /**
   * The file {@code shared/<relative>}; skips the calling test when it cannot be found.
   *
   * @param relative e.g. {@code seapopym-data/raw_head_4872810/hot__hot_zooplankton.csv}
   */
  public static Path require(String relative) {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    assumeTrue(false, "skipped: shared/" + relative + " not found in any parent of "
        + Path.of("").toAbsolutePath() + " (real data are read in place from ../shared, never "
        + "copied into the project)");
    return null;
  }
}
