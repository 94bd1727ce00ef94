package io.github.seapopym4j.model;

import io.github.seapopym4j.kernel.Biomass;
import io.github.seapopym4j.kernel.LockstepCohorts;
import io.github.seapopym4j.kernel.Mortality;

/**
 * One group of the fused strategy when it steps rows of cells one step at a time ({@link
 * FusedStrategy#stepMajor}): the state of each tile of neighbouring cells (its {@link
 * LockstepCohorts} and the biomass of the last step) and the block arrays of one tile and step.
 *
 * <p>{@link #step} computes λ = λ0·exp(γλ·Tm) ({@link Mortality#ratesInto}), E·PP, R (the tile's
 * cohort planes, told the range of Tm over the tile from the context, {@link FieldBounds}) and B,
 * each as a loop over the tile's cells, and writes the three into the group's fields. R and B are
 * those of {@code Production.step} (the test reference) and {@link Biomass#explicitStep} /
 * {@link Biomass#implicitStep}, bit for bit.
 */
final class LockstepLane {

  /** Index of the lane's Tm among the distinct temperatures of the pass. */
  final int input;
  private final GroupKernel k;
  private final FieldBounds bounds;
  private final boolean finiteProduction;
  private final LockstepCohorts[] planes;
  private final double[][] biomass;
  private final double[] lambda;
  private final double[] recruited;
  private final int cells;

  /**
   * A lane for {@code tiles} tiles of {@code width} cells (the last one {@code lastWidth}), all
   * empty; its block arrays come from {@code scratch}.
   */
  LockstepLane(GroupState s, int input, int tiles, int width, int lastWidth, BlockScratch scratch) {
    this.input = input;
    cells = s.context.cellCount();
    k = new GroupKernel(s);
    bounds = s.context.averageTemperatureBounds(s.dayLayer, s.nightLayer);
    finiteProduction = k.finiteProduction(s.context);
    planes = new LockstepCohorts[tiles];
    biomass = new double[tiles][];
    for (int i = 0; i < tiles; i++) {
      int w = i == tiles - 1 ? lastWidth : width;
      planes[i] = new LockstepCohorts(k.minTemperature, w);
      biomass[i] = new double[w];
    }
    lambda = scratch.take(width);
    recruited = scratch.take(width);
  }

  /**
   * Computes step {@code t} of tile {@code tile} (cells {@code c0..c0+w−1}) from its Tm and
   * production and writes λ, R and B into the group's fields.
   */
  void step(int tile, double[] temperature, double[] production, int t, int c0, int w) {
    k.rates(temperature, w, lambda);
    k.production(production, 1, c0, w, recruited);
    LockstepCohorts p = planes[tile];
    if (finiteProduction) {
      p.step(recruited, temperature, bounds.low(t, c0, w), bounds.high(t, c0, w), recruited);
    } else {
      p.step(recruited, temperature, recruited);
    }
    double[] b = biomass[tile];
    Biomass.stepInto(b, recruited, lambda, k.dt, k.explicit, w);
    int at = t * cells + c0;
    k.lambdaOut.put(at, lambda, 0, w);
    k.recruitedOut.put(at, recruited, 0, w);
    k.biomassOut.put(at, b, 0, w);
  }
}
