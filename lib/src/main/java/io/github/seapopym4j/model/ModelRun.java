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
public final class ModelRun implements ModelOutput, AutoCloseable {

  private final PreparedContext context;
  private final List<FunctionalGroup> groups;
  private final GroupState[] states;
  private final DoubleBuffer[] biomass;
  private final DoubleBuffer[] recruited;
  private final DoubleBuffer[] mortality;
  private final DoubleBuffer[] averageTemperature;
  private final DoubleBuffer dayLength;
  private final int cells;
  private volatile boolean closed;

  ModelRun(PreparedContext context, List<FunctionalGroup> groups, GroupState[] states) {
    this.context = context;
    this.groups = groups;
    this.states = states;
    this.cells = context.cellCount();
    int g = states.length;
    biomass = new DoubleBuffer[g];
    recruited = new DoubleBuffer[g];
    mortality = new DoubleBuffer[g];
    averageTemperature = new DoubleBuffer[g];
    for (int i = 0; i < g; i++) {
      biomass[i] = states[i].biomassField().asReadOnlyBuffer();
      recruited[i] = states[i].recruitedField().asReadOnlyBuffer();
      mortality[i] = states[i].mortalityField().asReadOnlyBuffer();
      averageTemperature[i] = states[i].averageTemperature;
    }
    dayLength = context.dayLength();
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
  public double biomass(int group, int time, int lat, int lon) {
    return read(biomass, group, time, lat, lon);
  }

  @Override
  public double recruitedProduction(int group, int time, int lat, int lon) {
    return read(recruited, group, time, lat, lon);
  }

  @Override
  public double mortality(int group, int time, int lat, int lon) {
    return read(mortality, group, time, lat, lon);
  }

  @Override
  public double averageTemperature(int group, int time, int lat, int lon) {
    context.checkOpen();
    return read(averageTemperature, group, time, lat, lon);
  }

  @Override
  public double dayLength(int time, int lat, int lon) {
    checkOpen();
    context.checkOpen();
    int c = context.grid().cell(lat, lon);
    return c < 0 ? Double.NaN : dayLength.get(Objects.checkIndex(time, context.timeSize()) * cells + c);
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
    DoubleBuffer field = switch (variable) {
      case BIOMASS -> biomass[Objects.checkIndex(group, biomass.length)];
      case PRODUCTION_RECRUITED -> recruited[Objects.checkIndex(group, recruited.length)];
      case MORTALITY -> mortality[Objects.checkIndex(group, mortality.length)];
      case AVERAGE_TEMPERATURE -> averageTemperature[Objects.checkIndex(group,
          averageTemperature.length)];
      case DAY_LENGTH -> dayLength;
    };
    field.get(Objects.checkIndex(time, context.timeSize()) * this.cells, cells, 0, this.cells);
    int[] at = context.grid().cellAt();
    for (int i = 0; i < at.length; i++) {
      int c = at[i];
      out[i] = c < 0 ? Double.NaN : cells[c];
    }
  }

  private double read(DoubleBuffer[] field, int group, int time, int lat, int lon) {
    checkOpen();
    int c = context.grid().cell(lat, lon);
    if (c < 0) {
      return Double.NaN;
    }
    return field[Objects.checkIndex(group, field.length)]
        .get(Objects.checkIndex(time, context.timeSize()) * cells + c);
  }

  /** Copies every output to the heap; the copy stays valid after this run and its context close. */
  public RunResult detach() {
    checkOpen();
    context.checkOpen();
    int g = states.length;
    double[][] b = new double[g][];
    double[][] r = new double[g][];
    double[][] m = new double[g][];
    double[][] tm = new double[g][];
    for (int i = 0; i < g; i++) {
      b[i] = copy(biomass[i]);
      r[i] = copy(recruited[i]);
      m[i] = copy(mortality[i]);
      tm[i] = copy(averageTemperature[i]);
    }
    return new RunResult(groups, context.time(), context.grid(), context.config(), b, r, m, tm,
        copy(dayLength));
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
