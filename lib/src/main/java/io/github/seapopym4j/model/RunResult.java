package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.TimeAxis;
import java.util.Arrays;
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
public class RunResult extends VariableOutput implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private final List<FunctionalGroup> groups;
  private final TimeAxis time;
  private final OutputGrid grid;
  private final ModelConfig config;
  /** [variable][group][time × cell]; one group for day length. */
  private final double[][][] fields;
  private final int cells;

  RunResult(List<FunctionalGroup> groups, TimeAxis time, OutputGrid grid, ModelConfig config,
      double[][][] fields) {
    this.groups = List.copyOf(groups);
    this.time = time;
    this.grid = grid;
    this.config = config;
    this.fields = fields;
    this.cells = fields[OutputVariable.DAY_LENGTH.ordinal()][0].length / time.size();
  }

  /** A result sharing the (immutable) fields of {@code other}. */
  RunResult(RunResult other) {
    this(other.groups, other.time, other.grid, other.config, other.fields);
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
  double read(OutputVariable variable, int group, int t, int lat, int lon) {
    double[][] field = fields[variable.ordinal()];
    int c = grid.cell(lat, lon);
    return c < 0 ? Double.NaN
        : field[Objects.checkIndex(group, field.length)][Objects.checkIndex(t, time.size()) * cells + c];
  }

  /** Heap bytes of the stored fields. */
  public long sizeInBytes() {
    return Arrays.stream(fields).flatMap(Arrays::stream).mapToLong(f -> f.length).sum()
        * Double.BYTES;
  }

  @Override
  public String toString() {
    return String.format("RunResult[%d groups, %s, %d × %d grid, %s]", groups.size(), time,
        grid.latSize(), grid.lonSize(), config);
  }
}
