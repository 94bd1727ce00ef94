package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code seapopym bench optimizers} on small settings: the output format, not the figures. */
class OptimizerBenchCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int execute(String... args) {
    return SeapopymCli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
  }

  /** A flat compact JSON object of strings, numbers and null, parsed by hand. */
  private static Map<String, String> parse(String line) {
    assertTrue(line.startsWith("{") && line.endsWith("}"), line);
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher m = Pattern.compile("\"([a-z0-9_]+)\":(\"[^\"]*\"|null|-?[0-9.]+)([,}])").matcher(line);
    int end = 1;
    while (m.find()) {
      assertEquals(end, m.start(), "unparsed text in " + line);
      fields.put(m.group(1), m.group(2).replace("\"", ""));
      end = m.end();
    }
    assertEquals(line.length(), end, "unparsed text in " + line);
    return fields;
  }

  @Test
  void printsOneJsonLinePerFunctionAndRestartStrategyWithTheKeysOfTheIssue() {
    int rc = execute("bench", "optimizers", "--function", "sphere,rastrigin", "--dim", "3",
        "--seeds", "4", "--restart-strategy", "none,ipop", "--threads", "2");
    assertEquals(0, rc, err.toString());
    List<Map<String, String>> lines = out.toString().lines().map(OptimizerBenchCommandTest::parse)
        .toList();
    assertEquals(4, lines.size(), out.toString());
    assertEquals(List.of("function", "dim", "restart_strategy", "runs", "successes", "ert",
        "median_evaluations", "p10_evaluations", "p90_evaluations"), List.copyOf(lines.get(0).keySet()));
    assertEquals(List.of("sphere/none", "sphere/ipop", "rastrigin/none", "rastrigin/ipop"),
        lines.stream().map(f -> f.get("function") + "/" + f.get("restart_strategy")).toList());
    Map<String, String> sphere = lines.get(0);
    assertEquals("3", sphere.get("dim"));
    assertEquals("4", sphere.get("runs"));
    assertEquals("4", sphere.get("successes"));
    double p10 = Double.parseDouble(sphere.get("p10_evaluations"));
    double median = Double.parseDouble(sphere.get("median_evaluations"));
    assertTrue(p10 > 0 && p10 <= median && median <= Double.parseDouble(sphere.get("p90_evaluations")),
        sphere.toString());
  }

  @Test
  void theErtIsNullWhenNoRunSucceeds() {
    int rc = execute("bench", "optimizers", "--function", "rastrigin", "--dim", "10", "--seeds", "2",
        "--restart-strategy", "none");
    assertEquals(0, rc, err.toString());
    Map<String, String> f = parse(out.toString().strip());
    assertEquals("0", f.get("successes"), "Rastrigin 10-D needs a large population");
    assertEquals("null", f.get("ert"));
  }

  @Test
  void badOptionsExitWithOneLine() {
    assertEquals(1, execute("bench", "optimizers", "--function", "ackley"));
    assertEquals("seapopym bench optimizers: unknown function 'ackley'; expected one of [sphere, "
        + "ellipsoid, rosenbrock, rastrigin]", err.toString().strip());
    err.getBuffer().setLength(0);
    assertEquals(1, execute("bench", "optimizers", "--dim", "1"));
    assertEquals("seapopym bench optimizers: optimizer benchmark: expected dimension >= 2, runs >= 1 "
        + "and a target, but got 1, 51 and 1.0E-8", err.toString().strip());
  }

  @Test
  void benchWithoutTheSubcommandStillRunsTheWorkloads() {
    int rc = execute("bench", "--smoke", "--workload", "cell-20y", "--warmup", "0", "--repeats", "1");
    assertEquals(0, rc, err.toString());
    assertTrue(out.toString().startsWith("{\"workload\": \"cell-20y\""), out.toString());
  }
}
