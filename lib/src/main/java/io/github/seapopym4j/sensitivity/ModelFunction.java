package io.github.seapopym4j.sensitivity;

import io.github.seapopym4j.space.GroupSpace;
import io.github.seapopym4j.space.ParameterSpace;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.TimeAxis;
import io.github.seapopym4j.model.CellSelection;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The no-transport model as a {@link SensitivityFunction}: the free parameters of a {@link
 * ParameterSpace} (the space file of {@code calibrate}), and outputs that summarise the biomass at
 * the selected cells ({@link BiomassStatistic}) and, optionally, the fit to observations ({@link
 * FitnessOutput}).
 *
 * <p>Output names: {@code STATISTIC} uses the biomass summed over every group, {@code
 * STATISTIC:GROUP} that of one group (e.g. {@code mean-biomass:D1N1}); the fitness output is named
 * after its metric (e.g. {@code nrmse-std}). Each point runs the model on the prepared context of
 * the selected cells (batches of about 65,536 cell-steps in one pass, {@link
 * NoTransportModel#startAll}), reduces every run to its outputs and closes it: no run outlives its
 * batch.
 *
 * @implNote Thread-safe: the prepared model and the fitness objective are.
 */
public final class ModelFunction implements SensitivityFunction, AutoCloseable {

  private final ParameterSpace space;
  private final NoTransportModel model;
  private final TimeAxis time;
  private final BiomassStatistic.Years years;
  private final int[] rows;
  private final int[] cols;
  private final List<String> outputNames;
  private final BiomassStatistic[] statistics;
  private final int[][] groupsOf;
  /** For output o, the first output with the same groups (its series is computed once per run). */
  private final int[] sameGroups;
  private final FitnessOutput fitness;
  private final String description;
  private final long work;

  private ModelFunction(ForcingSet forcings, ModelConfig config, ParameterSpace space,
      List<String> outputs, CellSelection cells, FitnessOutput fitness) {
    this.space = space;
    this.fitness = fitness;
    this.time = forcings.time();
    this.years = BiomassStatistic.Years.of(time);
    List<String> groupNames = space.groups().stream().map(GroupSpace::name).toList();
    outputNames = new ArrayList<>();
    statistics = new BiomassStatistic[outputs.size()];
    groupsOf = new int[outputs.size()][];
    for (int o = 0; o < outputs.size(); o++) {
      String spec = outputs.get(o).trim();
      int colon = spec.indexOf(':');
      statistics[o] = BiomassStatistic.byName(colon < 0 ? spec : spec.substring(0, colon));
      if (colon < 0) {
        groupsOf[o] = java.util.stream.IntStream.range(0, groupNames.size()).toArray();
      } else {
        String g = spec.substring(colon + 1);
        int gi = groupNames.indexOf(g);
        if (gi < 0) {
          throw new IllegalArgumentException("--output " + spec + ": no group '" + g
              + "' in the space file; its groups are " + groupNames);
        }
        groupsOf[o] = new int[] {gi};
      }
      if (outputNames.contains(spec) || (fitness != null && fitness.metric().equals(spec))) {
        throw new IllegalArgumentException("--output names " + spec + " twice");
      }
      outputNames.add(spec);
    }
    if (fitness != null) {
      outputNames.add(fitness.metric());
    }
    sameGroups = new int[statistics.length];
    for (int o = 0; o < statistics.length; o++) {
      sameGroups[o] = o;
      for (int q = 0; q < o; q++) {
        if (Arrays.equals(groupsOf[q], groupsOf[o])) {
          sameGroups[o] = q;
          break;
        }
      }
    }
    if (outputNames.isEmpty()) {
      throw new IllegalArgumentException("no output to analyse: give --output or --observations");
    }
    CellSelection selection = cells == null
        ? CellSelection.all(forcings.latSize(), forcings.lonSize()) : cells;
    selection.checkWithin(forcings.latSize(), forcings.lonSize(), forcings.source());
    int[] subRows = selection.rows();
    int[] subCols = selection.columns();
    rows = new int[selection.size()];
    cols = new int[selection.size()];
    for (int c = 0; c < selection.size(); c++) {
      rows[c] = Arrays.binarySearch(subRows, selection.latIndex(c));
      cols[c] = Arrays.binarySearch(subCols, selection.lonIndex(c));
    }
    this.model = statistics.length == 0 ? null
        : NoTransportModel.prepare(forcings, config, selection);
    this.work = (long) forcings.timeSize() * ((statistics.length == 0 ? 0 : selection.size())
        + (fitness == null ? 0 : fitness.simulatedCells()));
    this.description = String.format(Locale.ROOT, "seapopym model forcings=%s time=%s config=%s "
            + "space=%s outputs=%s cells=%s%s", forcings.source(), forcings.time(), config,
        space.groups(), outputNames, selection, fitness == null ? "" : " " + fitness.describe());
  }

  /**
   * The model on {@code forcings} for the free parameters of {@code space}.
   *
   * @param outputs biomass outputs, {@code STATISTIC[:GROUP]} (may be empty when {@code fitness} is
   *     given)
   * @param cells the cells whose biomass the outputs summarise (null: every cell; cells whose
   *     biomass is NaN, such as land, are left out of the mean)
   * @param fitness the fit to observations as an extra output, or null
   * @throws IllegalArgumentException naming a bad output, group or cell
   */
  public static ModelFunction of(ForcingSet forcings, ModelConfig config, ParameterSpace space,
      List<String> outputs, CellSelection cells, FitnessOutput fitness) {
    Objects.requireNonNull(forcings, "forcings");
    Objects.requireNonNull(space, "space");
    return new ModelFunction(forcings, config, space, List.copyOf(outputs), cells, fitness);
  }

  @Override
  public List<String> parameters() {
    return space.names();
  }

  @Override
  public double lower(int i) {
    return space.freeParameters().get(i).min();
  }

  @Override
  public double upper(int i) {
    return space.freeParameters().get(i).max();
  }

  @Override
  public List<String> outputs() {
    return List.copyOf(outputNames);
  }

  @Override
  public void evaluate(double[][] x, double[][] out) {
    if (model != null) {
      // startAll in batches of about 65,536 cell-steps: one pass over the forcings per batch, and
      // the open runs' memory stays small
      int batch = (int) Math.max(1, Math.min(64, 65_536 / Math.max(1, work)));
      double[][] series = new double[statistics.length][];
      for (int from = 0; from < x.length; from += batch) {
        int to = Math.min(x.length, from + batch);
        List<List<FunctionalGroup>> sets = new ArrayList<>(to - from);
        for (int p = from; p < to; p++) {
          sets.add(space.decode(x[p]));
        }
        List<ModelRun> runs = model.startAll(sets);
        try {
          for (int p = from; p < to; p++) {
            for (int o = 0; o < statistics.length; o++) {
              int same = sameGroups[o];
              if (same == o) {
                series[o] = series[o] == null ? new double[time.size()] : series[o];
                series(runs.get(p - from), groupsOf[o], series[o]);
              }
              out[p][o] = statistics[o].of(series[same], years);
            }
          }
        } finally {
          runs.forEach(ModelRun::close);
        }
      }
    }
    if (fitness != null) {
      for (int p = 0; p < x.length; p++) {
        out[p][statistics.length] = fitness.value(x[p]);
      }
    }
  }

  /** s_t: the mean over the selected cells (NaN cells left out) of the biomass of the groups. */
  private void series(ModelRun run, int[] groups, double[] s) {
    for (int t = 0; t < s.length; t++) {
      double sum = 0;
      int n = 0;
      for (int c = 0; c < rows.length; c++) {
        double b = 0;
        for (int g : groups) {
          b += run.biomass(g, t, rows[c], cols[c]);
        }
        if (!Double.isNaN(b)) {
          sum += b;
          n++;
        }
      }
      s[t] = n == 0 ? Double.NaN : sum / n;
    }
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public long workPerPoint() {
    return Math.max(1, work);
  }

  /** Frees the prepared model and the fitness objective. */
  @Override
  public void close() {
    try {
      if (model != null) {
        model.close();
      }
    } finally {
      if (fitness != null) {
        fitness.close();
      }
    }
  }
}
