package io.github.seapopym4j.calibration;

import io.github.seapopym4j.calibration.EvaluationReport.Failure;
import io.github.seapopym4j.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fitness cache in front of any {@link PopulationEvaluator}: a parameter vector seen before (same
 * {@code double} bits, coordinate by coordinate) is answered without running it again, and a vector
 * repeated within one population runs once. Elitism and converged populations produce many such
 * repeats. Failed individuals are not cached (they are retried when they come back).
 *
 * <p>Only exact repeats hit, so a deterministic objective gives the same fitness with or without
 * the cache; turn it off for noisy objectives. The least recently used entries are dropped beyond
 * {@code capacity}.
 */
public final class CachingEvaluator implements PopulationEvaluator {

  /** Default capacity: 100,000 vectors (about 10 MB for a handful of parameters). */
  public static final int DEFAULT_CAPACITY = 100_000;

  private final PopulationEvaluator delegate;
  private final LinkedHashMap<Key, Double> cache;
  private EvaluationReport last = EvaluationReport.empty();

  /** Wraps {@code delegate}; closing this closes it. */
  public CachingEvaluator(PopulationEvaluator delegate, int capacity) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    Checks.atLeast(capacity, 1, "cache capacity");
    this.cache = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, Double> eldest) {
        return size() > capacity;
      }
    };
  }

  @Override
  public synchronized double[] evaluate(double[][] population) {
    long t0 = System.nanoTime();
    int n = population.length;
    double[] out = new double[n];
    int hits = 0;
    LinkedHashMap<Key, List<Integer>> misses = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Key k = new Key(population[i]);
      Double cached = cache.get(k);
      if (cached != null) {
        out[i] = cached;
        hits++;
      } else {
        misses.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
      }
    }
    List<Failure> failures = new ArrayList<>();
    int evaluated = 0;
    if (!misses.isEmpty()) {
      List<List<Integer>> slots = new ArrayList<>(misses.values());
      double[][] unique = new double[slots.size()][];
      for (int j = 0; j < unique.length; j++) {
        unique[j] = population[slots.get(j).get(0)];
      }
      double[] f = delegate.evaluate(unique);
      EvaluationReport r = delegate.lastReport();
      evaluated = r.evaluated();
      boolean[] failed = new boolean[unique.length];
      for (Failure x : r.failures()) {
        failed[x.index()] = true;
        for (int i : slots.get(x.index())) {
          failures.add(new Failure(i, population[i], x.reason()));
        }
      }
      for (int j = 0; j < unique.length; j++) {
        for (int i : slots.get(j)) {
          out[i] = f[j];
        }
        hits += slots.get(j).size() - 1;
        if (!failed[j]) {
          cache.put(new Key(unique[j]), f[j]);
        }
      }
    }
    failures.sort((a, b) -> Integer.compare(a.index(), b.index()));
    last = new EvaluationReport(n, evaluated, hits, failures, System.nanoTime() - t0);
    return out;
  }

  @Override
  public synchronized EvaluationReport lastReport() {
    return last;
  }

  /** The number of vectors cached now. */
  public synchronized int size() {
    return cache.size();
  }

  @Override
  public synchronized void clearCache() {
    cache.clear();
    delegate.clearCache();
  }

  @Override
  public void close() {
    synchronized (this) {
      cache.clear();
    }
    delegate.close();
  }

  /** A vector's exact bits, as a hash key. */
  private static final class Key {
    private final long[] bits;
    private final int hash;

    Key(double[] x) {
      bits = new long[x.length];
      for (int i = 0; i < x.length; i++) {
        bits[i] = Double.doubleToLongBits(x[i]);
      }
      hash = Arrays.hashCode(bits);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(bits, k.bits);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
