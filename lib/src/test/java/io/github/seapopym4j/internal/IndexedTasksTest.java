package io.github.seapopym4j.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IndexedTasksTest {

  private ExecutorService pool;

  @BeforeEach
  void start() {
    pool = Executors.newFixedThreadPool(4);
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void everyIndexRunsOnceAndResultsDoNotDependOnTheWorkerCount() {
    for (int workers : new int[] {1, 2, 4}) {
      long[] out = new long[1000];
      AtomicInteger calls = new AtomicInteger();
      IndexedTasks.run(out.length, workers, pool, i -> {
        calls.incrementAndGet();
        out[i] = (long) i * i;
      }, null, "squaring");
      assertEquals(1000, calls.get(), workers + " workers");
      for (int i = 0; i < out.length; i++) {
        assertEquals((long) i * i, out[i], "index " + i + " with " + workers + " workers");
      }
    }
  }

  @Test
  void theLowestFailingIndexIsRethrownWhateverTheWorkerCount() {
    for (int workers : new int[] {1, 2, 4}) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> IndexedTasks.run(100, workers, pool, i -> {
            if (i == 7 || i == 8 || i == 9) {
              throw new IllegalStateException("task " + i);
            }
          }, null, "failing"));
      // 7 is always taken before 8 and 9, so whichever worker ran it, it failed first in index.
      assertEquals("task 7", e.getMessage(), workers + " workers");
    }
  }

  @Test
  void aFailureStopsWorkersFromTakingNewIndices() {
    AtomicInteger started = new AtomicInteger();
    assertThrows(IllegalArgumentException.class, () -> IndexedTasks.run(10_000, 2, pool, i -> {
      started.incrementAndGet();
      if (i == 3) {
        throw new IllegalArgumentException("bad");
      }
    }, null, "failing"));
    assertTrue(started.get() < 10_000, "stopped early, ran " + started.get());
  }

  @Test
  void errorsAreRethrownAsTheyAre() {
    assertThrows(StackOverflowError.class, () -> IndexedTasks.run(5, 2, pool, i -> {
      throw new StackOverflowError();
    }, null, "overflowing"));
  }

  @Test
  void cancellationStopsTakingIndicesAndReturnsNormally() {
    AtomicBoolean cancel = new AtomicBoolean();
    boolean[] ran = new boolean[1000];
    IndexedTasks.run(ran.length, 1, pool, i -> {
      ran[i] = true;
      if (i == 9) {
        cancel.set(true);
      }
    }, cancel::get, "cancelling");
    boolean[] expected = new boolean[1000];
    java.util.Arrays.fill(expected, 0, 10, true);
    assertArrayEquals(expected, ran, "one worker stops right after index 9");
  }

  @Test
  void badCountsAreRejected() {
    assertEquals("tasks must be ≥ 0 and workers ≥ 1, but were 3 and 0",
        assertThrows(IllegalArgumentException.class,
            () -> IndexedTasks.run(3, 0, pool, i -> { }, null, "x")).getMessage());
    IndexedTasks.run(0, 2, pool, i -> {
      throw new AssertionError("no task");
    }, null, "nothing");
  }
}
