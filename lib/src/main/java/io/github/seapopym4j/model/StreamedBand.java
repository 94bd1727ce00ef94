package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.ScanTally;
import io.github.seapopym4j.forcing.StreamedForcings;
import io.github.seapopym4j.kernel.AverageTemperature;
import io.github.seapopym4j.kernel.Biomass;
import io.github.seapopym4j.kernel.DayLength;
import io.github.seapopym4j.kernel.LockstepCohorts;
import io.github.seapopym4j.kernel.Mortality;
import java.util.Arrays;

/**
 * One band of latitude rows of a streamed run ({@link StreamedPlan}): steps through time reading each
 * step's forcings of the band from the files, computing it for the band's ocean cells in tiles of
 * {@link FusedStrategy#BLOCK} lanes (the lockstep cohorts of {@link LockstepLane}) and handing the
 * step's outputs to the file before the next. Memory: the cohort planes of the band's ocean cells and
 * one step of forcings and outputs, whatever the length of the run.
 *
 * <p>Each value is computed by the kernels and in the order of the prepared-context path ({@link
 * PreparedContext}, {@link FusedStrategy}): Gillooly, the layer mask of step 0, Tm, λ, E·PP, R and
 * B, so the outputs are those of {@link NoTransportModel} bit for bit. One difference by design:
 * the vectorised exponential of λ is used for a tile and step whose Tm stays within its range
 * ({@link Mortality#ratesInto} told the tile's warmest Tm) rather than the whole field's.
 */
final class StreamedBand {

  /** Receives one step's output values of the band (every longitude of its rows, NaN on land). */
  interface Sink {
    void step(OutputVariable variable, int group, int t, int firstRow, double[] values);
  }

  private final StreamedPlan plan;
  private final int y0;
  private final int rows;
  private final int cells;

  StreamedBand(StreamedPlan plan, int y0, int rows) {
    this.plan = plan;
    this.y0 = y0;
    this.rows = rows;
    this.cells = rows * plan.lon;
  }

  /**
   * Runs the band.
   *
   * @param tally gathers the scan of the layers read and the production, or null
   * @param nanos [3] read, compute and write nanoseconds, added to
   * @return the band's land cells [rows × lon]: no temperature in any layer at the first step
   */
  boolean[] run(StreamedForcings.Reader in, Sink out, ScanTally tally, long[] nanos) {
    long a = System.nanoTime();
    int nz = plan.layerCount;
    double[][] layer = new double[nz][];
    for (int z = 0; z < nz; z++) {
      layer[z] = new double[cells];
      in.temperature(0, z, y0, rows, layer[z]);
    }
    boolean[] land = new boolean[cells];
    int m = 0;
    for (int c = 0; c < cells; c++) {
      boolean any = false;
      for (int z = 0; z < nz && !any; z++) {
        any = !Double.isNaN(layer[z][c]);
      }
      land[c] = !any;
      m += any ? 1 : 0;
    }
    int[] at = new int[m];
    int[] rowOf = new int[m];
    for (int c = 0, i = 0; c < cells; c++) {
      if (!land[c]) {
        rowOf[i] = c / plan.lon;
        at[i++] = c;
      }
    }
    int pairs = plan.pairDay.length;
    boolean[][] mask = new boolean[pairs][m];
    for (int p = 0; p < pairs; p++) {
      for (int i = 0; i < m; i++) {
        mask[p][i] = !Double.isNaN(layer[plan.pairDay[p]][at[i]])
            && !Double.isNaN(layer[plan.pairNight[p]][at[i]]);
      }
    }
    int groups = plan.groups.size();
    int width = FusedStrategy.BLOCK;
    int tiles = (m + width - 1) / width;
    LockstepCohorts[][] cohorts = new LockstepCohorts[groups][tiles];
    double[][][] biomass = new double[groups][tiles][];
    for (int g = 0; g < groups; g++) {
      for (int k = 0; k < tiles; k++) {
        int w = Math.min(width, m - k * width);
        cohorts[g][k] = new LockstepCohorts(plan.minTemperature[g], w);
        biomass[g][k] = new double[w];
      }
    }
    double[][] tm = new double[pairs][width];
    double[] warm = new double[pairs];
    double[] cold = new double[pairs];
    double[] pp = new double[width];
    double[] lambda = new double[width];
    double[] recruited = new double[width];
    double[] dayLength = new double[rows];
    double[] production = new double[cells];
    int variables = plan.variables.size();
    double[][][] values = new double[variables][groups][cells];
    for (double[][] v : values) {
      for (double[] g : v) {
        Arrays.fill(g, Double.NaN);
      }
    }
    double[][] scanned = new double[plan.layersRead.length][];
    nanos[0] += System.nanoTime() - a;
    for (int t = 0; t < plan.time.size(); t++) {
      long b = System.nanoTime();
      if (t > 0) {
        for (int z : plan.layersRead) {
          in.temperature(t, z, y0, rows, layer[z]);
        }
      }
      in.production(t, y0, rows, production);
      if (tally != null) {
        for (int i = 0; i < plan.layersRead.length; i++) {
          scanned[i] = layer[plan.layersRead[i]];
        }
        tally.step(t, scanned, production);
      }
      long c0 = System.nanoTime();
      for (int z : plan.layersRead) {
        plan.gillooly(layer[z]);
      }
      int doy = plan.time.dayOfYear(t);
      for (int y = 0; y < rows; y++) {
        dayLength[y] = DayLength.fraction(plan.lat[y0 + y], doy, plan.config.angleHorizonSun());
      }
      for (int k = 0; k < tiles; k++) {
        int i0 = k * width;
        int w = Math.min(width, m - i0);
        for (int p = 0; p < pairs; p++) {
          double[] day = layer[plan.pairDay[p]];
          double[] night = layer[plan.pairNight[p]];
          double[] tp = tm[p];
          boolean[] mk = mask[p];
          double hi = 0.0;
          double lo = Double.POSITIVE_INFINITY;
          for (int j = 0; j < w; j++) {
            int c = at[i0 + j];
            double v = AverageTemperature.value(dayLength[rowOf[i0 + j]], day[c], night[c],
                mk[i0 + j]);
            tp[j] = v;
            hi = Math.max(hi, v);
            lo = Math.min(lo, v);
          }
          warm[p] = hi;
          cold[p] = lo;
        }
        double big = 0.0;
        for (int j = 0; j < w; j++) {
          double v = production[at[i0 + j]];
          v = Double.isNaN(v) ? 0.0 : v;
          v = plan.factor == 1.0 ? v : v * plan.factor;
          pp[j] = v;
          big = Math.max(big, v);
        }
        for (int g = 0; g < groups; g++) {
          FunctionalGroup fg = plan.groupArray[g];
          int p = plan.pairOf[g];
          double[] tg = tm[p];
          Mortality.ratesInto(tg, w, fg.lambdaTemperature0(), fg.gammaLambdaTemperature(), warm[p],
              lambda);
          double e = fg.energyTransfert();
          if (plan.maskProduction) {
            boolean[] mk = mask[p];
            for (int j = 0; j < w; j++) {
              recruited[j] = mk[i0 + j] ? e * pp[j] : 0.0;
            }
          } else {
            for (int j = 0; j < w; j++) {
              recruited[j] = e * pp[j];
            }
          }
          if (Math.abs(e) * big <= Double.MAX_VALUE) { // finite E·PP: the range of Tm is known
            cohorts[g][k].step(recruited, tg, cold[p], warm[p], recruited);
          } else {
            cohorts[g][k].step(recruited, tg, recruited);
          }
          double[] bm = biomass[g][k];
          double dt = plan.dt;
          if (plan.explicit) {
            for (int j = 0; j < w; j++) {
              bm[j] = Biomass.explicitStep(bm[j], recruited[j], lambda[j], dt);
            }
          } else {
            for (int j = 0; j < w; j++) {
              bm[j] = Biomass.implicitStep(bm[j], recruited[j], lambda[j], dt);
            }
          }
          for (int v = 0; v < variables; v++) {
            double[] from = switch (plan.variableArray[v]) {
              case BIOMASS -> bm;
              case PRODUCTION_RECRUITED -> recruited;
              case MORTALITY -> lambda;
              case AVERAGE_TEMPERATURE -> tg;
              case DAY_LENGTH -> null;
            };
            double[] to = values[v][g];
            if (from == null) {
              if (g == 0) {
                for (int j = 0; j < w; j++) {
                  to[at[i0 + j]] = dayLength[rowOf[i0 + j]];
                }
              }
            } else {
              for (int j = 0; j < w; j++) {
                to[at[i0 + j]] = from[j];
              }
            }
          }
        }
      }
      long d = System.nanoTime();
      for (int v = 0; v < variables; v++) {
        OutputVariable ov = plan.variableArray[v];
        for (int g = 0; g < (ov.perGroup() ? groups : 1); g++) {
          out.step(ov, g, t, y0, values[v][g]);
        }
      }
      long e = System.nanoTime();
      nanos[0] += c0 - b;
      nanos[1] += d - c0;
      nanos[2] += e - d;
    }
    return land;
  }
}
