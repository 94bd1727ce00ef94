package io.github.seapopym4j.model;

import io.github.seapopym4j.kernel.Biomass;
import io.github.seapopym4j.kernel.CohortQueue;
import io.github.seapopym4j.kernel.Mortality;
import java.nio.DoubleBuffer;
import java.util.Arrays;

/**
 * One group of the fused strategy on one block of [time, cell] values ({@link FusedStrategy}): its
 * parameters, the state of its cells (one {@link CohortQueue} lane and the biomass per cell) and its
 * output arrays for the block.
 *
 * <p>{@link #step} first computes λ = λ0·exp(γλ·Tm) for the whole block ({@link
 * Mortality#ratesInto}, a loop the JIT vectorises when the group's λ stays in {@link
 * io.github.seapopym4j.kernel.FastExp}'s range) and E·PP. Then, for one step of many cells, it steps
 * each cell's queue and then every biomass (a loop over independent cells); for several steps of
 * few cells, it runs each cell through the block's steps with its queue state in registers ({@link
 * CohortQueue#lane}) and the biomass update in the same loop, so that the two recursions overlap.
 * R and B are those of {@link CohortQueue#step} and {@link Biomass#explicitStep} / {@link
 * Biomass#implicitStep}, bit for bit.
 */
final class FusedLane {

  /** Index of the lane's Tm among the distinct temperatures of the pass. */
  final int input;
  private final DoubleBuffer lambdaOut;
  private final DoubleBuffer recruitedOut;
  private final DoubleBuffer biomassOut;
  private final double lambda0;
  private final double gammaLambda;
  private final double maxTemperature;
  private final double e;
  private final double dt;
  private final boolean explicit;
  private final boolean[] producing;
  private final CohortQueue queue;
  private final double[] lambda;
  private final double[] recruited;
  private final double[] biomass;
  private final double[] state;

  /** A lane whose block arrays come from {@code scratch} (their old values are overwritten). */
  FusedLane(GroupState s, int input, int width, int rows, BlockScratch scratch) {
    this.input = input;
    lambdaOut = s.mortalityField();
    recruitedOut = s.recruitedField();
    biomassOut = s.biomassField();
    lambda0 = s.group.lambdaTemperature0();
    gammaLambda = s.group.gammaLambdaTemperature();
    maxTemperature = s.context.maxAverageTemperature(s.dayLayer, s.nightLayer);
    e = s.group.energyTransfert();
    dt = s.dt();
    explicit = s.explicit();
    producing = s.producing();
    queue = new CohortQueue(s.minTemperature, width);
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
    int n = rows * w;
    Mortality.ratesInto(temperature, n, lambda0, gammaLambda, maxTemperature, lambda);
    if (producing == null) {
      for (int i = 0; i < n; i++) {
        recruited[i] = e * production[i];
      }
    } else {
      for (int r = 0, i = 0; r < rows; r++) {
        for (int j = 0; j < w; j++, i++) {
          recruited[i] = producing[c0 + j] ? e * production[i] : 0.0;
        }
      }
    }
    if (rows == 1) {
      for (int j = 0; j < w; j++) {
        recruited[j] = queue.step(j, recruited[j], temperature[j]);
      }
      for (int j = 0; j < w; j++) {
        double b = explicit ? Biomass.explicitStep(state[j], recruited[j], lambda[j], dt)
            : Biomass.implicitStep(state[j], recruited[j], lambda[j], dt);
        state[j] = b;
        biomass[j] = b;
      }
    } else {
      for (int j = 0; j < w; j++) {
        CohortQueue.Lane lane = queue.lane(j);
        double b = state[j];
        for (int r = 0, i = j; r < rows; r++, i += w) {
          double rec = lane.step(recruited[i], temperature[i]);
          b = explicit ? Biomass.explicitStep(b, rec, lambda[i], dt)
              : Biomass.implicitStep(b, rec, lambda[i], dt);
          recruited[i] = rec;
          biomass[i] = b;
        }
        lane.save();
        state[j] = b;
      }
    }
  }

  /** Writes the block's λ, R and B into the group's fields. */
  void write(int cells, int t0, int rows, int c0, int w) {
    FusedStrategy.write(lambda, lambdaOut, cells, t0, rows, c0, w);
    FusedStrategy.write(recruited, recruitedOut, cells, t0, rows, c0, w);
    FusedStrategy.write(biomass, biomassOut, cells, t0, rows, c0, w);
  }
}
