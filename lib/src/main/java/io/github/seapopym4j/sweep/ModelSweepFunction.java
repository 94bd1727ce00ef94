package io.github.seapopym4j.sweep;

import io.github.seapopym4j.space.GroupSpace;
import io.github.seapopym4j.space.ParameterSpace;
import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.MatchPlan;
import io.github.seapopym4j.fitness.Metric;
import io.github.seapopym4j.fitness.MetricRegistry;
import io.github.seapopym4j.fitness.ModelGrid;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.fitness.ObservedModel;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.GroupParameter;
import io.github.seapopym4j.model.NoTransportModel;
import java.util.ArrayList;
import java.util.Arrays;
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
 *   ModelSweepFunction function = ModelSweepFunction.builder(model, groups, observations,
 *       MatchConfig.defaults()).metric("rmse").metric("nse").build();
 *   SweepPlan plan = SweepPlan.grid(Axis.linear("D1N1.energy_transfert", 0.05, 0.3, 15),
 *       Axis.log("D1N1.lambda_temperature_0", 0.002, 0.05, 15));
 *   SweepResult r = Sweep.builder(plan, function).chunkSize(8).build().run();
 * }
 * }</pre>
 *
 * <p><b>Axes</b> are named {@code GROUP.parameter} ({@link GroupParameter#qualifiedName}, e.g.
 * {@code D1N1.tr_0}; the old spelling {@code D1N1_tr_0} is refused with a message giving the new
 * one), or just {@code parameter} when there is one group; the parameters are the {@link
 * GroupParameter#calibratable() calibratable} ones. Layers cannot be swept: they decide which groups an observation compares
 * with, which the observation plan fixes once. Parameters without an axis keep the values of the
 * base groups. {@link #check} refuses an axis that names no parameter and axis ranges the model does
 * not accept, before anything runs.
 *
 * <p><b>Cost.</b> Runs and scores go through one {@link ObservedModel} (the path calibration
 * uses): everything parameter-independent is prepared once; each combination is one run, closed as
 * soon as it is scored, and scoring reads only the cells and steps the observations need. {@link #workPerCombination()} is time steps × simulated cells. Each run
 * is a few hundred microseconds to milliseconds, so give the sweep small chunks
 * ({@code Sweep.Builder.chunkSize(8)}) to spread them over threads.
 *
 * @implNote Immutable and thread-safe (runs on one model may start from several threads). The
 *     model stays the caller's: close it after the sweep.
 */
public final class ModelSweepFunction implements SweepFunction {

  private final ObservedModel observed;
  private final List<FunctionalGroup> groups;
  private final List<String> names;
  private final List<Metric> scores;
  private final Map<String, String> inputs;
  /** Axis name → its group index and parameter; a null group index when two groups give it. */
  private final Map<String, Binding> axes = new LinkedHashMap<>();

  /** What an axis sets: parameter {@code parameter} of group {@code group} (-1: ambiguous). */
  private record Binding(int group, GroupParameter parameter) {}

  private ModelSweepFunction(Builder b) {
    this.observed = b.observed;
    this.groups = b.groups;
    this.names = List.copyOf(b.metrics.keySet());
    this.scores = List.copyOf(b.metrics.values());
    this.inputs = new java.util.TreeMap<>(b.inputs);
    for (int g = 0; g < groups.size(); g++) {
      for (GroupParameter p : sweptParameters()) {
        axes.merge(p.qualifiedName(groups.get(g).name()), new Binding(g, p),
            (a, c) -> new Binding(-1, p));
        if (groups.size() == 1) {
          axes.put(p.csvName(), new Binding(g, p));
        }
      }
    }
  }

  /**
   * A function scoring against an observation plan already compiled on the model's output grid
   * ({@link ObservedModel#grid}); the model stays the caller's.
   *
   * @param groups the base groups, in the order of the runs' group index
   */
  public static Builder builder(NoTransportModel model, List<FunctionalGroup> groups,
      MatchPlan plan) {
    return new Builder(ObservedModel.of(model, groups, plan), groups);
  }

  /** A function scoring against {@code observations}, matched on the model's grid by {@code config}. */
  public static Builder builder(NoTransportModel model, List<FunctionalGroup> groups,
      ObservationSet observations, MatchConfig config) {
    return builder(model, groups, MatchPlan.compile(observations, grid(model, groups), config));
  }

  /**
   * A function running and scoring through {@code observed} (e.g. {@link ObservedModel#prepare},
   * which simulates only the observed cells); it stays the caller's to close.
   */
  public static Builder builder(ObservedModel observed, List<FunctionalGroup> groups) {
    return new Builder(Objects.requireNonNull(observed, "observed"), groups);
  }

  /** The output grid of every run of {@code groups} on {@code model}: {@link ObservedModel#grid}. */
  public static ModelGrid grid(NoTransportModel model, List<FunctionalGroup> groups) {
    return ObservedModel.grid(model, groups);
  }

  /** The parameters an axis can set: the calibratable ones (not the layers). */
  public static List<GroupParameter> sweptParameters() {
    return Arrays.stream(GroupParameter.values()).filter(GroupParameter::calibratable).toList();
  }

  /**
   * The axis name of {@code parameter} (a groups-CSV name) of group {@code group}: {@code
   * GROUP.parameter}, e.g. {@code D2N1_BIS.tr_0}.
   *
   * @throws IllegalArgumentException when {@code parameter} is not one a sweep can set
   */
  public static String axisName(String group, String parameter) {
    GroupParameter p = GroupParameter.byCsvName(parameter).filter(GroupParameter::calibratable)
        .orElseThrow(() -> new IllegalArgumentException(String.format(
            "'%s' is not a parameter a sweep can set; expected one of %s", parameter,
            sweptParameters().stream().map(GroupParameter::csvName).toList())));
    return p.qualifiedName(group);
  }

  @Override
  public List<SweepMeasure> metrics() {
    return names.stream().map(n -> SweepMeasure.real(n, "")).toList();
  }

  @Override
  public void check(SweepPlan sweepPlan) {
    Binding[] bind = bindings(sweepPlan);
    List<Axis> list = sweepPlan.axes();
    for (int a = 0; a < bind.length; a++) {
      for (int b = 0; b < a; b++) {
        if (bind[a].equals(bind[b])) {
          throw new IllegalArgumentException(String.format("axes '%s' and '%s' both set %s of "
              + "group '%s'", list.get(b).name(), list.get(a).name(), bind[a].parameter().csvName(),
              groups.get(bind[a].group()).name()));
        }
      }
      for (double v : new double[] {list.get(a).min(), list.get(a).max()}) {
        try {
          bind[a].parameter().with(groups.get(bind[a].group()), v);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("axis '" + list.get(a).name() + "' reaches a value "
              + "the model refuses: " + e.getMessage(), e);
        }
      }
    }
  }

  @Override
  public void evaluate(Chunk chunk) {
    Decoder decoder = decoder(chunk.plan());
    double[] predicted = new double[observed.size()];
    double[] x = new double[decoder.space().dimension()];
    for (int c = chunk.from(); c < chunk.to(); c++) {
      for (int a = 0; a < decoder.slot().length; a++) {
        x[decoder.slot()[a]] = chunk.value(a, c);
      }
      double[] s = observed.scores(decoder.space().decode(x), scores, predicted);
      for (int m = 0; m < s.length; m++) {
        chunk.set(m, c, s[m]);
      }
    }
  }

  /**
   * The model (forcing source, time axis, cells, settings), the base groups, the observations (source,
   * matched count, a hash of the values), the metric columns and the {@link Builder#input inputs}
   * (the command line adds the SHA-256 of the forcing and observation files, so a resumed sweep over
   * changed contents of the same files is refused).
   */
  @Override
  public String describe() {
    NoTransportModel model = observed.model();
    StringBuilder sb = new StringBuilder("seapopym no-transport model sweep\n");
    sb.append("model ").append(model.context()).append('\n');
    sb.append("config ").append(model.config()).append('\n');
    for (FunctionalGroup g : groups) {
      sb.append("group ").append(g).append('\n');
    }
    sb.append("observations ").append(observed.report().summary())
        .append(String.format(", values hash %08x", Arrays.hashCode(observed.observed())))
        .append('\n');
    sb.append("metrics ").append(String.join(",", names));
    inputs.forEach((k, v) -> sb.append("\ninput ").append(k).append(' ').append(v));
    return sb.toString();
  }

  /** Time steps × simulated cells of one run. */
  @Override
  public long workPerCombination() {
    return (long) observed.model().context().timeSize() * observed.simulatedCells();
  }

  /**
   * A combination's axis values as a vector of a {@link ParameterSpace}: the base groups with each
   * swept parameter free over its axis range, so a sweep decodes groups as a calibration does.
   *
   * @param slot per axis, its index in the space's vector
   */
  private record Decoder(ParameterSpace space, int[] slot) {}

  private Decoder decoder(SweepPlan sweepPlan) {
    Binding[] bind = bindings(sweepPlan);
    List<GroupSpace> spaces = new ArrayList<>(groups.stream().map(GroupSpace::fixedAt).toList());
    for (int a = 0; a < bind.length; a++) {
      Axis axis = sweepPlan.axes().get(a);
      GroupParameter p = bind[a].parameter();
      // The space's bounds hold the axis range widened by a hair (a one-value axis, rounded grid
      // values), within what the model accepts; check() has already tested the range itself.
      double pad = 1e-9 * Math.max(1, Math.max(Math.abs(axis.min()), Math.abs(axis.max())));
      double lo = p.allows(axis.min() - pad) ? axis.min() - pad : axis.min();
      double hi = p.allows(axis.max() + pad) ? axis.max() + pad : axis.max();
      spaces.set(bind[a].group(), spaces.get(bind[a].group()).free(p, lo, hi));
    }
    ParameterSpace space = ParameterSpace.of(spaces);
    int[] slot = new int[bind.length];
    for (int a = 0; a < bind.length; a++) {
      slot[a] = space.names().indexOf(
          bind[a].parameter().qualifiedName(groups.get(bind[a].group()).name()));
    }
    return new Decoder(space, slot);
  }

  /** Per axis of {@code sweepPlan}: what it sets. */
  private Binding[] bindings(SweepPlan sweepPlan) {
    List<Axis> list = sweepPlan.axes();
    Binding[] bind = new Binding[list.size()];
    for (int a = 0; a < bind.length; a++) {
      String name = list.get(a).name();
      Binding b = axes.get(name);
      if (b == null || b.group() < 0) {
        String old = oldSpelling(name);
        if (old != null) {
          throw new IllegalArgumentException(String.format("axis '%s' uses the old spelling "
              + "<group>_<parameter>; write %s", name, old));
        }
        List<String> known = new ArrayList<>();
        axes.forEach((k, v) -> {
          if (v.group() >= 0) {
            known.add(k);
          }
        });
        throw new IllegalArgumentException(String.format("axis '%s' %s; expected GROUP.parameter"
            + " with a group of %s and a parameter of %s, e.g. %s", name,
            b == null ? "names no group parameter" : "is ambiguous (two groups give this name)",
            groups.stream().map(FunctionalGroup::name).toList(),
            sweptParameters().stream().map(GroupParameter::csvName).toList(), known.get(0)));
      }
      bind[a] = b;
    }
    return bind;
  }

  /** The qualified name an axis of the old spelling {@code D1N1_tr_0} means, or null. */
  private String oldSpelling(String name) {
    for (FunctionalGroup g : groups) {
      String group = g.name().replaceAll("[^A-Za-z0-9_]", "_");
      group = group.matches("[A-Za-z].*") ? group : "g" + group;
      for (GroupParameter p : sweptParameters()) {
        if (name.equals(group + "_" + p.csvName())) {
          return p.qualifiedName(g.name());
        }
      }
    }
    return null;
  }

  /** Collects the metrics of a {@link ModelSweepFunction}. */
  public static final class Builder {
    private final ObservedModel observed;
    private final List<FunctionalGroup> groups;
    private final Map<String, Metric> metrics = new LinkedHashMap<>();
    private final Map<String, String> inputs = new LinkedHashMap<>();

    private Builder(ObservedModel observed, List<FunctionalGroup> groups) {
      this.observed = observed;
      this.groups = List.copyOf(groups);
      if (this.groups.isEmpty()) {
        throw new IllegalArgumentException("a model sweep needs ≥ 1 functional group, but got none");
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
    public Builder metric(String column, Metric metric) {
      SweepMeasure.real(column, "");
      Objects.requireNonNull(metric, "metric");
      if (metrics.putIfAbsent(column, metric) != null) {
        throw new IllegalArgumentException("metric column '" + column + "' is already used");
      }
      return this;
    }

    /**
     * Adds to {@link #describe()} (the resume manifest) something else the results depend on, by
     * name: e.g. {@code --temperature} with the file's {@link
     * io.github.seapopym4j.internal.Fingerprint#file} contents hash, so that a resume over changed
     * forcing contents is refused. Single-line name and value.
     */
    public Builder input(String name, String value) {
      if (name.contains("\n") || value.contains("\n") || name.contains(" ")) {
        throw new IllegalArgumentException("sweep input names must be one word and values one "
            + "line, but got '" + name + "'");
      }
      inputs.put(name, value);
      return this;
    }

    /** The function; with no metric added, {@code rmse}. */
    public ModelSweepFunction build() {
      if (metrics.isEmpty()) {
        metric("rmse");
      }
      return new ModelSweepFunction(this);
    }
  }
}
