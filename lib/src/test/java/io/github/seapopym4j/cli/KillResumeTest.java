package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.calibration.Logbook;
import io.github.seapopym4j.cli.ChildCli.Child;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} at three points of a calibration, an ensemble and a sweep, then {@code --resume}
 * (#15): the outputs are those of an uninterrupted run, file for file, wall-clock columns aside.
 * The killed runs are child JVMs ({@link ChildCli}) killed with SIGKILL once their files show
 * that they reached the point; the uninterrupted runs and the resumes run in this JVM.
 */
class KillResumeTest {

  @TempDir
  static Path files;

  static CliInputs in;

  @TempDir
  Path dir;

  @BeforeAll
  static void inputs() throws IOException {
    in = CliInputs.write(files, 730, 24); // ~10 ms a generation: room to kill between them
  }

  private static void run(String... args) {
    CliRun.Result r = CliRun.seapopym(args);
    assertEquals(0, r.status(), String.join(" ", args) + ": " + r.err());
  }

  /** The {@code --out} of {@code args} replaced by {@code out}, then {@code more}. */
  private static String[] into(String[] args, Path out, String... more) {
    List<String> a = new ArrayList<>(List.of(args));
    a.set(a.indexOf("--out") + 1, out.toString());
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  /** Rows written so far to a CSV file (0 while it does not exist). */
  private static long rows(Path csv) {
    try (Stream<String> lines = Files.lines(csv)) {
      return Math.max(0, lines.count() - 1);
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  private static long files(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.count();
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  /**
   * Every file of {@code out} (recursively) by relative name, with logbooks without their wall
   * time, checkpoints without the split of evaluations into cache hits and without wall time (the
   * cache starts empty in each JVM), and without {@code memory.csv} and {@code summary.json}
   * (timings and memory).
   */
  private static TreeMap<String, String> outputs(Path out) throws IOException {
    TreeMap<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(out)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String name = out.relativize(p).toString();
        String base = p.getFileName().toString();
        if (base.equals("memory.csv") || base.equals("summary.json")) {
          continue;
        }
        String text = base.equals("logbook.csv") ? Logbook.read(p).csv(false) : Files.readString(p);
        if (base.equals("checkpoint.properties")) { // cache hits and wall time depend on the JVMs
          text = text.replaceFirst("totals=(\\d+) \\d+ \\d+ (\\d+) \\d+", "totals=$1 _ _ $2 _");
        }
        m.put(name, text);
      }
    }
    return m;
  }

  /**
   * Starts {@code args} into {@code out} in a child JVM, kills it with SIGKILL once {@code reached}
   * holds, resumes it here with {@code --resume} and returns the outputs.
   */
  private TreeMap<String, String> killedAndResumed(String[] args, Path out, BooleanSupplier reached,
      String point) throws IOException, InterruptedException {
    Child child = ChildCli.start(dir.resolve("logs"), "022", into(args, out));
    ChildCli.await(child, reached, point);
    assertTrue(child.process().isAlive(), "the child was still running at " + point);
    child.process().destroyForcibly(); // SIGKILL: no hook, no clean-up
    assertEquals(137, child.waitFor(), "killed by SIGKILL at " + point);
    run(into(args, out, "--resume"));
    return outputs(out);
  }

  /** Asserts file for file, naming the first file that differs. */
  private static void assertSameOutputs(TreeMap<String, String> expected,
      TreeMap<String, String> actual, String when) {
    assertEquals(expected.keySet(), actual.keySet(), when + ": the files");
    expected.forEach((name, text) -> assertEquals(text, actual.get(name), when + ": " + name));
  }

  @Test
  void aCalibrationKilledAtThreePointsResumesToTheOutputsOfAnUninterruptedOne() throws Exception {
    String[] args = in.calibrate(dir.resolve("straight"), "--population", "8", "--generations",
        "60", "--optimizer", "ga");
    run(args);
    TreeMap<String, String> straight = outputs(dir.resolve("straight"));
    assertEquals(60, Logbook.read(dir.resolve("straight/logbook.csv")).generations());
    for (int at : new int[] {1, 20, 45}) {
      Path out = dir.resolve("killed-at-" + at);
      assertSameOutputs(straight, killedAndResumed(args, out, () -> rows(out.resolve("logbook.csv"))
          >= at, "generation " + at), "killed after generation " + at);
    }
  }

  @Test
  void anEnsembleKilledInEachMemberResumesToTheOutputsOfAnUninterruptedOne() throws Exception {
    String[] args = in.calibrate(dir.resolve("straight"), "--ensemble", "3", "--max-evaluations",
        "200");
    run(args);
    TreeMap<String, String> straight = outputs(dir.resolve("straight"));
    assertTrue(straight.containsKey("ensemble.csv") && straight.containsKey("member-11/best.csv"),
        straight.keySet().toString());
    for (int seed = 9; seed <= 11; seed++) {
      Path out = dir.resolve("killed-in-" + seed);
      Path logbook = out.resolve("member-" + seed).resolve("logbook.csv");
      assertSameOutputs(straight, killedAndResumed(args, out, () -> rows(logbook) >= 3,
          "generation 3 of member " + seed), "killed in member " + seed);
    }
  }

  @Test
  void aSweepKilledAtThreePointsResumesToTheOutputsOfAnUninterruptedOne() throws Exception {
    String[] args = in.sweep(dir.resolve("straight"), 12, "--chunk-size", "4");
    run(args);
    TreeMap<String, String> straight = outputs(dir.resolve("straight"));
    assertTrue(straight.containsKey("results.csv"), straight.keySet().toString());
    assertFalse(straight.keySet().stream().anyMatch(n -> n.startsWith("chunks")));
    for (int chunks : new int[] {1, 12, 28}) { // of 36 chunks of 4 combinations
      Path out = dir.resolve("killed-after-" + chunks);
      assertSameOutputs(straight, killedAndResumed(args, out, () -> files(out.resolve("chunks"))
          >= chunks, chunks + " chunks"), "killed after " + chunks + " chunks");
    }
  }
}
