package io.github.seapopym4j.model;

import io.github.seapopym4j.kernel.Biomass;
import io.github.seapopym4j.kernel.CohortQueue;
import java.nio.DoubleBuffer;
import java.util.Arrays;

/**
 * One group of the fused strategy on one block of several steps of a few cells ({@link
 * FusedStrategy}, grids of at most half a block; wider ones step with {@link LockstepLane}): the
 * state of its cells (one {@link CohortQueue} lane and the biomass per cell) and its output arrays
 * for the block.
 *
 * <p>{@link #step} first computes λ and E·PP for the whole block ({@link GroupKernel}), then runs
 * each cell through the block's steps with its queue state in registers ({@link CohortQueue#lane})
 * and the biomass update in the same loop, so that the two recursions overlap. R and B are those of
 * {@link CohortQueue#step} and {@link Biomass#explicitStep} / {@link Biomass#implicitStep}, bit for
 * bit.
 */
final class FusedLane {

  /** Index of the lane's Tm among the distinct temperatures of the pass. */
  final int input;
  private final GroupKernel k;
  private final CohortQueue queue;
  private final double[] lambda;
  private final double[] recruited;
  private final double[] biomass;
  private final double[] state;

  /** A lane whose block arrays come from {@code scratch} (their old values are overwritten). */
  FusedLane(GroupState s, int input, int width, int rows, BlockScratch scratch) {
    this.input = input;
    k = new GroupKernel(s);
    queue = new CohortQueue(k.minTemperature, width);
    lambda = scratch.take(width * rows);
    recruited = scratch.take(width * rows);
    biomass = scratch.take(width * rows);
    state = scratch.take(width);
  }

  /** Cold start for a new tile of cells. */
  void start() {
    queue.reset();
    Arrays.fill(state, 0.0);
  }

  /**
   * Computes {@code rows} steps of {@code w} cells from the block arrays of Tm and production.
   *
   * @param c0 the first cell of the block (for the production mask)
   */
  void step(double[] temperature, double[] production, int rows, int c0, int w) {
    k.rates(temperature, rows * w, lambda);
    k.production(production, rows, c0, w, recruited);
    for (int j = 0; j < w; j++) {
      CohortQueue.Lane lane = queue.lane(j);
      double b = state[j];
      for (int r = 0, i = j; r < rows; r++, i += w) {
        double rec = lane.step(recruited[i], temperature[i]);
        b = k.biomass(b, rec, lambda[i]);
        recruited[i] = rec;
        biomass[i] = b;
      }
      lane.save();
      state[j] = b;
    }
  }

  /** Writes the block's λ, R and B into the group's fields. */
  void write(int cells, int t0, int rows, int c0, int w) {
    FusedStrategy.write(lambda, k.lambdaOut, cells, t0, rows, c0, w);
    FusedStrategy.write(recruited, k.recruitedOut, cells, t0, rows, c0, w);
    FusedStrategy.write(biomass, k.biomassOut, cells, t0, rows, c0, w);
  }
}
