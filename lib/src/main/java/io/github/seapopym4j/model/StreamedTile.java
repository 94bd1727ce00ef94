package io.github.seapopym4j.model;

import io.github.seapopym4j.kernel.AverageTemperature;
import io.github.seapopym4j.kernel.Biomass;
import io.github.seapopym4j.kernel.LockstepCohorts;
import io.github.seapopym4j.kernel.Mortality;

/**
 * One tile of a streamed band ({@link StreamedBand}): {@code w} neighbouring ocean cells, with each
 * group's cohort planes ({@link LockstepCohorts}) and biomass, stepped one time step at a time: Tm of
 * each (day, night) layer pair (from the temperatures after Gillooly), E·PP, then for each group λ, R and B, written into the band's output
 * values. The same kernels as {@link LockstepLane}; one difference by design: λ takes the vectorised
 * exponential when the tile's warmest Tm of the step is within its range ({@link
 * Mortality#ratesInto}), rather than the whole field's warmest.
 */
final class StreamedTile {

  private final StreamedPlan plan;
  private final int i0;
  private final int w;
  /** The band's cell of each lane. */
  private final int[] cell;
  private final double[][] layer;
  /** [pair][lane] the group mask (both layers exist at step 0). */
  private final boolean[][] mask;
  private final LockstepCohorts[] cohorts;
  private final double[][] biomass;
  private final double[][] tm;
  private final double[] cold;
  private final double[] warm;
  private final double[] pp;
  private final double[] lambda;
  private final double[] recruited;

  /**
   * Lanes {@code i0..i0+w−1} of the band's ocean cells {@code at}, whose temperatures the band reads
   * into {@code layer} [layer][cell] (holding step 0 now).
   */
  StreamedTile(StreamedPlan plan, int i0, int w, int[] at, double[][] layer) {
    this.plan = plan;
    this.i0 = i0;
    this.w = w;
    this.layer = layer;
    cell = java.util.Arrays.copyOfRange(at, i0, i0 + w);
    int pairs = plan.pairDay.length;
    mask = new boolean[pairs][w];
    for (int p = 0; p < pairs; p++) {
      for (int j = 0; j < w; j++) {
        mask[p][j] = !Double.isNaN(layer[plan.pairDay[p]][cell[j]])
            && !Double.isNaN(layer[plan.pairNight[p]][cell[j]]);
      }
    }
    int groups = plan.groupArray.length;
    cohorts = new LockstepCohorts[groups];
    biomass = new double[groups][w];
    for (int g = 0; g < groups; g++) {
      cohorts[g] = new LockstepCohorts(plan.minTemperature[g], w);
    }
    tm = new double[pairs][w];
    cold = new double[pairs];
    warm = new double[pairs];
    pp = new double[w];
    lambda = new double[w];
    recruited = new double[w];
  }

  /**
   * One step from the band's forcings of the step (temperatures as read, day length per row,
   * production) into {@code values} [variable][group][cell], telling {@code stability} the groups'
   * Tm.
   */
  void step(int t, double[] dayLength, int[] rowOf, double[] production, double[][][] values,
      StreamedStability stability) {
    for (int p = 0; p < tm.length; p++) {
      meanTemperature(p, dayLength, rowOf);
    }
    double big = production(production);
    for (int g = 0; g < cohorts.length; g++) {
      group(g, big, values);
      if (plan.explicit) {
        int p = plan.pairOf[g];
        stability.observe(g, t, tm[p], w, cold[p], warm[p], cell);
      }
    }
  }

  /** Tm of pair {@code p} ({@link AverageTemperature#value}) and its range over the tile. */
  private void meanTemperature(int p, double[] dayLength, int[] rowOf) {
    double[] day = layer[plan.pairDay[p]];
    double[] night = layer[plan.pairNight[p]];
    boolean oneLayer = plan.pairDay[p] == plan.pairNight[p];
    double[] out = tm[p];
    boolean[] mk = mask[p];
    double hi = 0.0;
    double lo = Double.POSITIVE_INFINITY;
    for (int j = 0; j < w; j++) {
      int c = cell[j];
      double d = plan.gillooly(day[c]);
      double n = oneLayer ? d : plan.gillooly(night[c]);
      double v = AverageTemperature.value(dayLength[rowOf[i0 + j]], d, n, mk[j]);
      out[j] = v;
      hi = v > hi ? v : hi; // Tm is never NaN
      lo = v < lo ? v : lo;
    }
    warm[p] = hi;
    cold[p] = lo;
  }

  /** Production in the model's units, NaN as 0; returns the largest. */
  private double production(double[] production) {
    double factor = plan.factor;
    double big = 0.0;
    for (int j = 0; j < w; j++) {
      double v = production[cell[j]];
      v = Double.isNaN(v) ? 0.0 : v;
      v = factor == 1.0 ? v : v * factor;
      pp[j] = v;
      big = v > big ? v : big;
    }
    return big;
  }

  /** λ, R and B of group {@code g}, written into the outputs. */
  private void group(int g, double big, double[][][] values) {
    FunctionalGroup fg = plan.groupArray[g];
    int p = plan.pairOf[g];
    double[] t = tm[p];
    Mortality.ratesInto(t, w, fg.lambdaTemperature0(), fg.gammaLambdaTemperature(), warm[p], lambda);
    double e = fg.energyTransfert();
    if (plan.maskProduction) {
      boolean[] mk = mask[p];
      for (int j = 0; j < w; j++) {
        recruited[j] = mk[j] ? e * pp[j] : 0.0;
      }
    } else {
      for (int j = 0; j < w; j++) {
        recruited[j] = e * pp[j];
      }
    }
    if (Math.abs(e) * big <= Double.MAX_VALUE) { // finite E·PP: the range of Tm is known
      cohorts[g].step(recruited, t, cold[p], warm[p], recruited);
    } else {
      cohorts[g].step(recruited, t, recruited);
    }
    double[] b = biomass[g];
    Biomass.stepInto(b, recruited, lambda, plan.dt, plan.explicit, w);
    for (int v = 0; v < values.length; v++) {
      double[] to = values[v][g];
      switch (plan.variableArray[v]) {
        case BIOMASS -> scatter(b, to);
        case PRODUCTION_RECRUITED -> scatter(recruited, to);
        case MORTALITY -> scatter(lambda, to);
        case AVERAGE_TEMPERATURE -> scatter(t, to);
        case DAY_LENGTH -> { } // written once per step by the band
      }
    }
  }

  private void scatter(double[] from, double[] to) {
    for (int j = 0; j < w; j++) {
      to[cell[j]] = from[j];
    }
  }
}
