package io.github.seapopym4j.examples.bollinger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepBollingerCommandTest {

  @TempDir
  Path tmp;

  /** The last execution. */
  private CliRun.Result last;

  /** Runs {@code seapopym sweep <args>}: the subcommand comes through {@link BollingerCommands}. */
  private int execute(String... args) {
    String[] line = new String[args.length + 1];
    line[0] = "sweep";
    System.arraycopy(args, 0, line, 1, args.length);
    last = CliRun.seapopym(line);
    return last.status();
  }

  @Test
  void smallSweepWritesResultsTopAndOneJsonLine() throws IOException {
    Path dir = tmp.resolve("out");
    int rc = execute("bollinger", "--bars", "3000", "--grid", "3×4×5", "--threads", "2", "--seed",
        "7", "--out", dir.toString(), "--chunk-size", "10", "--progress-every", "20", "--top", "5");
    assertEquals(0, rc, last.err());
    List<String> lines = last.out().lines().toList();
    assertEquals(1, lines.size(), last.out());
    Matcher m = Pattern.compile("\\{\"combinations\": 60, \"bars_or_steps\": 3000, \"kernel_s\": "
        + "[0-9.]+, \"results_s\": [0-9.]+, \"combination_bars_per_s\": [0-9.]+e[+-][0-9]+, .*\\}")
        .matcher(lines.get(0));
    assertTrue(m.matches(), lines.get(0));
    List<String> results = Files.readAllLines(dir.resolve("results.csv"));
    assertEquals(61, results.size());
    assertEquals("combination,window,k,exit,pnl,sharpe,max_drawdown,win_rate,trades", results.get(0));
    assertTrue(results.get(1).startsWith("0,10,0.5,-1.0,"), results.get(1));
    assertEquals(6, Files.readAllLines(dir.resolve("top.csv")).size());
    assertTrue(last.err().contains("60 / 60 combinations (100.0%)"), last.err());
    assertTrue(last.err().contains("20 / 60 combinations"), last.err());
  }

  @Test
  void resumeOfAFinishedSweepEvaluatesNothing() {
    Path dir = tmp.resolve("again");
    String[] args = {"bollinger", "--bars", "500", "--grid", "2x2x2", "--out", dir.toString()};
    assertEquals(0, execute(args));
    assertEquals(1, execute(args), "a used directory needs --resume");
    assertTrue(last.err().contains("already holds a sweep"), last.err());
    String[] resume = {"bollinger", "--bars", "500", "--grid", "2x2x2", "--out", dir.toString(),
        "--resume"};
    assertEquals(0, execute(resume), last.err());
    assertTrue(last.out().contains("\"evaluated\": 0, \"resumed\": 8"), last.out());
  }

  @Test
  void pricesFileIsReadAndBarsIsRefusedWithIt() throws IOException {
    Path csv = tmp.resolve("bars.csv");
    StringBuilder sb = new StringBuilder("date,open,high,low,close\n");
    for (int i = 0; i < 200; i++) {
      double c = 100 + 5 * Math.sin(i / 7.0);
      sb.append(String.format(java.util.Locale.ROOT, "d%d,%.2f,%.2f,%.2f,%.2f%n", i, c, c, c, c));
    }
    Files.writeString(csv, sb);
    Path dir = tmp.resolve("real");
    assertEquals(0, execute("bollinger", "--prices", csv.toString(), "--grid", "2x3x3", "--out",
        dir.toString()), last.err());
    assertTrue(last.out().contains("\"bars_or_steps\": 200"), last.out());
    assertEquals(1, execute("bollinger", "--prices", csv.toString(), "--bars", "100", "--out",
        tmp.resolve("x").toString()));
    assertTrue(last.err().contains("--bars sets the length of the synthetic series"),
        last.err());
  }

  @Test
  void badGridSpecIsReported() {
    assertEquals(1, execute("bollinger", "--grid", "12x12", "--out", tmp.toString()));
    assertTrue(last.err().contains("grid spec must be AxBxC"), last.err());
  }
}
