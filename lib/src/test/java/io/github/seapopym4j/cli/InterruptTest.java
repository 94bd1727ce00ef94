package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.calibration.Logbook;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C and SIGTERM (#15 item 9), sent to {@code seapopym calibrate} in a child JVM: one line says
 * where it stopped and the exact command that resumes, temporaries and the lock are removed, and
 * that command continues to the logbook of an uninterrupted run.
 */
class InterruptTest {

  @TempDir
  static Path files;

  static CliInputs in;

  @TempDir
  Path dir;

  @BeforeAll
  static void inputs() throws IOException {
    in = CliInputs.write(files, 120, 2);
  }

  private static List<String> hidden(Path d) throws IOException {
    try (var s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
    }
  }

  private void interruptedCalibrationSaysHowToResume(String signal, int status) throws Exception {
    Path out = dir.resolve("cal-" + signal);
    String[] args = in.calibrate(out, "--population", "8", "--generations", "400");
    ChildCli.Child c = ChildCli.start(dir, "022", args);
    Path book = out.resolve("logbook.csv");
    ChildCli.await(c, () -> {
      try {
        return Files.exists(book) && Files.readAllLines(book).size() > 1 + 8 * 3;
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }, "3 generations");
    ChildCli.signal(c, signal);
    assertEquals(status, c.waitFor(), c.errText());
    Matcher m = Pattern.compile("seapopym: interrupted at generation (\\d+); resume with: "
        + "seapopym (calibrate .*) --resume\n").matcher(c.errText());
    assertTrue(m.find(), c.errText());
    long generation = Long.parseLong(m.group(1));
    assertTrue(generation >= 3 && generation < 400, c.errText());
    assertEquals(List.of(), hidden(out), "no temporaries, no lock");
    assertEquals(String.join(" ", args), m.group(2), "the exact command");

    // The printed command continues (in this JVM) to an uninterrupted run's logbook, 400 → 6 + g.
    List<String> again = new ArrayList<>(List.of(m.group(2).split(" ")));
    again.set(again.indexOf("--generations") + 1, Long.toString(generation + 6));
    again.add("--resume");
    StringWriter err = new StringWriter();
    int code = SeapopymCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
        .execute(again.toArray(String[]::new));
    assertEquals(0, code, err.toString());
    Path straight = dir.resolve("straight-" + signal);
    String[] once = in.calibrate(straight, "--population", "8", "--generations",
        Long.toString(generation + 6));
    assertEquals(0, SeapopymCli.commandLine(new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter())).execute(once));
    assertEquals(Logbook.read(straight.resolve("logbook.csv")).csv(false),
        Logbook.read(book).csv(false));
  }

  @Test
  void sigtermPrintsTheGenerationAndTheResumeCommandAndCleansUp() throws Exception {
    interruptedCalibrationSaysHowToResume("TERM", 143);
  }

  @Test
  void ctrlCPrintsTheGenerationAndTheResumeCommandAndCleansUp() throws Exception {
    interruptedCalibrationSaysHowToResume("INT", 130);
  }

  @Test
  void theResumeCommandQuotesWhatTheShellWouldSplit() {
    assertEquals("seapopym: interrupted at generation 3; resume with: bin/seapopym calibrate "
        + "--out 'my dir' --resume", Interrupts.message("at generation 3", true,
        List.of("bin/seapopym", "calibrate", "--out", "my dir")));
    assertEquals("seapopym: interrupted while running the model; nothing was written; run again "
        + "with: seapopym run --out 'it'\\''s'", Interrupts.message("while running the model",
        false, List.of("seapopym", "run", "--out", "it's")));
  }
}
