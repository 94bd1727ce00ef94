package io.github.seapopym4j.forcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ForcingCacheTest {

  private final List<ForcingSet> made = new ArrayList<>();
  private final AtomicInteger loads = new AtomicInteger();

  private static ForcingCache.Key key(String name) {
    FileStamp s = new FileStamp(Path.of("/data", name), 1L, 2L);
    return new ForcingCache.Key(s, s, LoadOptions.defaults());
  }

  private Supplier<ForcingSet> loader() {
    return () -> {
      loads.incrementAndGet();
      ForcingSet f = ForcingSet.builder().daily(LocalDate.of(2000, 1, 1), 1).latitude(0).longitude(0)
          .layers(1).temperature(new double[] {1}).primaryProduction(new double[] {1}).build();
      synchronized (made) {
        made.add(f);
      }
      return f;
    };
  }

  @Test
  void aSecondGetOfTheSameKeyReturnsTheSameSetWithoutLoading() {
    ForcingCache cache = new ForcingCache(2);
    ForcingSet a = cache.get(key("a"), loader());
    assertSame(a, cache.get(key("a"), loader()));
    assertEquals(1, loads.get());
    made.forEach(ForcingSet::close);
  }

  @Test
  void aClosedSetIsNeverHandedOutAgain() {
    ForcingCache cache = new ForcingCache(2);
    ForcingSet a = cache.get(key("a"), loader());
    a.close();
    ForcingSet b = cache.get(key("a"), loader());
    assertNotSame(a, b);
    assertFalse(b.isClosed());
    assertEquals(2, loads.get());
    made.forEach(ForcingSet::close);
  }

  @Test
  void theLeastRecentlyUsedEntryIsDroppedButNotClosed() {
    ForcingCache cache = new ForcingCache(2);
    ForcingSet a = cache.get(key("a"), loader());
    cache.get(key("b"), loader());
    cache.get(key("a"), loader()); // a is now more recent than b
    cache.get(key("c"), loader()); // drops b
    assertEquals(2, cache.size());
    assertSame(a, cache.get(key("a"), loader()));
    assertEquals(3, loads.get());
    cache.get(key("b"), loader());
    assertEquals(4, loads.get());
    assertFalse(made.get(1).isClosed(), "a dropped set may still be in use");
    cache.clear();
    assertEquals(0, cache.size());
    made.forEach(ForcingSet::close);
  }

  @Test
  void twoThreadsLoadingTheSameFilesAtOnceGetOneSetAndTheOtherIsClosed() throws Exception {
    ForcingCache cache = new ForcingCache(2);
    CountDownLatch bothLoading = new CountDownLatch(2);
    Supplier<ForcingSet> inner = loader();
    Supplier<ForcingSet> slow = () -> {
      bothLoading.countDown();
      try {
        bothLoading.await();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return inner.get();
    };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<ForcingSet> f1 = pool.submit(() -> cache.get(key("a"), slow));
      Future<ForcingSet> f2 = pool.submit(() -> cache.get(key("a"), slow));
      assertSame(f1.get(), f2.get());
    } finally {
      pool.shutdown();
    }
    assertEquals(2, loads.get());
    assertEquals(1, made.stream().filter(ForcingSet::isClosed).count());
    made.forEach(ForcingSet::close);
  }

  @Test
  void capacityMustBePositive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ForcingCache(0));
    assertTrue(e.getMessage().contains("≥ 1") && e.getMessage().contains("0"), e.getMessage());
  }
}
