package io.github.seapopym4j.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline of {@link BaselineTest}, run in a JVM of its own so that the resident set reflects
 * only this work (memory the naive workflow frees is kept by the process and would hide a later
 * test's allocations, and other tests' memory would blur this one's). Prints the report, then one
 * line {@code figures <init ratio min> <naive growth over generations> <seapopym4j growth over
 * generations> <naive samples> <seapopym4j samples> <identical>}.
 */
final class BaselineRun {

  private BaselineRun() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("baseline-run");
    BaselineReport r = Baseline.builder(CalibrationWorkload.synthetic(dir, 1)).population(6)
        .generations(3).repeats(2).build().run();
    System.out.print(r.summary());
    System.out.println(r.json());
    BaselineOutcome n = r.naive().get(r.naive().size() - 1);
    BaselineOutcome s = r.seapopym4j().get(r.seapopym4j().size() - 1);
    System.out.printf("figures %s %d %d %d %d %b%n", r.init().ratioMin(),
        n.growthOverGenerationsBytes(), s.growthOverGenerationsBytes(), n.memory().size(),
        s.memory().size(), r.identicalResults());
  }
}
