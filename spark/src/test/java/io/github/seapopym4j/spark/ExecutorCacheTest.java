package io.github.seapopym4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExecutorCacheTest {

  /** Counts how often it is closed. */
  static final class Resource implements AutoCloseable {
    final AtomicInteger closed = new AtomicInteger();

    @Override
    public void close() {
      closed.incrementAndGet();
    }
  }

  static String key() {
    return "test-" + UUID.randomUUID();
  }

  @Test
  void aValueIsBuiltOncePerKeyAndReusedByLaterTasks() {
    String key = key();
    AtomicInteger builds = new AtomicInteger();
    Resource first;
    try (ExecutorCache.Lease<Resource> a = ExecutorCache.acquire(key, () -> {
      builds.incrementAndGet();
      return new Resource();
    })) {
      first = a.value();
    }
    try (ExecutorCache.Lease<Resource> b = ExecutorCache.acquire(key, Resource::new)) {
      assertSame(first, b.value());
    }
    assertEquals(1, builds.get());
    ExecutorCache.release(key);
    assertEquals(1, first.closed.get(), "released values are closed");
  }

  @Test
  void aValueInUseIsClosedOnlyWhenItsLastTaskEnds() {
    String key = key();
    Resource r;
    try (ExecutorCache.Lease<Resource> a = ExecutorCache.acquire(key, Resource::new)) {
      r = a.value();
      ExecutorCache.release(key);
      assertEquals(0, r.closed.get(), "still in use");
    }
    assertEquals(1, r.closed.get());
  }

  @Test
  void aFailedBuildIsNotCachedSoARetriedTaskBuildsAgain() {
    String key = key();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ExecutorCache.acquire(key, () -> {
          throw new java.io.IOException("forcings not readable");
        }));
    assertTrue(e.getMessage().contains("forcings not readable"), e.getMessage());
    try (ExecutorCache.Lease<Resource> a = ExecutorCache.acquire(key, Resource::new)) {
      assertEquals(0, a.value().closed.get());
    }
    ExecutorCache.release(key);
  }

  @Test
  void beyondCapacityTheLeastRecentlyUsedValuesAreClosed() {
    int n = ExecutorCache.capacity() + 2;
    Resource[] r = new Resource[n];
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      keys[i] = key();
      try (ExecutorCache.Lease<Resource> a = ExecutorCache.acquire(keys[i], Resource::new)) {
        r[i] = a.value();
      }
    }
    assertEquals(1, r[0].closed.get());
    assertEquals(1, r[1].closed.get());
    assertEquals(0, r[n - 1].closed.get());
    for (String k : keys) {
      ExecutorCache.release(k);
    }
    assertEquals(1, r[n - 1].closed.get());
  }
}
