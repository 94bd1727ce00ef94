package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  private static final long MS = 1_000_000L;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final AtomicLong nanos = new AtomicLong();

  private ProgressBar bar(long total, boolean interactive) {
    return new ProgressBar("sims", total, new PrintWriter(out), interactive, nanos::get);
  }

  private String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void plainModePrintsOneLinePerTenthOfTheWorkThenTheTotalTime() {
    try (ProgressBar bar = bar(100, false)) {
      for (int i = 0; i < 100; i++) {
        nanos.addAndGet(10 * MS); // 100 items per second
        bar.step();
      }
    }
    List<String> lines = text().lines().toList();
    assertEquals(11, lines.size(), text());
    // after 10 items in 0.1 s: 100/s, 90 left → 0.9 s, shown rounded to the second
    assertEquals("sims: 10/100 (10%) 100/s ETA 0:01", lines.get(0));
    assertEquals("sims: 50/100 (50%) 100/s ETA 0:01", lines.get(4));
    assertEquals("sims: 100/100 (100%) 100/s in 0:01", lines.get(10));
  }

  @Test
  void plainModeAlsoPrintsAfterThirtySecondsWithoutATenth() {
    try (ProgressBar bar = bar(1000, false)) {
      nanos.addAndGet(31_000 * MS);
      bar.step(); // 1 of 1000 after 31 s: no tenth crossed, but 30 s elapsed
    }
    List<String> lines = text().lines().toList();
    assertEquals("sims: 1/1000 (0%) 0.03/s ETA 8:36:09", lines.get(0));
    assertEquals(2, lines.size(), text());
  }

  @Test
  void interactiveModeRedrawsOneLineAtMostFiveTimesASecond() {
    try (ProgressBar bar = bar(4, true)) {
      for (int i = 0; i < 4; i++) {
        nanos.addAndGet(100 * MS);
        bar.step();
      }
    }
    String s = text();
    String[] draws = s.split("\r", -1);
    // draws at 200 ms and 400 ms, then the final one from close()
    assertEquals(4, draws.length, s);
    assertEquals("sims [###############---------------]  50% 2/4 10.0/s ETA 0:00", draws[1]);
    // The final line is one character shorter than the one it overwrites ("in" for "ETA"): a space
    // blanks the leftover character.
    assertEquals("sims [##############################] 100% 4/4 10.0/s in 0:00 " + System.lineSeparator(),
        draws[3]);
  }

  @Test
  void statusFollowsTheNumbersInBothModes() {
    try (ProgressBar bar = bar(2, false)) {
      nanos.addAndGet(500 * MS);
      bar.status("best 0.123\nmean 0.456 ");
      bar.step();
      bar.status("best 0.1");
      nanos.addAndGet(500 * MS);
      bar.step();
    }
    List<String> lines = text().lines().toList();
    assertEquals("sims: 1/2 (50%) 2.00/s ETA 0:01  best 0.123 mean 0.456", lines.get(0));
    assertEquals("sims: 2/2 (100%) 2.00/s in 0:01  best 0.1", lines.get(2));
  }

  @Test
  void aShorterLineBlanksWhatTheLongerOneLeftOnTheTerminal() {
    ProgressBar bar = bar(10, true);
    bar.status("best 0.123456 mean 0.456");
    nanos.addAndGet(300 * MS);
    bar.step();
    bar.status("best 0.1");
    nanos.addAndGet(300 * MS);
    bar.step();
    String[] draws = text().split("\r", -1);
    assertEquals(3, draws.length, text());
    assertEquals(draws[1].length(), draws[2].length(), "the shorter line is padded: " + text());
    assertTrue(draws[2].stripTrailing().endsWith("  best 0.1"), text());
  }

  @Test
  void aMessageGetsItsOwnLineAndTheBarIsDrawnAgainBelowIt() {
    ProgressBar bar = bar(4, true);
    nanos.addAndGet(300 * MS);
    bar.step();
    bar.message("warning: something");
    String[] parts = text().split("\r", -1);
    assertTrue(parts[2].startsWith("warning: something"), text());
    assertTrue(parts[2].contains(System.lineSeparator() + "sims ["), text());
    ProgressBar plain = bar(4, false);
    plain.message("note: plain");
    assertTrue(text().endsWith("note: plain" + System.lineSeparator()), text());
  }

  @Test
  void concurrentStepsAreAllCounted() throws InterruptedException {
    ProgressBar bar = bar(20_000, false);
    Runnable work = () -> {
      for (int i = 0; i < 10_000; i++) {
        bar.step();
      }
    };
    Thread a = new Thread(work);
    Thread b = new Thread(work);
    a.start();
    b.start();
    a.join();
    b.join();
    bar.close();
    assertEquals(20_000, bar.done());
    List<String> lines = text().lines().toList();
    assertTrue(lines.get(lines.size() - 1).startsWith("sims: 20000/20000 (100%)"), text());
    assertTrue(lines.size() <= 11, "at most one line per tenth plus the last, but got " + lines.size());
  }

  @Test
  void closeTwicePrintsTheFinalLineOnce() {
    ProgressBar bar = bar(1, false);
    bar.close();
    bar.close();
    assertEquals(1, text().lines().count(), text());
  }

  @Test
  void stepsAfterCloseDrawNothing() {
    ProgressBar bar = bar(10, false);
    bar.close();
    int before = text().length();
    bar.step(10);
    assertEquals(before, text().length());
    assertFalse(text().contains("10/10"), text());
  }

  @Test
  void negativeTotalIsRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> ProgressBar.start("sims", -3));
    assertEquals("progress total must be ≥ 0, but was -3", e.getMessage());
  }

  @Test
  void durationsUseMinutesOrHours() {
    assertEquals("0:00", ProgressBar.duration(0.4));
    assertEquals("0:59", ProgressBar.duration(59.4));
    assertEquals("1:01", ProgressBar.duration(61));
    assertEquals("1:02:03", ProgressBar.duration(3723));
  }
}
