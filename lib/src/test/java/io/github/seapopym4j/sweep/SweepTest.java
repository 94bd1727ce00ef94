package io.github.seapopym4j.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {

  /** A small sweep: 4 × 6 × 5 = 120 combinations of a cheap five-metric kernel. */
  private static final SweepPlan PLAN = SweepPlan.grid(Axis.integers("window", 5, 50, 4),
      Axis.linear("k", 0.5, 3, 6), Axis.linear("exit", -1, 1, 5));
  private static final SweepFunction KERNEL = new FiveMeasureFunction();

  @TempDir
  Path tmp;

  @Test
  void resultsDoNotDependOnThreadCount() throws IOException {
    SweepResult one = Sweep.builder(PLAN, KERNEL).threads(1).chunkSize(13)
        .output(tmp.resolve("one")).build().run();
    SweepResult three = Sweep.builder(PLAN, KERNEL).threads(3).chunkSize(13)
        .output(tmp.resolve("three")).build().run();
    for (SweepMeasure m : KERNEL.metrics()) {
      assertArrayEquals(one.column(m.name()), three.column(m.name()), m.name());
    }
    assertEquals(Files.readString(tmp.resolve("one/results.csv")),
        Files.readString(tmp.resolve("three/results.csv")));
    assertEquals(3, three.timings().threads());
  }

  /** An engine that evaluates the chunks last first, one by one, on the calling thread. */
  private static final class ReverseEngine implements ChunkExecutor {
    @Override
    public int workers(int chunkCount) {
      return 1;
    }

    @Override
    public void execute(Job job, int[] chunks, Sink sink) {
      for (int k = chunks.length - 1; k >= 0 && !sink.stopped(); k--) {
        double[][] columns = SweepParts.evaluateChunk(job.plan(), job.function(), chunks[k],
            job.chunkSize());
        SweepParts.writeChunk(job.plan(), job.function().metrics(), chunks[k], job.chunkSize(),
            columns, job.output());
        sink.accept(chunks[k], columns, 0, 0);
      }
    }
  }

  @Test
  void anotherEngineBehindTheOneDriverWritesTheSameFile() throws IOException {
    Sweep.builder(PLAN, KERNEL).threads(2).chunkSize(13).output(tmp.resolve("local")).build().run();
    List<Long> reported = new ArrayList<>();
    SweepResult other = Sweep.builder(PLAN, KERNEL).engine(new ReverseEngine()).chunkSize(13)
        .progressEvery(50).listener(p -> reported.add(p.done())).output(tmp.resolve("other"))
        .build().run();
    assertTrue(other.complete());
    assertEquals(1, other.timings().threads());
    assertEquals(Files.readString(tmp.resolve("local/results.csv")),
        Files.readString(tmp.resolve("other/results.csv")));
    assertEquals(List.of(55L, 107L, 120L), reported, "progress as the driver counts chunks");
  }

  @Test
  void cancelledSweepResumesAndWritesTheSameFileAsAnUninterruptedOne() throws IOException {
    Path whole = tmp.resolve("whole");
    Path killed = tmp.resolve("killed");
    Sweep.builder(PLAN, KERNEL).threads(2).chunkSize(16).output(whole).build().run();

    SweepResult partial = Sweep.builder(PLAN, KERNEL).threads(2).chunkSize(16).output(killed)
        .stopWhen(p -> p.done() >= 48).build().run();
    assertFalse(partial.complete());
    assertTrue(partial.available() >= 48 && partial.available() < 120, "" + partial.available());
    assertFalse(Files.exists(killed.resolve("results.csv")));
    assertTrue(Double.isNaN(partial.metric("pnl", 119)), "last chunk not evaluated");

    CountingKernel counting = new CountingKernel(KERNEL);
    SweepResult resumed = Sweep.builder(PLAN, counting).threads(2).chunkSize(16).output(killed)
        .resume(true).build().run();
    assertTrue(resumed.complete());
    assertEquals(120 - partial.available(), counting.combinations.get(),
        "a resumed sweep evaluates only the missing chunks");
    assertEquals(partial.available(), resumed.timings().resumed());
    assertEquals(Files.readString(whole.resolve("results.csv")),
        Files.readString(killed.resolve("results.csv")));
    assertFalse(Files.exists(killed.resolve("chunks")), "chunk files are removed once assembled");
  }

  @Test
  void kernelFailureStopsTheSweepAndResumeFinishesIt() throws IOException {
    Path whole = tmp.resolve("whole");
    Path failed = tmp.resolve("failed");
    SweepResult reference = Sweep.builder(PLAN, KERNEL).threads(1).chunkSize(10).output(whole)
        .build().run();
    IllegalStateException boom = new IllegalStateException("injected failure");
    SweepFunction failing = new CountingKernel(KERNEL) {
      @Override
      public void evaluate(Chunk chunk) {
        if (chunk.index() == 5) {
          throw boom;
        }
        super.evaluate(chunk);
      }
    };
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> Sweep.builder(PLAN, failing).threads(1).chunkSize(10).output(failed).build().run());
    assertSame(boom, thrown);
    assertTrue(Files.exists(failed.resolve("chunks/chunk-000004.csv")));
    assertFalse(Files.exists(failed.resolve("chunks/chunk-000005.csv")));

    SweepResult resumed = Sweep.builder(PLAN, KERNEL).threads(1).chunkSize(10).output(failed)
        .resume(true).build().run();
    assertEquals(Files.readString(whole.resolve("results.csv")),
        Files.readString(failed.resolve("results.csv")));
    assertArrayEquals(reference.column("sharpe"), resumed.column("sharpe"));
  }

  @Test
  void resumingACompleteSweepReadsItsResultsBack() {
    Path dir = tmp.resolve("done");
    SweepResult first = Sweep.builder(PLAN, KERNEL).chunkSize(50).output(dir).build().run();
    CountingKernel counting = new CountingKernel(KERNEL);
    SweepResult again = Sweep.builder(PLAN, counting).chunkSize(50).output(dir).resume(true).build()
        .run();
    assertEquals(0, counting.combinations.get());
    assertArrayEquals(first.column("win_rate"), again.column("win_rate"));
    assertArrayEquals(first.column("trades"), again.column("trades"));
  }

  @Test
  void aUsedDirectoryIsRefusedWithoutResumeAndADifferentSweepEvenWithIt() {
    Path dir = tmp.resolve("used");
    Sweep.builder(PLAN, KERNEL).chunkSize(50).output(dir).build().run();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Sweep.builder(PLAN, KERNEL).chunkSize(50).output(dir).build().run());
    assertEquals(dir + " already holds a sweep (sweep.manifest); resume it (--resume) or choose "
        + "another directory", e.getMessage());
    e = assertThrows(IllegalStateException.class,
        () -> Sweep.builder(PLAN, KERNEL).chunkSize(40).output(dir).resume(true).build().run());
    assertTrue(e.getMessage().contains("holds a different sweep: sweep.manifest line 8 is "
        + "'chunk_size 50' but this sweep has 'chunk_size 40'"), e.getMessage());
  }

  @Test
  void progressIsReportedAtEachIntervalCrossingAndAtTheEnd() {
    List<Long> done = Collections.synchronizedList(new ArrayList<>());
    SweepPlan plan = SweepPlan.grid(Axis.integers("a", 0, 99, 100));
    Sweep.builder(plan, new IndexKernel()).threads(1).chunkSize(10).progressEvery(25)
        .listener(p -> done.add(p.done())).build().run();
    assertEquals(List.of(30L, 50L, 80L, 100L), done);
  }

  @Test
  void ceilingIsCheckedBeforeTheKernelRuns() {
    CountingKernel counting = new CountingKernel(KERNEL);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Sweep.builder(PLAN, counting).limits(SweepLimits.DEFAULT.withMaxCombinations(100))
            .build().run());
    assertTrue(e.getMessage().startsWith("sweep has 120 combinations, above the ceiling of 100"),
        e.getMessage());
    assertEquals(0, counting.combinations.get());
  }

  @Test
  void runsOnAGivenExecutorWithoutShuttingItDown() {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      SweepResult r = Sweep.builder(PLAN, KERNEL).executor(pool).threads(2).chunkSize(7).build().run();
      assertTrue(r.complete());
      assertFalse(pool.isShutdown());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Delegates and counts the combinations it evaluates. */
  static class CountingKernel implements SweepFunction {
    final SweepFunction inner;
    final AtomicInteger combinations = new AtomicInteger();

    CountingKernel(SweepFunction inner) {
      this.inner = inner;
    }

    @Override
    public List<SweepMeasure> metrics() {
      return inner.metrics();
    }

    @Override
    public void evaluate(Chunk chunk) {
      combinations.addAndGet(chunk.size());
      inner.evaluate(chunk);
    }

    @Override
    public String describe() {
      return inner.describe();
    }
  }

  /** Writes the combination index and the square of axis 0 (so results are easy to predict). */
  static final class IndexKernel implements SweepFunction {
    @Override
    public List<SweepMeasure> metrics() {
      return List.of(SweepMeasure.count("index"), SweepMeasure.real("square", "1"));
    }

    @Override
    public void evaluate(Chunk chunk) {
      for (int i = chunk.from(); i < chunk.to(); i++) {
        double a = chunk.value(0, i);
        chunk.set(0, i, i);
        chunk.set(1, i, a * a);
      }
    }

    @Override
    public String describe() {
      return "index";
    }
  }
}
