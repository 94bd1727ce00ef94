package io.github.seapopym4j.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Soak test of the calibration loop ({@link SoakRun}): a GA of 50 generations × 100 model runs on
 * two threads, resident memory sampled after every generation. The {@link ModelObjective}, which
 * closes every run, must keep the resident set flat (coefficient of variation below 5 % after 10
 * generations of warm-up); a deliberately leaking objective, which keeps its runs open, must fail the
 * same check.
 *
 * <p>The soak runs in a child JVM with a pre-touched heap ({@code -Xms256m -XX:+AlwaysPreTouch}):
 * otherwise the JVM's first touches of fresh heap pages, not a leak, dominate the resident set of a
 * small run (measured: 159 → 184 MB, CV 5.2 %, in the shared test JVM), and other tests' garbage
 * would blur the series.
 */
class CalibrationSoakTest {

  static final double MAX_CV = 0.05;
  private static Map<String, Double> cv;

  @BeforeAll
  static void soakInAChildJvm() throws IOException, InterruptedException {
    Assumptions.assumeTrue(SoakRun.residentAvailable(),
        "resident set size not available (no /proc/self/status): soak test skipped");
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xms256m", "-Xmx1g", "-XX:+AlwaysPreTouch", "-Dorg.bytedeco.javacpp.maxphysicalbytes=4G",
        "-cp", cp, SoakRun.class.getName()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    cv = new HashMap<>();
    for (String line : out.split("\n")) {
      String[] parts = line.split(" ");
      if (line.startsWith("leaked")) {
        System.out.println("soak " + line);
      }
      if (parts.length == 3 && parts[1].startsWith("cv=")) {
        cv.put(parts[0], Double.parseDouble(parts[1].substring(3)));
        System.out.println("soak " + line); // the report: CV and the resident series in MB
      }
    }
    assertEquals(List.of("closing", "leaking"), cv.keySet().stream().sorted().toList(), out);
  }

  @Test
  void residentMemoryStaysFlatWhenEveryModelRunIsClosed() {
    assertTrue(cv.get("closing") < MAX_CV, "coefficient of variation " + cv.get("closing"));
  }

  @Test
  void anObjectiveThatLeaksItsRunsFailsTheSameCheck() {
    assertTrue(cv.get("leaking") >= MAX_CV, "coefficient of variation " + cv.get("leaking"));
  }
}
