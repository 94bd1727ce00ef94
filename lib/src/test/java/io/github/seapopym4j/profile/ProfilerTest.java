package io.github.seapopym4j.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ProfilerTest {

  /** Busy work of about {@code micros} µs, allocating {@code bytes} bytes. */
  private static long work(long micros, int bytes) {
    long end = System.nanoTime() + micros * 1000;
    long x = 0;
    byte[][] keep = new byte[Math.max(1, bytes / 1024)][];
    for (int i = 0; i < keep.length && bytes > 0; i++) {
      keep[i] = new byte[1024];
    }
    while (System.nanoTime() < end) {
      x += keep.length;
    }
    return x;
  }

  @Test
  void stageTimesAddUpToTheWallTimeOnOneThread() {
    // What is measured is the profiler's own bookkeeping between stages once it runs compiled, so
    // first open and close enough stages for the JIT to compile them (interpreted, a stage costs
    // tens of µs, which is start-up, not bookkeeping).
    Profiler warm = Profiler.enabled();
    for (int i = 0; i < 20_000; i++) {
      try (Profiler.Stage outer = warm.stage("optimiser"); Profiler.Stage s = warm.stage("run")) {
        work(0, 0);
      }
    }
    // Being descheduled between two stages only ever adds uncovered time, so the best of three
    // attempts is the estimate of the bookkeeping; each attempt's stage sums are checked in full.
    double best = 0;
    for (int attempt = 0; attempt < 3 && best < 0.95; attempt++) {
      best = Math.max(best, coverageOfTwentyNestedIterations());
    }
    assertTrue(best >= 0.95, "stages cover < 95 % of the wall time in 3 attempts: " + best);
  }

  /** Stage totals / wall time of 20 iterations of 1 ms of work in nested stages. */
  private static double coverageOfTwentyNestedIterations() {
    Profiler p = Profiler.enabled();
    long t0 = System.nanoTime();
    for (int i = 0; i < 20; i++) {
      try (Profiler.Stage outer = p.stage("optimiser")) {
        work(200, 0);
        try (Profiler.Stage s = p.stage("run")) {
          work(500, 0);
        }
        try (Profiler.Stage s = p.stage("score")) {
          work(300, 0);
        }
      }
    }
    long wall = System.nanoTime() - t0;
    long sum = p.totalNanos();
    // Exclusive times never exceed the wall time; the rest is the loop and the profiler's own
    // bookkeeping between stages (a few µs per stage against 1 ms of work per iteration): 5 %.
    assertTrue(sum <= wall, sum + " > " + wall);
    assertTrue(p.summary("run").totalNanos() >= 20 * 500_000L);
    assertTrue(p.summary("optimiser").totalNanos() < p.summary("run").totalNanos()
        + p.summary("score").totalNanos(),
        () -> "nested stages must not be counted in their parent: " + p.table().print());
    return (double) sum / wall;
  }

  @Test
  void countersIncreaseWithEveryCall() {
    Profiler p = Profiler.enabled();
    long previousCalls = 0;
    long previousNanos = 0;
    long previousBytes = 0;
    for (int i = 1; i <= 5; i++) {
      try (Profiler.Stage s = p.stage("load")) {
        work(50, 64 * 1024);
      }
      StageSummary s = p.summary("load");
      assertEquals(i, s.calls());
      assertTrue(s.totalNanos() > previousNanos);
      assertTrue(s.allocatedBytes() >= previousBytes + 64 * 1024, s.toString());
      previousCalls = s.calls();
      previousNanos = s.totalNanos();
      previousBytes = s.allocatedBytes();
    }
    assertEquals(5, previousCalls);
    StageSummary s = p.summary("load");
    assertTrue(s.p50Nanos() >= 50_000 && s.p50Nanos() <= s.p95Nanos(), s.toString());
  }

  @Test
  void disabledProfilerRecordsNothingAndHandsOutOneSharedStage() {
    Profiler p = Profiler.disabled();
    Profiler.Stage a = p.stage("run");
    Profiler.Stage b = p.stage("score");
    assertSame(a, b);
    a.close();
    p.record("load", 10, 10);
    assertTrue(p.summaries().isEmpty());
    assertEquals(0, p.table().rowCount());
    assertSame(Profiler.disabled(), p);
  }

  @Test
  void stagesFromSeveralThreadsAreAllCounted() throws Exception {
    Profiler p = Profiler.enabled();
    ExecutorService ex = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> f = List.of(ex.submit(() -> loop(p)), ex.submit(() -> loop(p)));
      for (Future<?> x : f) {
        x.get();
      }
    } finally {
      ex.shutdownNow();
    }
    assertEquals(2000, p.summary("run").calls());
  }

  private static void loop(Profiler p) {
    for (int i = 0; i < 1000; i++) {
      try (Profiler.Stage s = p.stage("run")) {
        work(1, 0);
      }
    }
  }

  @Test
  void closingAnOuterStageFirstIsRefused() {
    Profiler p = Profiler.enabled();
    Profiler.Stage outer = p.stage("outer");
    Profiler.Stage inner = p.stage("inner");
    IllegalStateException e = assertThrows(IllegalStateException.class, outer::close);
    assertTrue(e.getMessage().contains("stage 'outer'") && e.getMessage().contains("'inner'"),
        e.getMessage());
    inner.close();
    outer.close();
    assertEquals(1, p.summary("outer").calls());
  }

  @Test
  void tableHasOneRowPerStageInFirstSeenOrder() {
    Profiler p = Profiler.enabled();
    p.record("load", 3_000_000, 100);
    p.record("run", 1_000_000, 10);
    p.record("run", 3_000_000, 30);
    Table t = p.table();
    assertEquals(List.of("load", "run"), t.stringColumn("stage").asList());
    assertEquals(2, t.longColumn("calls").get(1));
    assertEquals(4.0, t.doubleColumn("total_ms").get(1), 1e-12);
    assertEquals(2.0, t.doubleColumn("mean_ms").get(1), 1e-12);
    assertEquals(4 / 7.0, t.doubleColumn("share").get(1), 1e-12);
    assertEquals(20, t.longColumn("allocated_bytes_per_call").get(1));
  }

  @Test
  void percentilesUseTheNearestRank() {
    long[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertEquals(5, StageStats.percentile(v, 0.5));
    assertEquals(10, StageStats.percentile(v, 0.95));
    assertEquals(0, StageStats.percentile(new long[0], 0.5));
  }
}
