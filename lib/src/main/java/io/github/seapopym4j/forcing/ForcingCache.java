package io.github.seapopym4j.forcing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A small least-recently-used cache of loaded forcing sets, so that re-running a notebook cell that
 * loads the same unchanged files costs nothing.
 *
 * <p>The key is both files' {@link FileStamp} (absolute path, modification time, size) and the
 * {@link LoadOptions}: a file changed on disk, or other options, give another key. A set that was
 * closed is never handed out again: it is dropped and the files are loaded anew. Sets that fall out of
 * the cache (or are cleared) are <em>not</em> closed, since callers may still use them; close them
 * yourself, or the garbage collector releases their memory once they are unreachable.
 *
 * @implNote Thread-safe. The map is guarded by this object's lock; loading happens outside it, so two
 *     threads loading different files do not wait on each other. Two threads loading the same files at
 *     once may both read them; one set is kept and the other is closed.
 */
final class ForcingCache {

  /** The identity of one load. */
  record Key(FileStamp temperature, FileStamp production, LoadOptions options) {}

  private final int capacity;
  private final LinkedHashMap<Key, ForcingSet> map;

  ForcingCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("cache capacity must be ≥ 1, but was " + capacity);
    }
    this.capacity = capacity;
    this.map = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, ForcingSet> eldest) {
        return size() > ForcingCache.this.capacity;
      }
    };
  }

  /** The cached open set for {@code key}, or a new one from {@code loader}, which is then cached. */
  ForcingSet get(Key key, Supplier<ForcingSet> loader) {
    ForcingSet cached = lookup(key);
    if (cached != null) {
      return cached;
    }
    ForcingSet loaded = loader.get();
    synchronized (this) {
      ForcingSet other = map.get(key);
      if (other != null && !other.isClosed()) {
        loaded.close();
        return other;
      }
      map.put(key, loaded);
      return loaded;
    }
  }

  private synchronized ForcingSet lookup(Key key) {
    ForcingSet s = map.get(key);
    if (s != null && s.isClosed()) {
      map.remove(key);
      return null;
    }
    return s;
  }

  /** Forgets every entry without closing the sets. */
  synchronized void clear() {
    map.clear();
  }

  /** Number of entries (closed sets included until looked up). */
  synchronized int size() {
    return map.size();
  }

  int capacity() {
    return capacity;
  }
}
