package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.cli.CliRun.Result;
import io.github.seapopym4j.calibration.Logbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resume continues exactly what was started or refuses (#15 items 1, 7, 15): a calibration or a
 * sweep resumed with changed inputs or settings is refused, naming what changed; {@code --resume}
 * where there is no checkpoint refuses to overwrite what is there; summary.json counts every
 * segment; the logbook is appended to, not rewritten.
 */
class ResumeSafetyTest {

  @TempDir
  static Path files;

  static CliInputs in;

  @TempDir
  Path dir;

  @BeforeAll
  static void inputs() throws IOException {
    in = CliInputs.write(files, 90, 2);
  }

  private static Result run(String... args) {
    return CliRun.seapopym(args);
  }

  /** {@code args} with {@code option} set to {@code value} (replaced, or appended). */
  private static String[] with(String[] args, String option, String value) {
    List<String> a = new java.util.ArrayList<>(List.of(args));
    int i = a.indexOf(option);
    if (i < 0) {
      a.addAll(List.of(option, value));
    } else {
      a.set(i + 1, value);
    }
    return a.toArray(String[]::new);
  }

  /** A GA calibration of 2 generations of 8 in {@code out}. */
  private static void started(Path out) {
    Result r = run(in.calibrate(out, "--population", "8", "--generations", "2"));
    assertEquals(0, r.status(), r.err());
  }

  @Test
  void aResumeWithOtherObservationsMetricForcingsOrModelIsRefusedNamingTheChange()
      throws IOException {
    Path out = dir.resolve("cal");
    started(out);
    String[] resume = in.calibrate(out, "--population", "8", "--generations", "4", "--resume");
    String before = Files.readString(out.resolve("logbook.csv"));

    Path obs = Files.writeString(dir.resolve("obs.csv"), Files.readString(in.file("obs.csv"))
        .replaceFirst("\n(2000-01-01,20.5,150.5,)", "\n$19"));
    Result r = run(with(resume, "--observations", obs.toString()));
    assertEquals(1, r.status(), r.err());
    assertTrue(r.err().startsWith("seapopym: error: " + out.resolve("checkpoint.properties")
        + ": cannot resume: what the calibration depends on has changed since it was saved: the "
        + "contents of --observations (sha256:"), r.err());
    assertTrue(r.err().contains("start afresh without --resume in another directory"), r.err());

    r = run(with(resume, "--metric", "rmse"));
    assertEquals(1, r.status(), r.err());
    assertTrue(r.err().contains("--metric ('nrmse-std' then, 'rmse' now)"), r.err());

    Path t = Files.writeString(dir.resolve("t.csv"), Files.readString(in.file("t.csv"))
        .replaceFirst("\n(2000-01-01,[^\n]*,)([^,\n]+)\n", "\n$130.5\n"));
    r = run(with(resume, "--temperature", t.toString()));
    assertEquals(1, r.status());
    assertTrue(r.err().contains("the contents of --temperature (sha256:"), r.err());

    String[] implicit = with(resume, "--scheme", "implicit");
    r = run(implicit);
    assertEquals(1, r.status(), r.err());
    assertTrue(r.err().contains("model ('ModelConfig[scheme=EXPLICIT") && r.err().contains(
        "'ModelConfig[scheme=IMPLICIT"), r.err());

    assertEquals(before, Files.readString(out.resolve("logbook.csv")), "nothing was changed");
    assertEquals(0, run(resume).status(), "the same inputs resume");
  }

  @Test
  void summaryCountsEvaluationsOverEverySegment() throws IOException {
    Path straight = dir.resolve("straight");
    Path resumed = dir.resolve("resumed");
    assertEquals(0, run(in.calibrate(straight, "--population", "8", "--generations", "4",
        "--no-cache")).status());
    assertEquals(0, run(in.calibrate(resumed, "--population", "8", "--generations", "2",
        "--no-cache")).status());
    Result r = run(in.calibrate(resumed, "--population", "8", "--generations", "4", "--no-cache",
        "--resume"));
    assertEquals(0, r.status(), r.err());
    assertTrue(r.err().contains("resuming at generation 2"), r.err());
    assertEquals(Files.readString(straight.resolve("summary.json"))
            .replaceAll("\"(wall_seconds|peak_resident_bytes)\": [^,\n]+", ""),
        r.out().replaceAll("\"(wall_seconds|peak_resident_bytes)\": [^,\n]+", ""));
  }

  @Test
  void resumeWithoutACheckpointRefusesSayingWhatIsThere() throws IOException {
    Path out = dir.resolve("cal");
    started(out);
    Files.delete(out.resolve("checkpoint.properties"));
    String logbook = Files.readString(out.resolve("logbook.csv"));
    Result r = run(in.calibrate(out, "--population", "8", "--generations", "2", "--resume"));
    assertEquals(1, r.status());
    assertEquals("seapopym: error: cannot resume: " + out + " holds no checkpoint.properties, but "
        + "holds best.csv, identifiability.csv, logbook.csv, memory.csv, profiles.csv, summary.json; "
        + "nothing was changed. Start afresh without --resume in another directory (or delete those "
        + "files)\n", r.err());
    assertEquals(logbook, Files.readString(out.resolve("logbook.csv")));
  }

  @Test
  void theLogbookIsAppendedToNotRewritten() throws IOException {
    Path out = dir.resolve("cal");
    started(out);
    Path book = out.resolve("logbook.csv");
    Object inode = Files.readAttributes(book, BasicFileAttributes.class).fileKey();
    String first = Files.readString(book);
    Result r = run(in.calibrate(out, "--population", "8", "--generations", "5", "--resume"));
    assertEquals(0, r.status(), r.err());
    assertEquals(inode, Files.readAttributes(book, BasicFileAttributes.class).fileKey(),
        "the same file, appended to");
    assertTrue(Files.readString(book).startsWith(first));
    assertEquals(5, Logbook.read(book).generations());
  }

  @Test
  void aSweepResumedOverChangedForcingContentsIsRefused() throws IOException {
    Path work = dir.resolve("inputs");
    CliInputs copy = CliInputs.write(work, 90, 2);
    Path out = dir.resolve("sweep");
    assertEquals(0, run(copy.sweep(out, 3)).status());
    Files.delete(out.resolve("results.csv")); // as if killed before the end
    Files.writeString(copy.file("t.csv"), Files.readString(copy.file("t.csv"))
        .replaceFirst("\n(2000-01-01,[^\n]*,)([^,\n]+)\n", "\n$130.5\n"));
    Result r = run(copy.sweep(out, 3, "--resume"));
    assertEquals(1, r.status());
    assertTrue(r.err().contains("holds a different sweep: sweep.manifest line ")
        && r.err().contains("is 'input --temperature sha256:"), r.err());
    assertTrue(r.err().contains("choose another directory, or delete it to start over"), r.err());
  }
}
