package io.github.seapopym4j.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepPartsTest {

  private static final SweepPlan PLAN = SweepPlan.grid(Axis.integers("window", 5, 50, 4),
      Axis.linear("k", 0.5, 3, 6), Axis.linear("exit", -1, 1, 5));
  private static final SweepFunction KERNEL = new FiveMeasureFunction();

  @TempDir
  Path tmp;

  /** Plays a distributed engine: chunks evaluated and written out of order, as workers would. */
  private static SweepResult runInReverse(SweepParts parts, Path out) {
    int[] pending = parts.pending();
    for (int k = pending.length - 1; k >= 0; k--) {
      int i = pending[k];
      double[][] cols = SweepParts.evaluateChunk(parts.plan(), KERNEL, i, parts.chunkSize());
      if (out != null) {
        SweepParts.writeChunk(parts.plan(), KERNEL.metrics(), i, parts.chunkSize(), cols, out);
      }
      parts.accept(i, cols);
    }
    return parts.finish(0, 0, 1);
  }

  @Test
  void chunksEvaluatedElsewhereGiveTheFileAndColumnsOfALocalSweep() throws IOException {
    SweepResult local = Sweep.builder(PLAN, KERNEL).threads(1).chunkSize(16)
        .output(tmp.resolve("local")).build().run();
    Path out = tmp.resolve("parts");
    SweepResult parts = runInReverse(
        SweepParts.open(PLAN, KERNEL, 16, SweepLimits.DEFAULT, out, false), out);
    assertTrue(parts.complete());
    for (SweepMeasure m : KERNEL.metrics()) {
      assertArrayEquals(local.column(m.name()), parts.column(m.name()), m.name());
    }
    assertEquals(Files.readString(tmp.resolve("local/results.csv")),
        Files.readString(out.resolve("results.csv")));
    assertFalse(Files.exists(out.resolve("chunks")));
  }

  @Test
  void aLocalSweepStoppedEarlyIsFinishedByParts() throws IOException {
    Path out = tmp.resolve("resumed");
    Sweep.builder(PLAN, KERNEL).threads(1).chunkSize(16).output(out)
        .stopWhen(p -> p.done() >= 48).build().run();
    SweepParts parts = SweepParts.open(PLAN, KERNEL, 16, SweepLimits.DEFAULT, out, true);
    assertEquals(8 - 3, parts.pending().length, "3 chunks of 16 were done, 5 remain");
    runInReverse(parts, out);
    SweepResult whole = Sweep.builder(PLAN, KERNEL).threads(1).chunkSize(16)
        .output(tmp.resolve("whole")).build().run();
    assertTrue(whole.complete());
    assertEquals(Files.readString(tmp.resolve("whole/results.csv")),
        Files.readString(out.resolve("results.csv")));
  }

  @Test
  void aChunkOutsideThePlanIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SweepParts.evaluateChunk(PLAN, KERNEL, 8, 16));
    assertEquals("chunk must be in [0, 8) for 120 combinations in chunks of 16, but was 8",
        e.getMessage());
  }
}
