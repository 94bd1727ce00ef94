package io.github.seapopym4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.seapopym4j.calibration.Calibration;
import io.github.seapopym4j.calibration.CalibrationListener;
import io.github.seapopym4j.calibration.CalibrationProblem;
import io.github.seapopym4j.calibration.CalibrationResult;
import io.github.seapopym4j.calibration.CmaEs;
import io.github.seapopym4j.calibration.Ensemble;
import io.github.seapopym4j.calibration.EvaluatorFactory;
import io.github.seapopym4j.calibration.Generation;
import io.github.seapopym4j.calibration.GeneticAlgorithm;
import io.github.seapopym4j.calibration.Identifiability;
import io.github.seapopym4j.calibration.IdentifiabilityReport;
import io.github.seapopym4j.calibration.LocalPopulationEvaluator;
import io.github.seapopym4j.calibration.MemoryMonitor;
import io.github.seapopym4j.calibration.ModelObjective;
import io.github.seapopym4j.calibration.Optimizer;
import io.github.seapopym4j.internal.Checks;
import io.github.seapopym4j.space.ParameterSpace;
import io.github.seapopym4j.space.ParameterSpaceCsv;
import io.github.seapopym4j.calibration.PopulationEvaluator;
import io.github.seapopym4j.calibration.StopCriteria;
import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.MetricRegistry;
import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.internal.AtomicFiles;
import io.github.seapopym4j.model.GroupsCsv;
import io.github.seapopym4j.model.ModelConfig;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code seapopym calibrate}: fits the free parameters of a space file to observations with the GA
 * or CMA-ES, and writes into {@code --out}: {@code logbook.csv} and {@code memory.csv} (after every
 * generation), {@code checkpoint.properties} (for {@code --resume}), {@code best.csv} (the best
 * groups, in the groups-file format of {@code run}), {@code identifiability.csv} and {@code
 * profiles.csv} (how well the observations constrain each parameter at the best point: {@link
 * Identifiability}) and {@code summary.json}; with {@code --ensemble K}, K calibrations in {@code
 * member-<seed>/} and {@code ensemble.csv} ({@link Ensemble}). The model settings
 * ({@code --scheme}, {@code --gillooly}, {@code --units}, {@code --angle-horizon-sun}) are those of
 * {@code run}. Progress goes to stderr as a progress bar over the generation budget; the summary to
 * stdout. Bad input exits with status 1 and one line {@code seapopym: error: <what is wrong>} on
 * stderr, before anything is written.
 *
 * <p>{@code --engine spark --master URL} evaluates each generation on Apache Spark instead of local
 * threads, through the {@link EvaluatorFactory} the {@code seapopym4j-spark} module registers (the
 * core library has no Spark dependency; {@code bin/seapopym} puts the module and Spark on the
 * classpath). Results do not depend on the engine.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = "Calibrate group parameters against observations (GA or CMA-ES).")
public class CalibrateCommand implements Callable<Integer> {

  /** File of the best groups in {@code --out}. */
  public static final String BEST = "best.csv";
  /** File of the summary in {@code --out}. */
  public static final String SUMMARY = "summary.json";

  @Spec
  CommandSpec spec;

  @Mixin
  ObservedInputs inputs = new ObservedInputs();

  @Option(names = "--space", required = true, paramLabel = "FILE",
      description = "Parameter space CSV: group,parameter,value,min,max (value = fixed, "
          + "min and max = free).")
  Path space;

  @Option(names = "--optimizer", paramLabel = "ga|cmaes",
      description = "Optimiser (default: cmaes with IPOP restarts; see docs/CALIBRATION.md for "
          + "the measurements behind it).")
  String optimizer;

  @Option(names = "--preset", paramLabel = "NAME",
      description = "Named settings: seapopym-optimization (the GA of the SeapoPym v0.1 paper and "
          + "seapopym-optimization: population 256, two-point crossover, per-gene mutation 0.2, "
          + "no elitism), for reproducing published runs. Other options override it.")
  String preset;

  @Option(names = "--population", paramLabel = "N",
      description = "Individuals per generation (default: 4 + 3 ln n for cmaes, 32 for ga, 256 "
          + "with --preset seapopym-optimization).")
  Integer population;

  @Option(names = "--crossover", paramLabel = "sbx|two-point",
      description = "ga: crossover (default: sbx; two-point with --preset seapopym-optimization).")
  String crossover;

  @Option(names = "--gene-mutation-probability", paramLabel = "P",
      description = "ga: probability that a gene of a mutated offspring changes (default: 1/n for "
          + "n free parameters; 0.2 with --preset seapopym-optimization).")
  Double geneMutation;

  @Option(names = "--generations", paramLabel = "N",
      description = "Generation budget, the initial population included (default: 100, unlimited "
          + "with --max-evaluations).")
  Long generations;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
      description = "Seed of all randomness (default: 42).")
  long seed;

  @Mixin
  EvaluationOptions engine = new EvaluationOptions();

  @Option(names = "--metric", paramLabel = "NAME", defaultValue = "nrmse-std",
      description = "Score to minimise (maximised scores become 1 - score): rmse, nrmse-std, "
          + "nrmse-mean, nrmse-range, mae, bias, log-rmse, pearson, spearman, nse, kge "
          + "(default: nrmse-std).")
  String metric;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(names = "--resume", description = "Continue the calibration saved in --out.")
  boolean resume;

  @Option(names = "--ensemble", paramLabel = "K", defaultValue = "1",
      description = "Run K calibrations with seeds S..S+K-1 (S = --seed), each in --out/member-<seed>/, "
          + "and write ensemble.csv and the spread of each parameter in summary.json; best.csv is "
          + "the best member's (default: 1).")
  int ensemble;

  @Option(names = "--elitism", paramLabel = "K",
      description = "ga: best individuals kept unchanged each generation (default: 2; 0 with "
          + "--preset seapopym-optimization).")
  Integer elitism;

  @Option(names = "--restart-strategy", paramLabel = "none|ipop|bipop",
      description = "cmaes: restart a run that has converged with a doubled population (ipop), or "
          + "with large and small populations in turn (bipop) (default: ipop).")
  String restartStrategy;

  @Option(names = "--restarts", paramLabel = "N",
      description = "cmaes: restarts at most (bipop: large-population ones) (default: 9 with ipop "
          + "or bipop).")
  Integer restarts;

  @Option(names = "--target", paramLabel = "F",
      description = "Stop once the best score is at or below F.")
  Double target;

  @Option(names = "--stagnation", paramLabel = "N", defaultValue = "0",
      description = "Stop after N generations without improvement (default: 0, never).")
  int stagnation;

  @Option(names = "--memory-ceiling", paramLabel = "MB",
      description = "Resident memory ceiling: warn, clean up, then stop cleanly (resumable).")
  Long memoryCeilingMb;

  @Option(names = "--no-cache", description = "Re-evaluate repeated parameter vectors.")
  boolean noCache;

  @Mixin
  StoppingOptions stopping = new StoppingOptions();

  @Mixin
  ModelOptions model = new ModelOptions();


  /** Builds the listener from stderr; the default draws a progress bar over the generations. */
  Function<PrintWriter, CalibrationListener> progress = CalibrationProgress::new;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      MetricRegistry.Entry score = MetricRegistry.get(metric);
      Optimizer opt = optimizer();
      StopCriteria stop = stopCriteria();
      Checks.atLeast(ensemble, 1, "--ensemble");
      int nThreads = engine.threads();
      boolean spark = engine.spark();
      EvaluatorFactory sparkEngine = spark ? EvaluatorFactory.find("spark") : null;
      MemoryMonitor monitor = memoryCeilingMb == null ? MemoryMonitor.unlimited()
          : MemoryMonitor.withCeiling(memoryCeilingMb * 1_000_000);
      ModelConfig config = model.config();
      MatchConfig match = inputs.matching.apply(
          MatchConfig.defaults().withModelUnit(model.biomassUnit()));
      inputs.requireForcingFiles();
      ParameterSpace params = ParameterSpaceCsv.read(InputFiles.requireFile("space file", space));
      ObservationSet obs = inputs.readObservations();
      long t0 = System.nanoTime();
      Map<String, String> fingerprints = fingerprints(score.name(), config, match);
      AtomicLong at = new AtomicLong();
      try (OutputLock lock = OutputLock.acquire(out, err);
          Interrupts.Handle watch = Interrupts.watch(lock, () -> "at generation " + at.get(), true);
          ForcingSet forcings = inputs.loadForcings(err);
          ModelObjective objective = ModelObjective.scoring(forcings, config, params, obs, match,
              score.loss());
          PopulationEvaluator evaluator = spark
              ? sparkEngine.create(CalibrationProblem.of(forcings, config, params, obs, match,
                  score.name()), new EvaluatorFactory.Settings(engine.master(), !noCache))
              : LocalPopulationEvaluator.builder(objective).threads(nThreads).cache(!noCache)
                  .build()) {
        if (objective.matchReport().skipped() > 0) {
          SeapopymCli.note(err, objective.matchReport().summary());
        }
        if (objective.matchReport().fewMatched()) {
          SeapopymCli.warn(err, String.format("only %d of %d observations can be scored; the "
              + "calibration fits fewer than half of them", objective.matchReport().matched(),
              objective.matchReport().observations()));
        }
        Ensemble members = null;
        CalibrationResult result;
        LongFunction<Calibration.Builder> calibration = s -> Calibration.builder(opt,
            params.domain(), evaluator).stop(stop).memory(monitor)
            .listener(tracking(progress.apply(err), at)).inputs(fingerprints);
        if (ensemble == 1) {
          result = calibration.apply(seed).seed(seed).directory(out).resume(resume).build().run();
          CalibrationFailures.requireSomeSuccess(result, out);
        } else {
          members = Ensemble.run(calibration, seed, ensemble, out, resume);
          for (Ensemble.Member m : members.members()) {
            GroupsCsv.write(m.directory().resolve(BEST),
                params.decode(m.result().bestParameters()));
            String memberJson = m.result().toJson(Map.of("optimizer", opt.name(), "settings",
                opt.settings(), "metric", score.name()));
            AtomicFiles.write(m.directory().resolve(SUMMARY), w -> w.write(memberJson));
          }
          members.writeCsv(out.resolve(Ensemble.CSV));
          result = members.best().result();
        }
        GroupsCsv.write(out.resolve(BEST), params.decode(result.bestParameters()));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("optimizer", opt.name());
        context.put("settings", opt.settings());
        context.put("metric", score.name());
        context.put("engine", engine.name());
        if (spark) {
          context.put("master", sparkEngine.master(engine.master()));
        } else {
          context.put("threads", nThreads);
        }
        context.put("simulated_cells", objective.simulatedCells());
        context.put("observations_matched", objective.matchReport().matched());
        int unstable = UnstableIndividuals.report(result, params, objective, config, err);
        if (unstable >= 0) {
          context.put("unstable_individuals", unstable);
        }
        context.put("wall_seconds", (System.nanoTime() - t0) / 1e9);
        IdentifiabilityReport id = Identifiability.at(params.domain(), result.bestParameters(),
            result.bestFitness(), evaluator);
        id.writeCorrelations(out.resolve(IdentifiabilityReport.CSV));
        id.writeProfiles(out.resolve(IdentifiabilityReport.PROFILES));
        Map<String, JsonNode> sections = new LinkedHashMap<>();
        sections.put("identifiability", id.json());
        if (members != null) {
          sections.put("ensemble", members.json());
        }
        String json = result.toJson(context, sections);
        AtomicFiles.write(out.resolve(SUMMARY), w -> w.write(json));
        stdout.print(json);
        stdout.flush();
        return 0;
      }
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      return SeapopymCli.fail(err, e);
    }
  }

  /**
   * What the result depends on besides the optimiser, its settings, space and seed (which the
   * checkpoint holds already): input file contents, metric, match and model settings.
   */
  private Map<String, String> fingerprints(String metricName, ModelConfig config,
      MatchConfig match) {
    Map<String, String> m = new LinkedHashMap<>();
    inputs.fingerprints(m::put, "--space", space);
    m.put("--metric", metricName);
    m.put("model", config.toString());
    m.put("match", match.toString());
    return m;
  }

  /** {@code listener}, also recording in {@code at} the generation being computed. */
  private static CalibrationListener tracking(CalibrationListener listener, AtomicLong at) {
    return new CalibrationListener() {
      @Override
      public void started(long firstGeneration, StopCriteria stop) {
        at.set(firstGeneration);
        listener.started(firstGeneration, stop);
      }

      @Override
      public void generation(Generation g) {
        at.set(g.index() + 1);
        listener.generation(g);
      }

      @Override
      public void warning(String message) {
        listener.warning(message);
      }

      @Override
      public void finished(CalibrationResult result) {
        listener.finished(result);
      }
    };
  }

  private Optimizer optimizer() {
    if (population != null) {
      RunMemory.requirePopulation(Checks.atLeast(population, 2, "--population"));
    }
    boolean deap = preset != null && switch (preset.trim()) {
      case "seapopym-optimization" -> true;
      default -> throw new IllegalArgumentException("--preset must be seapopym-optimization, but "
          + "was '" + preset + "'");
    };
    String opt = optimizer != null ? optimizer : deap ? "ga" : "cmaes";
    if (deap && !opt.equals("ga")) {
      throw new IllegalArgumentException("--preset seapopym-optimization is a ga preset, but the "
          + "optimizer is " + opt);
    }
    return switch (opt) {
      case "ga" -> {
        if (restartStrategy != null || restarts != null) {
          throw new IllegalArgumentException("--restarts and --restart-strategy are for --optimizer "
              + "cmaes, but the optimizer is ga");
        }
        GeneticAlgorithm.Builder b = deap ? GeneticAlgorithm.builder()
            : GeneticAlgorithm.realValued();
        if (population != null) {
          b.populationSize(population);
        }
        if (elitism != null) {
          b.elitism(elitism);
        }
        if (crossover != null) {
          b.crossover(switch (crossover.trim()) {
            case "sbx" -> GeneticAlgorithm.Crossover.SIMULATED_BINARY;
            case "two-point" -> GeneticAlgorithm.Crossover.TWO_POINT;
            default -> throw new IllegalArgumentException("--crossover must be sbx or two-point, "
                + "but was '" + crossover + "'");
          });
        }
        if (geneMutation != null) {
          b.geneMutationProbability(geneMutation);
        }
        yield b.build();
      }
      case "cmaes" -> {
        if (crossover != null || geneMutation != null) {
          throw new IllegalArgumentException("--crossover and --gene-mutation-probability are for "
              + "--optimizer ga, but the optimizer is cmaes");
        }
        yield restarts(population == null ? CmaEs.withDefaults()
            : CmaEs.withDefaults().populationSize(population));
      }
      default -> throw new IllegalArgumentException(
          "--optimizer must be ga or cmaes, but was '" + optimizer + "'");
    };
  }

  /** {@code cma} with the restarts of --restart-strategy and --restarts. */
  private CmaEs restarts(CmaEs cma) {
    CmaEs.RestartStrategy s = restartStrategy != null
        ? CmaEs.RestartStrategy.byId(restartStrategy.trim())
        : CmaEs.RestartStrategy.IPOP;
    int n = restarts != null ? restarts
        : s == CmaEs.RestartStrategy.NONE ? 0 : CmaEs.DEFAULT_RESTARTS;
    if (n < 0 || (s == CmaEs.RestartStrategy.NONE && n > 0)) {
      throw new IllegalArgumentException(String.format("--restarts must be >= 0, and 0 with "
          + "--restart-strategy none, but was %d with %s", n, s.id()));
    }
    return n == 0 ? cma : cma.restarts(s, n);
  }

  private StopCriteria stopCriteria() {
    long generations = this.generations != null ? this.generations
        : stopping.defaultGenerations();
    Checks.atLeast(generations, 1, "--generations");
    Checks.atLeast(stagnation, 0, "--stagnation");
    StopCriteria s = stopping.apply(StopCriteria.generations(generations)
        .withStagnation(stagnation, 0));
    return target == null ? s : s.withTarget(target);
  }
}
