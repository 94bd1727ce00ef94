package io.github.seapopym4j.model;

import io.github.seapopym4j.kernel.Pipeline;
import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The fused strategy ({@link KernelStrategy#FUSED}): one pass over time computes λ, R and B of
 * every group together, reading Tm and production from the shared context buffers, with no
 * intermediate field.
 *
 * <p>The [time, cell] fields are walked in blocks of about {@link #BLOCK} values: that many
 * neighbouring cells for one step, or, when the grid is narrower, whole rows for several steps (a
 * single cell gets {@code BLOCK} steps at a time). Each block of production and of each distinct Tm
 * is read once, with one bulk copy, for all the groups of the pass (of one run, or of several runs
 * evaluated together); each group then computes it in three tight loops ({@link FusedLane}) and
 * writes it back with one bulk copy per output. The strategy never strides through memory, and
 * nothing is allocated per step.
 */
final class FusedStrategy {

  static final Pipeline<ModelPass> STEPS = Pipeline.<ModelPass>named("no-transport groups (fused)")
      .step("average temperature", p -> p.groups.forEach(GroupState::averageTemperature))
      .step("recruitment thresholds", p -> p.groups.forEach(GroupState::thresholds))
      .step("mortality, recruited production and biomass", FusedStrategy::run)
      .build();

  /** Values per block: 4 KB per array, so a group's block arrays stay in the L1/L2 cache. */
  static final int BLOCK = 512;

  private FusedStrategy() {}

  /** Every cell, split over the pass's tasks. */
  static void run(ModelPass pass) {
    pass.forEachCellRange(BLOCK, (from, to) -> cells(pass, from, to));
  }

  /** λ, R and B [time, cell] of cells {@code from} (inclusive) to {@code to} (exclusive). */
  static void cells(ModelPass pass, int from, int to) {
    PreparedContext context = pass.context;
    int steps = context.timeSize();
    int cells = context.cellCount();
    int width = Math.min(BLOCK, to - from);
    int rows = width == cells ? Math.max(1, BLOCK / cells) : 1;
    if (rows == 1) {
      stepMajor(pass, from, to, width);
      return;
    }
    List<DoubleBuffer> temperatures = new ArrayList<>();
    List<Integer> pairs = new ArrayList<>();
    BlockScratch scratch = BlockScratch.forThisThread();
    FusedLane[] lanes = new FusedLane[pass.groups.size()];
    for (int g = 0; g < lanes.length; g++) {
      GroupState s = pass.groups.get(g);
      int input = inputOf(s, pairs, temperatures);
      lanes[g] = new FusedLane(s, input, width, rows, scratch);
    }
    DoubleBuffer pp = context.primaryProduction();
    double[] production = scratch.take(width * rows);
    double[][] temperature = new double[temperatures.size()][];
    for (int i = 0; i < temperature.length; i++) {
      temperature[i] = scratch.take(width * rows);
    }
    for (int c0 = from; c0 < to; c0 += width) {
      int w = Math.min(width, to - c0);
      for (FusedLane lane : lanes) {
        lane.start();
      }
      for (int t0 = 0; t0 < steps; t0 += rows) {
        int r = Math.min(rows, steps - t0);
        read(pp, production, cells, t0, r, c0, w);
        for (int i = 0; i < temperature.length; i++) {
          read(temperatures.get(i), temperature[i], cells, t0, r, c0, w);
        }
        for (FusedLane lane : lanes) {
          lane.step(temperature[lane.input], production, r, c0, w);
          lane.write(cells, t0, r, c0, w);
        }
      }
    }
  }

  /**
   * λ, R and B of cells {@code from..to−1} in tiles of {@code width} cells, one step of every tile
   * after the other ({@link LockstepLane}): each output is written a whole row of the range at a
   * time, which streams through memory faster than a tile's column of steps.
   */
  static void stepMajor(ModelPass pass, int from, int to, int width) {
    PreparedContext context = pass.context;
    int steps = context.timeSize();
    int cells = context.cellCount();
    int tiles = (to - from + width - 1) / width;
    int lastWidth = to - from - (tiles - 1) * width;
    List<DoubleBuffer> temperatures = new ArrayList<>();
    List<Integer> pairs = new ArrayList<>();
    BlockScratch scratch = BlockScratch.forThisThread();
    LockstepLane[] lanes = new LockstepLane[pass.groups.size()];
    for (int g = 0; g < lanes.length; g++) {
      GroupState s = pass.groups.get(g);
      int input = inputOf(s, pairs, temperatures);
      lanes[g] = new LockstepLane(s, input, tiles, width, lastWidth, scratch);
    }
    DoubleBuffer pp = context.primaryProduction();
    double[] production = scratch.take(width);
    double[][] temperature = new double[temperatures.size()][];
    for (int i = 0; i < temperature.length; i++) {
      temperature[i] = scratch.take(width);
    }
    for (int t = 0; t < steps; t++) {
      for (int tile = 0, c0 = from; c0 < to; tile++, c0 += width) {
        int w = Math.min(width, to - c0);
        pp.get(t * cells + c0, production, 0, w);
        for (int i = 0; i < temperature.length; i++) {
          temperatures.get(i).get(t * cells + c0, temperature[i], 0, w);
        }
        for (LockstepLane lane : lanes) {
          lane.step(tile, temperature[lane.input], production, t, c0, w);
        }
      }
    }
  }

  /**
   * The index of the group's Tm among the distinct temperatures of the pass ({@code temperatures},
   * one per (day, night) layer pair in {@code pairs}), added when new.
   */
  private static int inputOf(GroupState s, List<Integer> pairs, List<DoubleBuffer> temperatures) {
    int pair = s.dayLayer * s.context.layers().length + s.nightLayer;
    int input = pairs.indexOf(pair);
    if (input < 0) {
      input = pairs.size();
      pairs.add(pair);
      temperatures.add(s.averageTemperature);
    }
    return input;
  }

  /** Copies the block (steps t0..t0+rows−1, cells c0..c0+w−1) of a [time, cell] field. */
  static void read(DoubleBuffer from, double[] to, int cells, int t0, int rows, int c0, int w) {
    if (w == cells) {
      from.get(t0 * cells, to, 0, rows * w);
    } else {
      for (int r = 0; r < rows; r++) {
        from.get((t0 + r) * cells + c0, to, r * w, w);
      }
    }
  }

  /** Copies {@code from} into the block (steps t0..t0+rows−1, cells c0..c0+w−1) of a field. */
  static void write(double[] from, DoubleBuffer to, int cells, int t0, int rows, int c0, int w) {
    if (w == cells) {
      to.put(t0 * cells, from, 0, rows * w);
    } else {
      for (int r = 0; r < rows; r++) {
        to.put((t0 + r) * cells + c0, from, r * w, w);
      }
    }
  }
}
