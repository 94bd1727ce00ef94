package io.github.seapopym4j.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The values an executor JVM keeps across tasks and generations, one per key (an evaluator or a
 * sweep): the prepared objective or kernel is built by the first task that needs it and reused by
 * every later task of any generation in this JVM. It is the executor side of "broadcast once".
 *
 * <p>At most {@link #capacity()} values are kept (system property {@code
 * seapopym.spark.executorCacheCapacity}, default 4): beyond that the least recently used ones are
 * dropped, closed (when {@link AutoCloseable}) as soon as no task uses them. All values are closed
 * at JVM shutdown. In local mode the driver is the executor, so {@link #release} frees a value at
 * once when its evaluator closes.
 *
 * @implNote Thread-safe. A value is built outside the map lock, under its own entry's lock, so tasks
 *     of other keys are not held up; a failed build is not cached (a retried task builds again).
 */
public final class ExecutorCache {

  private static final int CAPACITY = Math.max(1,
      Integer.getInteger("seapopym.spark.executorCacheCapacity", 4));
  private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>(16, 0.75f, true);

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(ExecutorCache::closeAll,
        "seapopym-executor-cache-close"));
  }

  private ExecutorCache() {}

  /** A use of a cached value; closing it ends the use (it does not close the value). */
  public static final class Lease<T> implements AutoCloseable {
    private final Entry entry;
    private final T value;

    private Lease(Entry entry, T value) {
      this.entry = entry;
      this.value = value;
    }

    public T value() {
      return value;
    }

    @Override
    public void close() {
      ExecutorCache.end(entry);
    }
  }

  /**
   * The value for {@code key}, built with {@code build} when this JVM has none.
   *
   * @throws IllegalStateException wrapping what {@code build} threw (the task fails, Spark retries)
   */
  @SuppressWarnings("unchecked")
  public static <T> Lease<T> acquire(String key, Callable<? extends T> build) {
    Entry e;
    synchronized (ENTRIES) {
      e = ENTRIES.computeIfAbsent(key, Entry::new);
      e.users++;
    }
    try {
      return new Lease<>(e, (T) e.get(build));
    } catch (RuntimeException | Error x) {
      synchronized (ENTRIES) {
        ENTRIES.remove(key, e);
        e.dropped = true; // a task still waiting on this entry builds a value that is closed after it
      }
      end(e);
      throw x;
    } finally {
      evictBeyondCapacity();
    }
  }

  /** Drops the value of {@code key} in this JVM, closing it once no task uses it. */
  public static void release(String key) {
    Entry e;
    synchronized (ENTRIES) {
      e = ENTRIES.remove(key);
      if (e == null) {
        return;
      }
      e.dropped = true;
      if (e.users > 0) {
        return;
      }
    }
    e.closeValue();
  }

  /** The number of values this JVM holds now. */
  public static int size() {
    synchronized (ENTRIES) {
      return ENTRIES.size();
    }
  }

  /** The most values kept per JVM. */
  public static int capacity() {
    return CAPACITY;
  }

  private static void end(Entry e) {
    boolean close;
    synchronized (ENTRIES) {
      e.users--;
      close = e.dropped && e.users == 0;
    }
    if (close) {
      e.closeValue();
    }
  }

  private static void evictBeyondCapacity() {
    List<Entry> toClose = new ArrayList<>();
    synchronized (ENTRIES) {
      Iterator<Entry> it = ENTRIES.values().iterator();
      int excess = ENTRIES.size() - CAPACITY;
      while (excess > 0 && it.hasNext()) {
        Entry e = it.next();
        it.remove();
        excess--;
        e.dropped = true;
        if (e.users == 0) {
          toClose.add(e);
        }
      }
    }
    toClose.forEach(Entry::closeValue);
  }

  private static void closeAll() {
    List<Entry> all;
    synchronized (ENTRIES) {
      all = new ArrayList<>(ENTRIES.values());
      ENTRIES.clear();
    }
    all.forEach(Entry::closeValue);
  }

  /** One key's value, built once. */
  private static final class Entry {
    final String key;
    int users; // guarded by ENTRIES
    boolean dropped; // guarded by ENTRIES
    private Object value;
    private boolean closed;

    Entry(String key) {
      this.key = key;
    }

    synchronized Object get(Callable<?> build) {
      if (closed) {
        throw new IllegalStateException("executor cache entry " + key + " was closed");
      }
      if (value == null) {
        try {
          value = build.call();
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException("cannot build " + key + " on this executor: " + e, e);
        }
        if (value == null) {
          throw new IllegalStateException("building " + key + " gave null");
        }
      }
      return value;
    }

    synchronized void closeValue() {
      if (closed) {
        return;
      }
      closed = true;
      if (value instanceof AutoCloseable c) {
        try {
          c.close();
        } catch (Exception e) {
          // Closing frees memory on the way out; nothing useful to do with a failure here.
        }
      }
      value = null;
    }
  }
}
