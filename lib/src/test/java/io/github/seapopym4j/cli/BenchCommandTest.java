package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.cli.CliRun.Result;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The command on its tiny (hidden {@code --smoke}) workloads: the output format, not the speed. */
class BenchCommandTest {

  /** The last execution. */
  private Result last;

  private int execute(String... args) {
    last = CliRun.command(new BenchCommand(), args);
    return last.status();
  }

  /** A flat JSON object of strings and numbers, parsed by hand (no JSON library here). */
  private static Map<String, String> parse(String line) {
    assertTrue(line.startsWith("{") && line.endsWith("}"), line);
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher m = Pattern.compile("\"([a-z0-9_]+)\": (\"[^\"]*\"|-?[0-9.]+(?:e[+-]?[0-9]+)?)(, |\\})")
        .matcher(line);
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
  void everyWorkloadPrintsOneJsonLineWithTheKeysOfTheIssue() {
    int rc = execute("--smoke", "--warmup", "0", "--repeats", "3", "--threads", "2");
    assertEquals(0, rc, last.err());
    List<String> lines = last.out().lines().toList();
    assertEquals(3, lines.size(), last.out());
    String[] ids = {"cell-20y", "grid-100x100-1y", "population-256"};
    for (int i = 0; i < 3; i++) {
      Map<String, String> f = parse(lines.get(i));
      assertEquals(List.of("workload", "threads", "median_ms", "sims_per_s", "allocated_bytes_per_sim",
          "offheap_bytes_per_sim"), List.copyOf(f.keySet()).subList(0, 6));
      assertEquals(ids[i], f.get("workload"));
      assertEquals("2", f.get("threads"));
      assertEquals("3", f.get("runs"));
      assertTrue(Double.parseDouble(f.get("median_ms")) > 0, lines.get(i));
      assertTrue(Double.parseDouble(f.get("p10_ms")) <= Double.parseDouble(f.get("median_ms")));
      assertTrue(Double.parseDouble(f.get("median_ms")) <= Double.parseDouble(f.get("p90_ms")));
      assertTrue(Double.parseDouble(f.get("sims_per_s")) > 0, lines.get(i));
      assertTrue(Long.parseLong(f.get("allocated_bytes_per_sim")) > 0, lines.get(i));
      assertTrue(Long.parseLong(f.get("run_offheap_bytes")) > 0, lines.get(i));
    }
    assertEquals("10", parse(lines.get(0)).get("sims_per_run"), "5 cell simulations on each thread");
    assertEquals("1", parse(lines.get(1)).get("sims_per_run"), "one grid simulation per repetition");
    assertEquals("8", parse(lines.get(2)).get("sims_per_run"), "the smoke population has 8 individuals");
  }

  @Test
  void oneWorkloadWithTheArrayStrategyAndBatches() {
    int rc = execute("--smoke", "--workload", "population-256", "--strategy", "array", "--batch", "4",
        "--warmup", "0", "--repeats", "1");
    assertEquals(0, rc, last.err());
    Map<String, String> f = parse(last.out().strip());
    assertEquals("array", f.get("strategy"));
    assertEquals("4", f.get("batch"));
  }

  @Test
  void aListOfThreadCountsRunsEachWorkloadWithEachCountInOrder() {
    int rc = execute("--smoke", "--workload", "grid-100x100-1y,cell-20y", "--threads", "1,2",
        "--warmup", "0", "--repeats", "1");
    assertEquals(0, rc, last.err());
    List<String> lines = last.out().lines().toList();
    assertEquals(List.of("grid-100x100-1y/1", "grid-100x100-1y/2", "cell-20y/1", "cell-20y/2"),
        lines.stream().map(BenchCommandTest::parse).map(f -> f.get("workload") + "/" + f.get("threads"))
            .toList());
  }

  @Test
  void theTwoGroupCellWorkloadRunsByNameOnly() {
    int rc = execute("--smoke", "--workload", "cell-10y-2g", "--warmup", "0", "--repeats", "2");
    assertEquals(0, rc, last.err());
    Map<String, String> f = parse(last.out().strip());
    assertEquals("cell-10y-2g", f.get("workload"));
    assertEquals("5", f.get("sims_per_run"), "smoke: 5 simulations per thread and repetition");
  }

  /**
   * The global workload on its smoke grid (17 × 36 cells × 40 days, NetCDF in and out, two bands in
   * flight): the usual keys, then its throughput, phases and peak memory.
   */
  @Test
  void theGlobalWorkloadAddsThroughputPhasesAndPeakMemoryToTheUsualKeys() {
    int rc = execute("--smoke", "--workload", "global-1deg-6y", "--warmup", "1", "--repeats", "2",
        "--threads", "2", "--memory-limit", "40k", "--float32");
    assertEquals(0, rc, last.err());
    Map<String, String> f = parse(last.out().strip());
    List<String> keys = List.copyOf(f.keySet());
    assertEquals(List.of("workload", "threads", "median_ms", "sims_per_s", "allocated_bytes_per_sim",
        "offheap_bytes_per_sim"), keys.subList(0, 6));
    assertTrue(keys.containsAll(List.of("p10_ms", "p90_ms", "runs", "load_start", "load_end",
        "cell_days_per_s", "read_s", "compute_s", "write_s", "peak_resident_bytes")), keys.toString());
    assertEquals("global-1deg-6y", f.get("workload"));
    assertEquals("2", f.get("runs"));
    assertEquals(String.valueOf(17 * 36 * 40), f.get("cell_days"));
    double median = Double.parseDouble(f.get("median_ms"));
    assertEquals(17 * 36 * 40 / (median / 1e3), Double.parseDouble(f.get("cell_days_per_s")),
        1e-3 * 17 * 36 * 40 / (median / 1e3), "cell-days over the median wall time (4 digits)");
    for (String phase : List.of("read_s", "compute_s", "write_s")) {
      assertTrue(Double.parseDouble(f.get(phase)) >= 0, phase + " in " + f);
    }
    assertTrue(Long.parseLong(f.get("peak_resident_bytes")) > 0, f.toString());
    assertTrue(Integer.parseInt(f.get("rows_per_block")) < 17, "40k holds fewer than all 17 rows");
    assertEquals("biomass", f.get("variables"), "SeapoPym's output by default");
    assertEquals("float32", f.get("output_type"));
  }

  @Test
  void badOptionsExitWithOneLine() {
    assertEquals(1, execute("--workload", "cell-2y"));
    assertEquals("seapopym bench: unknown workload 'cell-2y'; expected one of [cell-20y, "
        + "grid-100x100-1y, population-256, cell-10y-2g, global-1deg-6y]", last.err().strip());
    assertEquals(1, execute("--strategy", "gpu"));
    assertEquals("seapopym bench: --strategy: expected fused or array, but found 'gpu'",
        last.err().strip());
    assertEquals(1, execute("--threads", "0"));
    assertTrue(last.err().startsWith(
        "seapopym bench: --threads and --repeats must be ≥ 1, --warmup and --batch ≥ 0"),
        last.err());
  }
}
