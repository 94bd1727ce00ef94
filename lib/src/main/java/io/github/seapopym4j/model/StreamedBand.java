package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.ScanTally;
import io.github.seapopym4j.forcing.StreamedForcings;
import io.github.seapopym4j.kernel.DayLength;
import java.util.Arrays;

/**
 * One band of latitude rows of a streamed run ({@link StreamedPlan}): steps through time reading each
 * step's forcings of the band from the files, computing it for the band's ocean cells in tiles of
 * {@link FusedStrategy#BLOCK} lanes ({@link StreamedTile}) and handing the step's outputs to the
 * file before the next. Memory: the cohort planes of the band's ocean cells and one step of forcings
 * and outputs, whatever the length of the run.
 *
 * <p>Each value is computed by the kernels and in the order of the prepared-context path ({@link
 * PreparedContext}, {@link FusedStrategy}): Gillooly, the layer mask of step 0, Tm, λ, E·PP, R and
 * B, so the outputs are those of {@link NoTransportModel} bit for bit (see {@link StreamedTile} for
 * the one difference by design). Not thread-safe: one thread runs a band.
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
  /** [layer][cell] one step of temperature. */
  private final double[][] layer;
  private final double[] production;
  private final double[] dayLength;
  private final double[][] scanned;
  /** [variable][group][cell] one step of outputs, NaN on land. */
  private double[][][] values;
  private boolean[] land;
  /** Ocean cells: their index in the band, and their row. */
  private int[] at;
  private int[] rowOf;
  private StreamedTile[] tiles;
  private final StreamedStability stability;

  StreamedBand(StreamedPlan plan, int y0, int rows) {
    this.plan = plan;
    this.y0 = y0;
    this.rows = rows;
    this.cells = rows * plan.lon;
    layer = new double[plan.layerCount][cells];
    production = new double[cells];
    dayLength = new double[rows];
    scanned = new double[plan.layersRead.length][];
    stability = new StreamedStability(plan, y0);
  }

  /** The explicit scheme's stability over the band, once run. */
  StreamedStability stability() {
    return stability;
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
    for (int z = 0; z < plan.layerCount; z++) {
      in.temperature(0, z, y0, rows, layer[z]);
    }
    start();
    nanos[0] += System.nanoTime() - a;
    for (int t = 0; t < plan.time.size(); t++) {
      long b = System.nanoTime();
      read(in, t, tally);
      long c = System.nanoTime();
      compute(t);
      long d = System.nanoTime();
      write(out, t);
      long e = System.nanoTime();
      nanos[0] += c - b;
      nanos[1] += d - c;
      nanos[2] += e - d;
    }
    return land;
  }

  /** From the first step's temperatures: land, the ocean cells, their tiles and the outputs. */
  private void start() {
    land = new boolean[cells];
    int m = 0;
    for (int c = 0; c < cells; c++) {
      boolean any = false;
      for (int z = 0; z < plan.layerCount && !any; z++) {
        any = !Double.isNaN(layer[z][c]);
      }
      land[c] = !any;
      m += any ? 1 : 0;
    }
    at = new int[m];
    rowOf = new int[m];
    for (int c = 0, i = 0; c < cells; c++) {
      if (!land[c]) {
        rowOf[i] = c / plan.lon;
        at[i++] = c;
      }
    }
    int width = FusedStrategy.BLOCK;
    tiles = new StreamedTile[(m + width - 1) / width];
    for (int k = 0; k < tiles.length; k++) {
      tiles[k] = new StreamedTile(plan, k * width, Math.min(width, m - k * width), at, layer);
    }
    values = new double[plan.variableArray.length][plan.groupArray.length][cells];
    for (double[][] v : values) {
      for (double[] g : v) {
        Arrays.fill(g, Double.NaN);
      }
    }
  }

  /** Reads step {@code t} (step 0 is already read) and adds it to the tally. */
  private void read(StreamedForcings.Reader in, int t, ScanTally tally) {
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
  }

  /** Computes step {@code t} of every tile into the output values. */
  private void compute(int t) {
    int doy = plan.time.dayOfYear(t);
    for (int y = 0; y < rows; y++) {
      dayLength[y] = DayLength.fraction(plan.lat[y0 + y], doy, plan.config.angleHorizonSun());
    }
    for (StreamedTile tile : tiles) {
      tile.step(t, dayLength, rowOf, production, values, stability);
    }
    for (int v = 0; v < values.length; v++) {
      if (plan.variableArray[v] == OutputVariable.DAY_LENGTH) {
        double[] to = values[v][0];
        for (int i = 0; i < at.length; i++) {
          to[at[i]] = dayLength[rowOf[i]];
        }
      }
    }
  }

  /** Hands step {@code t}'s outputs to the sink. */
  private void write(Sink out, int t) {
    for (int v = 0; v < values.length; v++) {
      OutputVariable ov = plan.variableArray[v];
      for (int g = 0; g < (ov.perGroup() ? values[v].length : 1); g++) {
        out.step(ov, g, t, y0, values[v][g]);
      }
    }
  }
}
