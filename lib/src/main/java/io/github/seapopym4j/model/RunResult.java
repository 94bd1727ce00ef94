package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.TimeAxis;
import java.util.List;
import java.util.Objects;

/**
 * The outputs of a run copied to the Java heap ({@link ModelRun#detach()}): immutable, needs no
 * closing, valid after the run, its model and its forcings are closed.
 *
 * <p>Fields are stored [group][time × cell]; reads are indexed [group, time, lat, lon] on the run's
 * output grid like every {@link ModelOutput}. Serialisable, so that an engine's task can send one
 * back ({@link BandOutput}).
 */
public class RunResult implements ModelOutput, java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private final List<FunctionalGroup> groups;
  private final TimeAxis time;
  private final OutputGrid grid;
  private final ModelConfig config;
  private final double[][] biomass;
  private final double[][] recruited;
  private final double[][] mortality;
  private final double[][] averageTemperature;
  private final double[] dayLength;
  private final int cells;

  RunResult(List<FunctionalGroup> groups, TimeAxis time, OutputGrid grid, ModelConfig config,
      double[][] biomass, double[][] recruited, double[][] mortality, double[][] averageTemperature,
      double[] dayLength) {
    this.groups = List.copyOf(groups);
    this.time = time;
    this.grid = grid;
    this.config = config;
    this.biomass = biomass;
    this.recruited = recruited;
    this.mortality = mortality;
    this.averageTemperature = averageTemperature;
    this.dayLength = dayLength;
    this.cells = dayLength.length / time.size();
  }

  /** A result sharing the (immutable) fields of {@code other}. */
  RunResult(RunResult other) {
    this(other.groups, other.time, other.grid, other.config, other.biomass, other.recruited,
        other.mortality, other.averageTemperature, other.dayLength);
  }

  @Override
  public List<FunctionalGroup> groups() {
    return groups;
  }

  @Override
  public TimeAxis time() {
    return time;
  }

  @Override
  public double[] latitude() {
    return grid.latitude().clone();
  }

  @Override
  public double[] longitude() {
    return grid.longitude().clone();
  }

  /** The settings of the run. */
  public ModelConfig config() {
    return config;
  }

  @Override
  public double biomass(int group, int t, int lat, int lon) {
    return read(biomass, group, t, lat, lon);
  }

  @Override
  public double recruitedProduction(int group, int t, int lat, int lon) {
    return read(recruited, group, t, lat, lon);
  }

  @Override
  public double mortality(int group, int t, int lat, int lon) {
    return read(mortality, group, t, lat, lon);
  }

  @Override
  public double averageTemperature(int group, int t, int lat, int lon) {
    return read(averageTemperature, group, t, lat, lon);
  }

  @Override
  public double dayLength(int t, int lat, int lon) {
    int c = grid.cell(lat, lon);
    return c < 0 ? Double.NaN : dayLength[Objects.checkIndex(t, time.size()) * cells + c];
  }

  private double read(double[][] field, int group, int t, int lat, int lon) {
    int c = grid.cell(lat, lon);
    if (c < 0) {
      return Double.NaN;
    }
    return field[Objects.checkIndex(group, field.length)][Objects.checkIndex(t, time.size()) * cells + c];
  }

  /** Heap bytes of the stored fields. */
  public long sizeInBytes() {
    long n = dayLength.length;
    for (int g = 0; g < biomass.length; g++) {
      n += biomass[g].length + recruited[g].length + mortality[g].length + averageTemperature[g].length;
    }
    return n * Double.BYTES;
  }

  @Override
  public String toString() {
    return String.format("RunResult[%d groups, %s, %d × %d grid, %s]", groups.size(), time,
        grid.latSize(), grid.lonSize(), config);
  }
}
