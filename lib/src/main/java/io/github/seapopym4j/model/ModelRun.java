package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.TimeAxis;
import io.github.seapopym4j.kernel.Pipeline;
import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;

/**
 * One simulation of a list of functional groups over a shared {@link PreparedContext}: its results
 * live off-heap until {@link #close()}.
 *
 * <pre>{@code
 * try (ModelRun run = model.start(groups)) {
 *   double b = run.biomass(0, 730, 1, 2);   // read in place
 *   return run.detach();                      // or copy everything to the heap
 * }
 * }</pre>
 *
 * <p>The run holds its mortality, recruited production and biomass [group, time, cell] in off-heap
 * blocks lent by the context; mean temperature and day length are read from the shared context.
 * {@link #close()} hands the blocks back for the next run (the context frees them when it closes)
 * and touches nothing else; any read after it fails with {@link IllegalStateException}.
 *
 * @implNote Reads may come from several threads; {@link #close()} must not race with them.
 */
public final class ModelRun extends VariableOutput implements AutoCloseable {

  private final PreparedContext context;
  private final List<FunctionalGroup> groups;
  private final GroupState[] states;
  /** [variable][group] read-only views of the fields; one group for day length. */
  private final DoubleBuffer[][] fields = new DoubleBuffer[OutputVariable.values().length][];
  private final int cells;
  private volatile boolean closed;

  ModelRun(PreparedContext context, List<FunctionalGroup> groups, GroupState[] states) {
    this.context = context;
    this.groups = groups;
    this.states = states;
    this.cells = context.cellCount();
    for (OutputVariable v : OutputVariable.values()) {
      fields[v.ordinal()] = new DoubleBuffer[v.perGroup() ? states.length : 1];
    }
    for (int i = 0; i < states.length; i++) {
      fields[OutputVariable.BIOMASS.ordinal()][i] = states[i].biomassField().asReadOnlyBuffer();
      fields[OutputVariable.PRODUCTION_RECRUITED.ordinal()][i] =
          states[i].recruitedField().asReadOnlyBuffer();
      fields[OutputVariable.MORTALITY.ordinal()][i] = states[i].mortalityField().asReadOnlyBuffer();
      fields[OutputVariable.AVERAGE_TEMPERATURE.ordinal()][i] = states[i].averageTemperature;
    }
    fields[OutputVariable.DAY_LENGTH.ordinal()][0] = context.dayLength();
  }

  /**
   * Runs every group of every parameter set in one pass of {@code strategy} and returns one run per
   * set; on failure frees what was allocated.
   *
   * @param sets the parameter sets (each a non-empty list of groups)
   * @param layers per set and group, the (day, night) layer indices, already checked
   * @param executor splits the cells of the pass, or {@code null}
   * @param tasks number of cell ranges when {@code executor} is given
   * @param listener told the duration of each step, or {@code null}
   */
  static List<ModelRun> execute(PreparedContext context, List<List<FunctionalGroup>> sets,
      int[][][] layers, KernelStrategy strategy, ExecutorService executor, int tasks,
      Pipeline.Listener listener) {
    List<GroupState> all = new ArrayList<>();
    try {
      for (int k = 0; k < sets.size(); k++) {
        List<FunctionalGroup> groups = sets.get(k);
        for (int g = 0; g < groups.size(); g++) {
          all.add(new GroupState(context, groups.get(g), layers[k][g][0], layers[k][g][1]));
        }
      }
      ModelPass pass = new ModelPass(context, all, executor, tasks);
      if (listener == null) {
        strategy.steps().run(pass);
      } else {
        strategy.steps().run(pass, listener);
      }
      List<ModelRun> runs = new ArrayList<>(sets.size());
      for (int k = 0, at = 0; k < sets.size(); k++) {
        int g = sets.get(k).size();
        runs.add(new ModelRun(context, sets.get(k), all.subList(at, at + g).toArray(new GroupState[0])));
        at += g;
      }
      return runs;
    } catch (RuntimeException e) {
      all.forEach(GroupState::close);
      throw e;
    }
  }

  @Override
  public List<FunctionalGroup> groups() {
    return groups;
  }

  @Override
  public TimeAxis time() {
    return context.time();
  }

  @Override
  public double[] latitude() {
    return context.grid().latitude().clone();
  }

  @Override
  public double[] longitude() {
    return context.grid().longitude().clone();
  }

  /** The recruitment thresholds Tmin [cohort] of {@code group} in °C (a copy). */
  public double[] minTemperature(int group) {
    checkOpen();
    return states[Objects.checkIndex(group, states.length)].minTemperature.clone();
  }

  @Override
  double read(OutputVariable variable, int group, int time, int lat, int lon) {
    DoubleBuffer field = field(variable, group);
    int c = context.grid().cell(lat, lon);
    return c < 0 ? Double.NaN : field.get(Objects.checkIndex(time, context.timeSize()) * cells + c);
  }

  /**
   * The field of {@code variable} for {@code group} while the run is open (and its context, for
   * the fields read from it: mean temperature and day length).
   */
  private DoubleBuffer field(OutputVariable variable, int group) {
    checkOpen();
    if (variable == OutputVariable.AVERAGE_TEMPERATURE || variable == OutputVariable.DAY_LENGTH) {
      context.checkOpen();
    }
    DoubleBuffer[] f = fields[variable.ordinal()];
    return f[Objects.checkIndex(group, f.length)];
  }

  /** The number of simulated cells. */
  int simulatedCells() {
    return cells;
  }

  /**
   * The values of {@code variable} for {@code group} at step {@code time} on the whole output grid
   * [lat × lon] (row-major) into {@code out}: what {@link OutputVariable#value} gives cell by cell,
   * NaN where no cell was simulated, in one bulk read of the step.
   *
   * @param cells scratch of at least {@link #simulatedCells()} values
   */
  void stepInto(OutputVariable variable, int group, int time, double[] cells, double[] out) {
    checkOpen();
    context.checkOpen();
    DoubleBuffer field = field(variable, variable.perGroup() ? group : 0);
    field.get(Objects.checkIndex(time, context.timeSize()) * this.cells, cells, 0, this.cells);
    int[] at = context.grid().cellAt();
    for (int i = 0; i < at.length; i++) {
      int c = at[i];
      out[i] = c < 0 ? Double.NaN : cells[c];
    }
  }

  /** Copies every output to the heap; the copy stays valid after this run and its context close. */
  public RunResult detach() {
    checkOpen();
    context.checkOpen();
    double[][][] copies = new double[fields.length][][];
    for (OutputVariable v : OutputVariable.values()) {
      copies[v.ordinal()] = new double[fields[v.ordinal()].length][];
      for (int g = 0; g < copies[v.ordinal()].length; g++) {
        copies[v.ordinal()][g] = copy(field(v, g));
      }
    }
    return new RunResult(groups, context.time(), context.grid(), context.config(), copies);
  }

  private static double[] copy(DoubleBuffer buffer) {
    double[] out = new double[buffer.capacity()];
    buffer.duplicate().position(0).get(out);
    return out;
  }

  /** Off-heap bytes this run holds (its shared context not included). */
  public long ownedBytes() {
    long n = 0;
    for (GroupState s : states) {
      n += s.ownedBytes();
    }
    return n;
  }

  public boolean isClosed() {
    return closed;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException(
          "model run is closed; its results were released (call detach() before close())");
    }
  }

  /** Hands the run's result blocks back to the context; forcings are untouched. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (GroupState s : states) {
      s.close();
    }
  }

  @Override
  public String toString() {
    return String.format("ModelRun[%d groups, %s, %d cells%s]", groups.size(), context.time(), cells,
        closed ? ", closed" : "");
  }
}
