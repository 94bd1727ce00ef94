package io.github.seapopym4j.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The group states computed in one pass over the forcings: the groups of one run, or of several
 * runs evaluated together ({@link NoTransportModel#startAll}). The pipeline of a {@link
 * KernelStrategy} runs on it.
 *
 * <p>A pass may split its cells into {@code tasks} contiguous ranges run on an executor; cells are
 * independent, so the results do not depend on the split.
 */
final class ModelPass {

  final PreparedContext context;
  final List<GroupState> groups;
  private final ExecutorService executor;
  private final int tasks;

  /**
   * @param executor runs the cell ranges, or {@code null} to compute on the calling thread
   * @param tasks the number of cell ranges (1 without an executor)
   */
  ModelPass(PreparedContext context, List<GroupState> groups, ExecutorService executor, int tasks) {
    this.context = context;
    this.groups = groups;
    this.executor = executor;
    this.tasks = executor == null ? 1 : tasks;
  }

  /** A range of cells, [from, to). */
  @FunctionalInterface
  interface CellRange {
    void run(int from, int to);
  }

  /**
   * Runs {@code range} over every cell, split into at most {@code tasks} ranges whose bounds are
   * multiples of {@code align} (except the last), and waits for all of them.
   *
   * @throws IllegalStateException when a range fails or the wait is interrupted (the cause attached)
   */
  void forEachCellRange(int align, CellRange range) {
    int cells = context.cellCount();
    int parts = Math.min(tasks, Math.max(1, (cells + align - 1) / align));
    if (parts == 1) {
      range.run(0, cells);
      return;
    }
    int per = ((cells + parts - 1) / parts + align - 1) / align * align;
    List<Future<?>> futures = new ArrayList<>(parts);
    for (int from = 0; from < cells; from += per) {
      int a = from;
      int b = Math.min(cells, from + per);
      futures.add(executor.submit(() -> range.run(a, b)));
    }
    RuntimeException failure = null;
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (ExecutionException e) {
        if (failure == null) {
          failure = e.getCause() instanceof RuntimeException r ? r
              : new IllegalStateException("a cell range of the model failed", e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        futures.forEach(x -> x.cancel(true));
        throw new IllegalStateException("interrupted while the model ran", e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
