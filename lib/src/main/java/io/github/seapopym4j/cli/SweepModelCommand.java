package io.github.seapopym4j.cli;

import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.MetricRegistry;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.fitness.ObservedModel;
import io.github.seapopym4j.fitness.TimeWindow;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.LoadOptions;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.GroupParameter;
import io.github.seapopym4j.model.GroupsCsv;
import io.github.seapopym4j.profile.MemorySnapshot;
import io.github.seapopym4j.sweep.Axis;
import io.github.seapopym4j.sweep.ChunkExecutor;
import io.github.seapopym4j.sweep.ModelSweepFunction;
import io.github.seapopym4j.sweep.Sweep;
import io.github.seapopym4j.sweep.SweepEngineFactory;
import io.github.seapopym4j.sweep.SweepPlan;
import io.github.seapopym4j.sweep.SweepResult;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code seapopym sweep model}: a fitness landscape of the no-transport model. Every combination of
 * the {@code --axis} grids sets group parameters, runs the model on the cells the observations need
 * (only those are simulated, through {@link ObservedModel}, as {@code calibrate} does) and scores the
 * run with each {@code --metric}. The model options ({@code --scheme}, {@code --gillooly}, {@code
 * --units}, {@code --angle-horizon-sun}) are those of {@code run} and {@code calibrate}.
 *
 * <p>Writes into {@code --out DIR}: {@code sweep.manifest}, {@code results.csv} (one row per
 * combination: {@code combination,<axes…>,<metrics…>}, axes named {@code GROUP.parameter}) and {@code top.csv} (the best {@code --top}
 * by the first metric, in its direction of improvement: smallest rmse, largest nse, |bias| closest to
 * 0). Progress lines go to stderr; at the end one JSON line goes to stdout: {@code {"combinations":
 * …, "bars_or_steps": <work units per combination: time steps × simulated cells>, "kernel_s": …,
 * "results_s": …, "combination_bars_per_s": <combinations × work units per wall second>, …}} (key
 * names shared with the examples module's {@code sweep bollinger} and kept for compatibility).
 */
@Command(name = "model", mixinStandardHelpOptions = true,
    description = {"Sweep functional-group parameters of the no-transport model against observations "
        + "(a fitness landscape).",
        "Axes: --axis GROUP.PARAMETER=MIN:MAX:COUNT (linear, endpoints included); PARAMETER is one of "
            + "energy_transfert, lambda_temperature_0, gamma_lambda_temperature, tr_0, gamma_tr."})
public final class SweepModelCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ObservedInputs inputs = new ObservedInputs();

  @Option(names = "--groups", required = true, paramLabel = "FILE",
      description = "Functional groups CSV (the base values of every parameter).")
  Path groups;

  @Option(names = "--axis", required = true, paramLabel = "GROUP.PARAMETER=MIN:MAX:COUNT",
      description = "A swept parameter (repeatable; the last one varies fastest). GROUP may be left "
          + "out when the groups file has one group.")
  List<String> axes = new ArrayList<>();

  @Option(names = "--metric", paramLabel = "NAME",
      description = "Metric column (repeatable; default rmse): rmse, nrmse-std, nrmse-mean, "
          + "nrmse-range, mae, bias, log-rmse, pearson, spearman, nse, kge. The first ranks top.csv.")
  List<String> metrics = new ArrayList<>();

  @Option(names = "--window", paramLabel = "none|week|month|<n>d", defaultValue = "none",
      description = "Average the model over this window around each observation (default: none).")
  String window;

  @Mixin
  ModelOptions model = new ModelOptions();

  @Mixin
  SweepOptions sweepOptions = new SweepOptions(8, 100, 1_000_000);

  @Mixin
  EngineOptions engine = new EngineOptions();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return run(err);
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      err.println("sweep model: " + String.valueOf(e.getMessage()).replace('\n', ' '));
      err.flush();
      return 1;
    }
  }

  private int run(PrintWriter err) {
    List<String> metricNames = metrics.isEmpty() ? List.of("rmse") : metrics;
    metricNames.forEach(MetricRegistry::get);
    boolean spark = engine.spark();
    List<FunctionalGroup> base = GroupsCsv.read(groups);
    SweepPlan plan = SweepPlan.grid(axes.stream().map(a -> parseAxis(a, base)).toArray(Axis[]::new));
    inputs.requireForcingFiles();
    ObservationSet obs = inputs.readObservations();
    MatchConfig config = inputs.matching.apply(MatchConfig.defaults()
        .withWindow(TimeWindow.parse(window)).withModelUnit(model.biomassUnit()));
    AtomicLong done = new AtomicLong();
    try (OutputLock lock = OutputLock.acquire(sweepOptions.out(), err);
        Interrupts.Handle watch = Interrupts.watch(lock, () -> String.format(Locale.ROOT,
            "after %,d of %,d combinations", done.get(), plan.combinations()), true,
            sweepOptions.out().resolve("chunks"));
        ForcingSet forcings = inputs.loadForcings(err);
        // Simulate only the cells the observations need (matched once on the full grid).
        ObservedModel observed = ObservedModel.prepare(forcings, model.config(), base, obs,
            config)) {
      ModelSweepFunction.Builder b = ModelSweepFunction.builder(observed, base);
      metricNames.forEach(b::metric);
      inputs.fingerprints(b::input, "--groups", groups);
      b.input("model", model.config().toString());
      b.input("match", config.toString());
      ModelSweepFunction function = b.build();
      int workers = sweepOptions.threads();
      LoadOptions load = inputs.forcing.loadOptions();
      ModelSweepRecipe recipe = new ModelSweepRecipe(absolute(inputs.temperature),
          absolute(inputs.primaryProduction), load.temperatureVariable(),
          load.productionVariable(), model.config(), base, absolute(inputs.observations),
          inputs.integrationDepth, config, List.copyOf(metricNames));
      err.printf(Locale.ROOT, "sweep model: %,d combinations (%s) x %,d steps x %d cells, %d "
              + "observations matched, %d threads%n", plan.combinations(),
          String.join(" x ", plan.axisNames()), forcings.timeSize(), observed.simulatedCells(),
          observed.size(), workers);
      err.flush();
      Sweep.Builder sweep = sweepOptions.sweep(plan, function)
          .listener(p -> {
            done.set(p.done());
            err.println("sweep model: " + p);
            err.flush();
          });
      SweepResult result;
      try (ChunkExecutor onSpark = spark
          ? SweepEngineFactory.find("spark").create(engine.master(), recipe) : null) {
        if (onSpark != null) {
          sweep.engine(onSpark);
        }
        result = sweep.build().run();
      }
      String first = metricNames.get(0);
      Path topFile = sweepOptions.out().resolve("top.csv");
      result.writeCsv(topFile, best(result, first, sweepOptions.top()));
      err.printf("sweep model: wrote %s and %s (best by %s)%n", result.resultsFile().orElseThrow(),
          topFile, first);
      err.flush();
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.println(result.json(function.workPerCombination(), MemorySnapshot.peakResidentBytes()));
      stdout.flush();
    }
    return 0;
  }

  /** {@code [GROUP.]PARAMETER=MIN:MAX:COUNT} as a linear axis named {@link ModelSweepFunction#axisName}. */
  static Axis parseAxis(String spec, List<FunctionalGroup> groups) {
    String usage = "--axis must be GROUP.PARAMETER=MIN:MAX:COUNT (e.g. D1N1.energy_transfert="
        + "0.05:0.3:15), but was '" + spec + "'";
    int eq = spec.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException(usage);
    }
    String key = spec.substring(0, eq).trim();
    String[] range = spec.substring(eq + 1).split(":", -1);
    if (range.length != 3) {
      throw new IllegalArgumentException(usage);
    }
    int dot = key.lastIndexOf('.');
    String group;
    if (dot < 0) {
      for (FunctionalGroup g : groups) {
        for (GroupParameter p : ModelSweepFunction.sweptParameters()) {
          if (key.equals(g.name() + "_" + p.csvName())) {
            throw new IllegalArgumentException(String.format("--axis '%s' uses the old spelling "
                + "GROUP_parameter; write %s=%s", spec, p.qualifiedName(g.name()),
                spec.substring(eq + 1)));
          }
        }
      }
      if (groups.size() != 1) {
        throw new IllegalArgumentException(String.format("--axis '%s' names no group, but the groups "
            + "file has %d groups %s; write GROUP.PARAMETER", spec, groups.size(), names(groups)));
      }
      group = groups.get(0).name();
    } else {
      group = key.substring(0, dot);
      if (!names(groups).contains(group)) {
        throw new IllegalArgumentException(String.format("--axis '%s': no group '%s' in the groups "
            + "file; its groups are %s", spec, group, names(groups)));
      }
    }
    String parameter = key.substring(dot + 1);
    String name;
    try {
      name = ModelSweepFunction.axisName(group, parameter);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--axis '" + spec + "': " + e.getMessage(), e);
    }
    try {
      double min = Double.parseDouble(range[0].trim());
      double max = Double.parseDouble(range[1].trim());
      int count = Integer.parseInt(range[2].trim());
      return Axis.linear(name, min, max, count);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(usage);
    }
  }

  /** The best {@code k} combinations by {@code metric} in its direction of improvement. */
  static int[] best(SweepResult result, String metric, int k) {
    String column = metric.replace('-', '_');
    MetricRegistry.Goal goal = MetricRegistry.get(metric).goal();
    if (goal != MetricRegistry.Goal.ZERO) {
      return result.top(column, k, goal == MetricRegistry.Goal.MAXIMISE);
    }
    double[] v = result.column(column);
    return IntStream.range(0, v.length).filter(i -> !Double.isNaN(v[i])).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> Math.abs(v[i])).thenComparingInt(i -> i))
        .limit(k).mapToInt(Integer::intValue).toArray();
  }

  private static String absolute(Path p) {
    return p.toAbsolutePath().normalize().toString();
  }

  private static List<String> names(List<FunctionalGroup> groups) {
    return groups.stream().map(FunctionalGroup::name).toList();
  }
}
