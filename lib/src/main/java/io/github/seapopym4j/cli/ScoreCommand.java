package io.github.seapopym4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.MatchPlan;
import io.github.seapopym4j.fitness.MatchedPairs;
import io.github.seapopym4j.fitness.MetricRegistry;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.fitness.Observations;
import io.github.seapopym4j.fitness.PeriodRule;
import io.github.seapopym4j.fitness.TimeWindow;
import io.github.seapopym4j.internal.Json;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code seapopym score}: scores the biomass of a {@code run} output directory against observations
 * and prints one JSON object, {@code {"n": <matched observations>, "<metric>": value, ...}}, with
 * non-finite values as {@code null}. Observations left out (outside the simulated period, on land
 * cells) are summarised on stderr and listed in {@code skipped-observations.csv} in the run folder;
 * no observation to score is an error, fewer than half a warning.
 * Bad input exits with status 1 and one line {@code seapopym: error: <what is wrong>} on stderr.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Score a run's biomass against observations; print one JSON object.")
public class ScoreCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--run", required = true, paramLabel = "DIR",
      description = "Output directory of 'seapopym run' (biomass.csv, optional groups.csv).")
  Path run;

  @Option(names = "--observations", required = true, paramLabel = "FILE",
      description = "Long CSV (time,lat,lon,value[,period][,group][,unit]), NetCDF product "
          + "(day/night) or raw HOT zooplankton CSV.")
  Path observations;

  @Option(names = "--metric", paramLabel = "NAME",
      description = "Metric to print (repeatable): rmse, nrmse-std, nrmse-mean, nrmse-range, mae, "
          + "bias, log-rmse, pearson, spearman, nse, kge. Default: all.")
  List<String> metrics = new ArrayList<>();

  @Option(names = "--integration-depth", paramLabel = "M",
      description = "Thickness [m] of the sampled layer, to convert concentrations (mg/m3) to g/m2.")
  double integrationDepth = Double.NaN;

  @Option(names = "--window", paramLabel = "none|week|month|<n>d", defaultValue = "none",
      description = "Average the model over this window around each observation (default: none).")
  String window;

  @Option(names = "--surface-layer", paramLabel = "LABEL",
      description = "Layer label sampled by day/night observations (default: the shallowest layer "
          + "used by any group).")
  Integer surfaceLayer;

  @Option(names = "--model-units", paramLabel = "g/m2|kg/m2", defaultValue = "g/m2",
      description = "Unit of the run's biomass (default: g/m2).")
  String modelUnits;

  @Mixin
  MatchOptions matching = new MatchOptions();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      List<String> names = metrics.isEmpty() ? MetricRegistry.names() : metrics;
      names.forEach(MetricRegistry::get);
      MatchConfig config = matching.apply(MatchConfig.defaults().withWindow(TimeWindow.parse(window))
          .withModelUnit(modelUnits));
      if (surfaceLayer != null) {
        config = config.withPeriodRule(PeriodRule.surfaceLayer(surfaceLayer));
      }
      RunDirectory dir = RunDirectory.read(InputFiles.requireDirectory("run directory", run));
      ObservationSet obs = Observations.read(
          InputFiles.requireFile("observations file", observations), integrationDepth);
      MatchPlan plan = MatchPlan.compile(obs, dir.grid(), config, dir::isLand);
      ScoreCoverage.check(plan.report(), obs, dir.grid(), run, err);
      MatchedPairs pairs = plan.match(dir);
      Map<String, Double> scores = new LinkedHashMap<>();
      for (String name : names) {
        scores.put(name, pairs.score(MetricRegistry.metric(name)));
      }
      out.println(json(pairs.size(), scores));
      out.flush();
      err.flush();
      return 0;
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      return SeapopymCli.fail(err, e);
    }
  }

  /** {"n": 3, "rmse": 0.1, ...} with non-finite values as null. */
  static String json(int n, Map<String, Double> scores) {
    ObjectNode o = Json.object().put("n", n);
    scores.forEach((k, v) -> Json.number(o, k, v));
    return Json.line(o);
  }
}
