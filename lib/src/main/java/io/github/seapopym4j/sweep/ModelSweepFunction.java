package io.github.seapopym4j.sweep;

import io.github.seapopym4j.fitness.GroupLayers;
import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.MatchPlan;
import io.github.seapopym4j.fitness.MetricRegistry;
import io.github.seapopym4j.fitness.ModelGrid;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import io.github.seapopym4j.model.PreparedContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The seapopym model as a {@link SweepFunction}: each combination sets some functional-group
 * parameters, runs the model and scores the run against observations with one or more fitness
 * metrics, one result column each. A 2-D grid of it is a fitness landscape.
 *
 * <pre>{@code
 * try (NoTransportModel model = NoTransportModel.prepare(forcings, ModelConfig.defaults())) {
 *   ModelSweepFunction kernel = ModelSweepFunction.builder(model, groups, observations,
 *       MatchConfig.defaults()).metric("rmse").metric("nse").build();
 *   SweepPlan plan = SweepPlan.grid(Axis.linear("energy_transfert", 0.05, 0.3, 15),
 *       Axis.log("lambda_temperature_0", 0.002, 0.05, 15));
 *   SweepResult r = Sweep.builder(plan, kernel).chunkSize(8).build().run();
 * }
 * }</pre>
 *
 * <p><b>Axes</b> are named {@code <group>_<parameter>} ({@link #axisName}), or just {@code
 * <parameter>} when there is one group; the parameters are the continuous ones of the groups CSV:
 * {@link #PARAMETERS}. Layers cannot be swept: they decide which groups an observation compares
 * with, which the observation plan fixes once. Parameters without an axis keep the values of the
 * base groups. {@link #check} refuses an axis that names no parameter and axis ranges the model does
 * not accept, before anything runs.
 *
 * <p><b>Cost.</b> Everything parameter-independent (Gillooly temperatures, masks, day length) is
 * prepared once in the shared {@link NoTransportModel}; each combination is one run, closed as soon
 * as it is scored (try-with-resources), and scoring reads only the cells and steps the observations
 * need ({@link MatchPlan}). {@link #workPerCombination()} is time steps × simulated cells. Each run
 * is a few hundred microseconds to milliseconds, so give the sweep small chunks
 * ({@code Sweep.Builder.chunkSize(8)}) to spread them over threads.
 *
 * @implNote Immutable and thread-safe (runs on one model may start from several threads). The
 *     model stays the caller's: close it after the sweep.
 */
public final class ModelSweepFunction implements SweepFunction {

  /** The parameters an axis can set, as named in the groups CSV. */
  public static final List<String> PARAMETERS = List.of("energy_transfert",
      "lambda_temperature_0", "gamma_lambda_temperature", "tr_0", "gamma_tr");

  private final NoTransportModel model;
  private final List<FunctionalGroup> groups;
  private final MatchPlan plan;
  private final List<String> names;
  private final List<io.github.seapopym4j.fitness.Metric> scores;
  private final double[] observed;
  /** Axis name → {group index, parameter index}; {-1, -1} when two groups give the same name. */
  private final Map<String, int[]> axes = new LinkedHashMap<>();

  private ModelSweepFunction(Builder b) {
    this.model = b.model;
    this.groups = b.groups;
    this.plan = b.plan;
    this.names = List.copyOf(b.metrics.keySet());
    this.scores = List.copyOf(b.metrics.values());
    this.observed = plan.observed();
    for (int g = 0; g < groups.size(); g++) {
      for (int p = 0; p < PARAMETERS.size(); p++) {
        String name = axisName(groups.get(g).name(), PARAMETERS.get(p));
        axes.merge(name, new int[] {g, p}, (a, c) -> new int[] {-1, -1});
        if (groups.size() == 1) {
          axes.put(PARAMETERS.get(p), new int[] {g, p});
        }
      }
    }
  }

  /**
   * A kernel scoring against an observation plan already compiled on the model's output grid
   * ({@link #grid}).
   *
   * @param groups the base groups, in the order of the runs' group index
   */
  public static Builder builder(NoTransportModel model, List<FunctionalGroup> groups,
      MatchPlan plan) {
    return new Builder(model, groups, plan);
  }

  /** A kernel scoring against {@code observations}, matched on the model's grid by {@code config}. */
  public static Builder builder(NoTransportModel model, List<FunctionalGroup> groups,
      ObservationSet observations, MatchConfig config) {
    return new Builder(model, groups, MatchPlan.compile(observations, grid(model, groups), config));
  }

  /** The output grid of every run of {@code groups} on {@code model}: what a plan is compiled on. */
  public static ModelGrid grid(NoTransportModel model, List<FunctionalGroup> groups) {
    PreparedContext c = model.context();
    return new ModelGrid(c.time(), c.latitude(), c.longitude(),
        groups.stream().map(GroupLayers::of).toList());
  }

  /**
   * The axis name of {@code parameter} of group {@code group}: {@code <group>_<parameter>}, with
   * every character of the group name other than a letter, digit or '_' replaced by '_' (and a
   * leading 'g' when the name does not start with a letter), e.g. {@code D2N1_BIS_tr_0}.
   *
   * @throws IllegalArgumentException when {@code parameter} is not one of {@link #PARAMETERS}
   */
  public static String axisName(String group, String parameter) {
    if (!PARAMETERS.contains(parameter)) {
      throw new IllegalArgumentException(String.format(
          "'%s' is not a parameter a sweep can set; expected one of %s", parameter, PARAMETERS));
    }
    String g = group.replaceAll("[^A-Za-z0-9_]", "_");
    return (g.matches("[A-Za-z].*") ? g : "g" + g) + "_" + parameter;
  }

  @Override
  public List<SweepMeasure> metrics() {
    return names.stream().map(n -> SweepMeasure.real(n, "")).toList();
  }

  /** The plan the kernel scores with (its observed values are the kernel's targets). */
  public MatchPlan matchPlan() {
    return plan;
  }

  @Override
  public void check(SweepPlan sweepPlan) {
    int[][] bind = bindings(sweepPlan);
    List<Axis> list = sweepPlan.axes();
    for (int a = 0; a < bind.length; a++) {
      for (int b = 0; b < a; b++) {
        if (bind[a][0] == bind[b][0] && bind[a][1] == bind[b][1]) {
          throw new IllegalArgumentException(String.format("axes '%s' and '%s' both set %s of "
              + "group '%s'", list.get(b).name(), list.get(a).name(), PARAMETERS.get(bind[a][1]),
              groups.get(bind[a][0]).name()));
        }
      }
      for (double v : new double[] {list.get(a).min(), list.get(a).max()}) {
        try {
          set(groups.get(bind[a][0]), bind[a][1], v);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("axis '" + list.get(a).name() + "' reaches a value "
              + "the model refuses: " + e.getMessage(), e);
        }
      }
    }
  }

  @Override
  public void evaluate(Chunk chunk) {
    int[][] bind = bindings(chunk.plan());
    double[] predicted = new double[observed.length];
    FunctionalGroup[] run = new FunctionalGroup[groups.size()];
    for (int c = chunk.from(); c < chunk.to(); c++) {
      groups.toArray(run);
      for (int a = 0; a < bind.length; a++) {
        run[bind[a][0]] = set(run[bind[a][0]], bind[a][1], chunk.value(a, c));
      }
      try (ModelRun r = model.start(List.of(run))) {
        plan.predictInto(r::biomass, predicted);
      }
      for (int m = 0; m < scores.size(); m++) {
        // Fresh copies: a metric may sort its inputs (see fitness.Scorer).
        chunk.set(m, c, scores.get(m).score(observed.clone(), predicted.clone()));
      }
    }
  }

  /**
   * The model (forcing source, time axis, cells, settings), the base groups, the observations (source,
   * matched count, a hash of the values) and the metric columns. The forcing values themselves are
   * not fingerprinted: a resumed sweep over changed forcing files of the same names is not detected.
   */
  @Override
  public String describe() {
    StringBuilder sb = new StringBuilder("seapopym no-transport model sweep\n");
    sb.append("model ").append(model.context()).append('\n');
    sb.append("config ").append(model.config()).append('\n');
    for (FunctionalGroup g : groups) {
      sb.append("group ").append(g).append('\n');
    }
    sb.append("observations ").append(plan.report().summary())
        .append(String.format(", values hash %08x", java.util.Arrays.hashCode(observed)))
        .append('\n');
    sb.append("metrics ").append(String.join(",", names));
    return sb.toString();
  }

  /** Time steps × simulated cells of one run. */
  @Override
  public long workPerCombination() {
    return (long) model.context().timeSize() * model.context().cellCount();
  }

  /** Per axis of {@code sweepPlan}: {group index, parameter index}. */
  private int[][] bindings(SweepPlan sweepPlan) {
    List<Axis> list = sweepPlan.axes();
    int[][] bind = new int[list.size()][];
    for (int a = 0; a < bind.length; a++) {
      String name = list.get(a).name();
      int[] b = axes.get(name);
      if (b == null || b[0] < 0) {
        List<String> known = new ArrayList<>();
        axes.forEach((k, v) -> {
          if (v[0] >= 0) {
            known.add(k);
          }
        });
        throw new IllegalArgumentException(String.format("axis '%s' %s; expected <group>_<parameter>"
            + " with a group of %s and a parameter of %s, e.g. %s", name,
            b == null ? "names no group parameter" : "is ambiguous (two groups give this name)",
            groups.stream().map(FunctionalGroup::name).toList(), PARAMETERS, known.get(0)));
      }
      bind[a] = b;
    }
    return bind;
  }

  private static FunctionalGroup set(FunctionalGroup g, int parameter, double v) {
    return switch (parameter) {
      case 0 -> g.withEnergyTransfert(v);
      case 1 -> g.withLambdaTemperature0(v);
      case 2 -> g.withGammaLambdaTemperature(v);
      case 3 -> g.withTr0(v);
      default -> g.withGammaTr(v);
    };
  }

  /** Collects the metrics of a {@link ModelSweepFunction}. */
  public static final class Builder {
    private final NoTransportModel model;
    private final List<FunctionalGroup> groups;
    private final MatchPlan plan;
    private final Map<String, io.github.seapopym4j.fitness.Metric> metrics = new LinkedHashMap<>();

    private Builder(NoTransportModel model, List<FunctionalGroup> groups, MatchPlan plan) {
      this.model = Objects.requireNonNull(model, "model");
      this.groups = List.copyOf(groups);
      this.plan = Objects.requireNonNull(plan, "plan");
      if (this.groups.isEmpty()) {
        throw new IllegalArgumentException("a model sweep needs ≥ 1 functional group, but got none");
      }
      ModelGrid expected = grid(model, this.groups);
      if (!expected.equals(plan.grid())) {
        throw new IllegalArgumentException("the observation plan was compiled on " + plan.grid()
            + ", but runs of these groups on the model give " + expected
            + "; compile it on ModelSweepFunction.grid(model, groups)");
      }
    }

    /**
     * Adds the built-in metric {@code name} of {@link MetricRegistry} (e.g. {@code nrmse-std}) as
     * the column {@code name} with '-' replaced by '_' ({@code nrmse_std}); raw values, so {@code
     * pearson} is best at its largest.
     */
    public Builder metric(String name) {
      return metric(name.replace('-', '_'), MetricRegistry.metric(name));
    }

    /**
     * Adds {@code metric} as the column {@code column} (a letter, then letters, digits or '_').
     *
     * @throws IllegalArgumentException when the column name is invalid or already used
     */
    public Builder metric(String column, io.github.seapopym4j.fitness.Metric metric) {
      SweepMeasure.real(column, "");
      Objects.requireNonNull(metric, "metric");
      if (metrics.putIfAbsent(column, metric) != null) {
        throw new IllegalArgumentException("metric column '" + column + "' is already used");
      }
      return this;
    }

    /** The kernel; with no metric added, {@code rmse}. */
    public ModelSweepFunction build() {
      if (metrics.isEmpty()) {
        metric("rmse");
      }
      return new ModelSweepFunction(this);
    }
  }
}
