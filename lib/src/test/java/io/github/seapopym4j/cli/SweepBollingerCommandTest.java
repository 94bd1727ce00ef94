package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SweepBollingerCommandTest {

  @TempDir
  Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int execute(String... args) {
    CommandLine cli = new CommandLine(new SweepCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void smallSweepWritesResultsTopAndOneJsonLine() throws IOException {
    Path dir = tmp.resolve("out");
    int rc = execute("bollinger", "--bars", "3000", "--grid", "3×4×5", "--threads", "2", "--seed",
        "7", "--out", dir.toString(), "--chunk-size", "10", "--progress-every", "20", "--top", "5");
    assertEquals(0, rc, err.toString());
    List<String> lines = out.toString().lines().toList();
    assertEquals(1, lines.size(), out.toString());
    Matcher m = Pattern.compile("\\{\"combinations\": 60, \"bars_or_steps\": 3000, \"kernel_s\": "
        + "[0-9.]+, \"results_s\": [0-9.]+, \"combination_bars_per_s\": [0-9.]+e[+-][0-9]+, .*\\}")
        .matcher(lines.get(0));
    assertTrue(m.matches(), lines.get(0));
    List<String> results = Files.readAllLines(dir.resolve("results.csv"));
    assertEquals(61, results.size());
    assertEquals("combination,window,k,exit,pnl,sharpe,max_drawdown,win_rate,trades", results.get(0));
    assertTrue(results.get(1).startsWith("0,10,0.5,-1.0,"), results.get(1));
    assertEquals(6, Files.readAllLines(dir.resolve("top.csv")).size());
    assertTrue(err.toString().contains("60 / 60 combinations (100.0%)"), err.toString());
    assertTrue(err.toString().contains("20 / 60 combinations"), err.toString());
  }

  @Test
  void resumeOfAFinishedSweepEvaluatesNothing() {
    Path dir = tmp.resolve("again");
    String[] args = {"bollinger", "--bars", "500", "--grid", "2x2x2", "--out", dir.toString()};
    assertEquals(0, execute(args));
    out.getBuffer().setLength(0);
    assertEquals(1, execute(args), "a used directory needs --resume");
    assertTrue(err.toString().contains("already holds a sweep"), err.toString());
    String[] resume = {"bollinger", "--bars", "500", "--grid", "2x2x2", "--out", dir.toString(),
        "--resume"};
    assertEquals(0, execute(resume), err.toString());
    assertTrue(out.toString().contains("\"evaluated\": 0, \"resumed\": 8"), out.toString());
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
        dir.toString()), err.toString());
    assertTrue(out.toString().contains("\"bars_or_steps\": 200"), out.toString());
    assertEquals(1, execute("bollinger", "--prices", csv.toString(), "--bars", "100", "--out",
        tmp.resolve("x").toString()));
    assertTrue(err.toString().contains("--bars sets the length of the synthetic series"),
        err.toString());
  }

  @Test
  void badGridSpecIsReported() {
    assertEquals(1, execute("bollinger", "--grid", "12x12", "--out", tmp.toString()));
    assertTrue(err.toString().contains("grid spec must be AxBxC"), err.toString());
  }
}
