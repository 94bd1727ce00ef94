package io.github.seapopym4j.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The block arrays of the fused strategy, kept per thread and reused from run to run, so that a run
 * allocates only its O(cohorts) state on the heap (a population of thousands of runs would
 * otherwise allocate some 20 KB of scratch each). A thread holds at most one pass's worth: (3 ×
 * groups + distinct temperatures + 1) arrays of {@link FusedStrategy#BLOCK} doubles.
 *
 * @implNote One instance per thread ({@link #forThisThread()}); a pass takes its arrays after
 *     {@link #reset()} and must not be re-entered on the same thread while it uses them.
 */
final class BlockScratch {

  private static final ThreadLocal<BlockScratch> PER_THREAD = ThreadLocal.withInitial(BlockScratch::new);

  private final List<double[]> arrays = new ArrayList<>();
  private int used;

  private BlockScratch() {}

  /** This thread's scratch, emptied: every array is free again. */
  static BlockScratch forThisThread() {
    BlockScratch s = PER_THREAD.get();
    s.used = 0;
    return s;
  }

  /** An array of at least {@code length} doubles with stale values, not handed out since the reset. */
  double[] take(int length) {
    if (used == arrays.size()) {
      arrays.add(new double[Math.max(length, FusedStrategy.BLOCK)]);
    } else if (arrays.get(used).length < length) {
      arrays.set(used, new double[length]);
    }
    return arrays.get(used++);
  }
}
