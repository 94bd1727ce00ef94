package io.github.seapopym4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.seapopym4j.internal.Checks;
import io.github.seapopym4j.internal.Json;
import io.github.seapopym4j.space.ParameterSpace;
import io.github.seapopym4j.space.ParameterSpaceCsv;
import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.Observations;
import io.github.seapopym4j.forcing.ForcingLoader;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.model.MemoryEstimate;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.sensitivity.Design;
import io.github.seapopym4j.sensitivity.DesignResult;
import io.github.seapopym4j.sensitivity.DesignRun;
import io.github.seapopym4j.sensitivity.FitnessOutput;
import io.github.seapopym4j.sensitivity.ModelFunction;
import io.github.seapopym4j.sensitivity.SensitivityFiles;
import io.github.seapopym4j.sensitivity.SensitivityFunction;
import io.github.seapopym4j.sensitivity.TestFunctions;
import io.github.seapopym4j.sweep.ChunkExecutor;
import io.github.seapopym4j.sweep.SweepEngineFactory;
import io.github.seapopym4j.sweep.SweepFunctionFactory;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What {@code sensitivity sobol} and {@code morris} share: the function (a test function, or the
 * model from forcings and a space file), the outputs, the run on the sweep engine into {@code
 * --out/design} (resumable), {@code samples.csv}, the progress bar and the JSON line.
 */
abstract class SensitivityBase implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--function", paramLabel = "ishigami|sobol-g",
      description = "Analyse a test function instead of the model: ishigami (a = 7, b = 0.1, "
          + "x in [-pi, pi]^3) or sobol-g (x in [0, 1]^k, see --g-coefficients).")
  String function;

  @Option(names = "--g-coefficients", paramLabel = "A1,A2,...", defaultValue = "0,1,4.5,9,99,99,99,99",
      description = "Coefficients of sobol-g, one per parameter (default ${DEFAULT-VALUE}).")
  String gCoefficients;

  @Option(names = "--temperature", paramLabel = "FILE",
      description = "Temperature per layer: long CSV (time,lat,lon,layer,value) or NetCDF-4.")
  Path temperature;

  @Option(names = "--primary-production", paramLabel = "FILE",
      description = "Primary production: long CSV (time,lat,lon,value) or NetCDF-4.")
  Path primaryProduction;

  @Option(names = "--space", paramLabel = "FILE",
      description = "Parameter space CSV, as for calibrate: group,parameter,value,min,max (value = "
          + "fixed, min and max = free and analysed).")
  Path space;

  @Option(names = "--output", split = ",", paramLabel = "NAME",
      description = "Model outputs, STATISTIC or STATISTIC:GROUP (default mean-biomass unless "
          + "--observations): mean-biomass, log10-mean-biomass, variance, cv, max-day.")
  List<String> outputs = new ArrayList<>();

  @Option(names = "--cells", paramLabel = "LAT,LON;LAT,LON",
      description = "Cells whose biomass the outputs summarise (nearest grid cell; default: all).")
  String cells;

  @Option(names = "--observations", paramLabel = "FILE",
      description = "Observations: adds the fit (the loss of --metric, as calibrate) as an output.")
  Path observations;

  @Option(names = "--metric", paramLabel = "NAME", defaultValue = "nrmse-std",
      description = "Fitness metric with --observations (default ${DEFAULT-VALUE}).")
  String metric;

  @Option(names = "--integration-depth", paramLabel = "M",
      description = "Thickness [m] of the sampled layer, to convert concentrations (mg/m3) to g/m2.")
  double integrationDepth = Double.NaN;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
      description = "Seed of the design and of the bootstrap (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "1000",
      description = "Bootstrap resamples for the 95%% intervals (default ${DEFAULT-VALUE}; 0: none).")
  int bootstrap;

  @Mixin
  EvaluationOptions engine = new EvaluationOptions();

  @Option(names = "--chunk-size", paramLabel = "N",
      description = "Simulations per chunk file (default: about 2^20 time steps x cells each, at most "
          + "1/64 of the design). Resume with the same value.")
  Integer chunkSize;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(names = "--resume", description = "Continue the analysis saved in --out.")
  boolean resume;

  @Mixin
  ModelOptions model = new ModelOptions();

  /**
   * The design for k parameters, as a recipe that rebuilds it wherever it runs (a Spark executor
   * rebuilds it from the recipe rather than receiving its points).
   */
  abstract DesignRecipe design(int k);

  /** A serialisable way to build a design. */
  interface DesignRecipe extends Serializable {
    Design build();
  }

  /** A serialisable way to build the function under analysis. */
  interface FunctionRecipe extends Serializable {
    SensitivityFunction build();
  }

  /** The "samples" of the JSON line: N, or R trajectories. */
  abstract int samples();

  /** Estimates the indices and writes their files into {@code out}. */
  abstract void analyze(DesignResult result, List<String> parameters, Path out);

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      long t0 = System.nanoTime();
      Checks.atLeast(bootstrap, 0, "--bootstrap");
      engine.spark();
      int nThreads = engine.threads();
      if (function != null) {
        String name = function;
        String coefficients = gCoefficients;
        refuseModelOptionsBesideFunction();
        testFunction(name, coefficients);
        FunctionRecipe recipe = () -> testFunction(name, coefficients);
        return analyse(recipe.build(), recipe, null, nThreads, t0, err);
      }
      ModelConfig config = model.config();
      InputFiles.requireFile("temperature file", required(temperature, "--temperature"));
      InputFiles.requireFile("primary production file",
          required(primaryProduction, "--primary-production"));
      ParameterSpace params = ParameterSpaceCsv.read(
          InputFiles.requireFile("space file", required(space, "--space")));
      if (params.dimension() < 2) {
        throw new IllegalArgumentException(space + ": a sensitivity analysis needs at least 2 free "
            + "parameters, but the space file frees " + params.dimension() + " " + params.names());
      }
      List<String> outs = outputs.isEmpty() && observations == null ? List.of("mean-biomass")
          : outputs;
      ModelRecipe recipe = new ModelRecipe(temperature.toString(), primaryProduction.toString(),
          space.toString(), List.copyOf(outs), cells,
          observations == null ? null : observations.toString(), metric, integrationDepth,
          config, model.biomassUnit());
      try (ForcingSet forcings = recipe.load(); ModelFunction f = recipe.on(forcings)) {
        MemoryEstimate m = MemoryEstimate.of(forcings, params.decode(params.domain().upper()),
            config);
        return analyse(f, recipe, m, nThreads, t0, err);
      }
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      return SeapopymCli.fail(err, e);
    }
  }

  /**
   * The model under analysis, from file paths (strings, so that the recipe is serialisable and a
   * Spark executor can rebuild the model from the same files on a shared filesystem).
   */
  record ModelRecipe(String temperature, String primaryProduction, String space,
      List<String> outputs, String cells, String observations, String metric,
      double integrationDepth, ModelConfig config, String biomassUnit) implements FunctionRecipe {

    ForcingSet load() {
      return ForcingLoader.load(Path.of(temperature), Path.of(primaryProduction));
    }

    /** The model function on {@code forcings}, which stay the caller's to close. */
    ModelFunction on(ForcingSet forcings) {
      ParameterSpace params = ParameterSpaceCsv.read(Path.of(space));
      FitnessOutput fit = observations == null ? null : FitnessOutput.of(forcings, config, params,
          Observations.read(InputFiles.requireFile("observations file", Path.of(observations)),
              integrationDepth), MatchConfig.defaults().withModelUnit(biomassUnit), metric);
      try {
        return ModelFunction.of(forcings, config, params, outputs,
            cells == null ? null : CellList.parse(cells, forcings), fit);
      } catch (RuntimeException e) {
        if (fit != null) {
          fit.close();
        }
        throw e;
      }
    }

    /**
     * On an executor: loads the forcings and keeps them for the executor's lifetime (the function is
     * built once per executor JVM and reused for every task).
     */
    @Override
    public ModelFunction build() {
      return on(load());
    }
  }

  private int analyse(SensitivityFunction f, FunctionRecipe recipe, MemoryEstimate model,
      int nThreads, long t0, PrintWriter err) {
    List<String> parameters = f.parameters();
    DesignRecipe designRecipe = design(parameters.size());
    Design d = designRecipe.build();
    // the design, one column per output and the sweep's point axis
    long resultBytes = d.storedBytes() + 8L * d.size() * (f.outputs().size() + 1);
    long modelBytes = model == null ? 0 : model.total(nThreads * 8);
    err.printf(Locale.ROOT, "sensitivity %s: %d parameters, %,d simulations, outputs %s; memory "
            + "estimate %.1f MB (design and outputs %.1f MB%s), %d threads%n", d.method(),
        parameters.size(), d.size(), f.outputs(), (resultBytes + modelBytes) / 1e6,
        resultBytes / 1e6, model == null ? "" : String.format(Locale.ROOT,
            ", model %.1f MB", modelBytes / 1e6), nThreads);
    err.flush();
    DesignRun.Builder b = DesignRun.builder(d, f).threads(nThreads).output(out.resolve("design"))
        .resume(resume);
    if (chunkSize != null) {
      b.chunkSize(chunkSize);
    }
    DesignResult result;
    SweepFunctionFactory onExecutors = () -> DesignRun.function(designRecipe.build(), recipe.build());
    try (ChunkExecutor engineExecutor = engine.spark()
            ? SweepEngineFactory.find("spark").create(engine.master(), onExecutors) : null;
        ProgressBar bar = ProgressBar.start("simulations", d.size(), err)) {
      if (engineExecutor != null) {
        b.engine(engineExecutor);
      }
      AtomicLong shown = new AtomicLong();
      b.listener(done -> bar.step(done - shown.getAndSet(done)));
      result = b.build().run();
    }
    if (!result.complete()) {
      throw new IllegalStateException("the design was not completed; run again with --resume");
    }
    analyze(result, parameters, out);
    SensitivityFiles.writeSamples(out.resolve("samples.csv"), f, result);
    double seconds = (System.nanoTime() - t0) / 1e9;
    PrintWriter stdout = spec.commandLine().getOut();
    ObjectNode json = Json.object().put("method", d.method()).put("parameters", parameters.size())
        .put("samples", samples()).put("simulations", d.size());
    Json.number(json, "seconds", "%.3f", seconds);
    Json.number(json, "simulations_per_s", "%.1f", d.size() / seconds);
    stdout.println(Json.compact(json));
    stdout.flush();
    return 0;
  }

  /** The test function of {@code --function}; model options are refused beside it. */
  private static SensitivityFunction testFunction(String function, String gCoefficients) {
    return switch (function) {
      case "ishigami" -> TestFunctions.ishigami();
      case "sobol-g" -> TestFunctions.sobolG(TestFunctions.parseCoefficients(gCoefficients));
      default -> throw new IllegalArgumentException(
          "--function must be ishigami or sobol-g, but was '" + function + "'");
    };
  }

  private void refuseModelOptionsBesideFunction() {
    if (temperature != null || primaryProduction != null || space != null || !outputs.isEmpty()
        || cells != null || observations != null) {
      throw new IllegalArgumentException("--function replaces the model: leave out --temperature, "
          + "--primary-production, --space, --output, --cells and --observations");
    }
  }

  private static Path required(Path p, String option) {
    if (p == null) {
      throw new IllegalArgumentException(option + " is required for the model (or give --function "
          + "ishigami|sobol-g for a test function)");
    }
    return p;
  }
}
