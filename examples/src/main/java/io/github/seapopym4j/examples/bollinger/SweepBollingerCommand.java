package io.github.seapopym4j.examples.bollinger;

import io.github.seapopym4j.cli.EngineOptions;
import io.github.seapopym4j.cli.InputFiles;
import io.github.seapopym4j.cli.Interrupts;
import io.github.seapopym4j.cli.OutputLock;
import io.github.seapopym4j.cli.SeapopymCli;
import io.github.seapopym4j.cli.SweepOptions;
import io.github.seapopym4j.profile.MemorySnapshot;
import io.github.seapopym4j.sweep.ChunkExecutor;
import io.github.seapopym4j.sweep.Sweep;
import io.github.seapopym4j.sweep.SweepEngineFactory;
import io.github.seapopym4j.sweep.SweepPlan;
import io.github.seapopym4j.sweep.SweepProgress;
import io.github.seapopym4j.sweep.SweepResult;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code seapopym sweep bollinger}: the Bollinger-band backtest over a (window, k, exit) grid.
 *
 * <p>Writes into {@code --out DIR}: {@code sweep.manifest}, {@code results.csv} (every combination),
 * {@code top.csv} (the best {@code --top} by {@code --top-by}); progress lines go to stderr, and at
 * the end one JSON line to stdout: {@code {"combinations": …, "bars_or_steps": …, "kernel_s": …,
 * "results_s": …, "combination_bars_per_s": …, …}}. {@code kernel_s} and {@code results_s} are summed
 * over worker threads; {@code combination_bars_per_s} is combinations evaluated in this run × bars /
 * wall seconds.
 *
 * <p>Not part of the library: {@link BollingerCommands} registers it under {@code seapopym sweep}
 * through {@link java.util.ServiceLoader} when this module is on the class path.
 */
@Command(name = "bollinger", mixinStandardHelpOptions = true,
    description = {"Backtest a long-only Bollinger-band strategy over every (window, k, exit) of a grid.",
        "Rules: examples/README.md. Default ranges: window 10..250 bars (integers), k 0.5..3.5, exit -1..2."})
public final class SweepBollingerCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--bars", paramLabel = "N",
      description = "Bars of the synthetic series (default 125031). Not with --prices.")
  Integer bars;

  @Option(names = "--grid", paramLabel = "AxBxC", defaultValue = BollingerAxes.DEFAULT_GRID,
      description = "Values per axis: A windows, B band widths k, C exit thresholds, evenly spread "
          + "over the default ranges ('x' or '×'; default ${DEFAULT-VALUE}).")
  String grid;

  @Mixin
  SweepOptions sweepOptions = new SweepOptions(16_384, 100_000, 10_000_000);

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
      description = "Seed of the synthetic series (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--prices", paramLabel = "FILE",
      description = "CSV of OHLC bars (date/time,open,high,low,close[,volume]) instead of the "
          + "synthetic series.")
  Path prices;

  @Option(names = "--decimals", paramLabel = "D", defaultValue = "-1",
      description = "Tick of --prices as 10^-D (default: inferred from the closes).")
  int decimals;

  @Option(names = "--bars-per-year", paramLabel = "B", defaultValue = "98280",
      description = "Annualisation of the Sharpe ratio and time step of the synthetic series "
          + "(default ${DEFAULT-VALUE}: minute bars, 252 days of 390 minutes).")
  double barsPerYear;

  @Mixin
  EngineOptions engine = new EngineOptions();

  @Option(names = "--top-by", paramLabel = "METRIC", defaultValue = "sharpe",
      description = "Metric ranking top.csv, largest first: pnl, sharpe, max_drawdown, win_rate, "
          + "trades (default ${DEFAULT-VALUE}).")
  String topBy;

  @Option(names = "--top-ascending", description = "Rank top.csv smallest first (e.g. max_drawdown).")
  boolean topAscending;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return run(err);
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      return SeapopymCli.fail(err, e);
    }
  }

  private int run(PrintWriter err) {
    boolean spark = engine.spark();
    PriceSeries series;
    if (prices != null) {
      if (bars != null) {
        throw new IllegalArgumentException("--bars sets the length of the synthetic series; with "
            + "--prices every bar of the file is used");
      }
      series = PriceCsvReader.read(InputFiles.requireFile("prices file", prices), decimals);
    } else {
      series = SyntheticPrices.DEFAULT.withBarsPerYear(barsPerYear)
          .generate(bars == null ? SyntheticPrices.DEFAULT_BARS : bars, seed);
    }
    SweepPlan plan = BollingerAxes.grid(grid);
    BollingerKernel kernel = new BollingerKernel(series, barsPerYear);
    int workers = sweepOptions.threads();
    try (OutputLock lock = OutputLock.acquire(sweepOptions.out(), err);
        Interrupts.Handle watch = Interrupts.watch(lock, () -> "during the sweep", true,
            sweepOptions.out().resolve("chunks"))) {
      return sweep(err, plan, kernel, series, workers, spark);
    }
  }

  private int sweep(PrintWriter err, SweepPlan plan, BollingerKernel kernel, PriceSeries series,
      int workers, boolean spark) {
    err.printf(Locale.ROOT, "sweep bollinger: %,d combinations (%s) x %,d bars (%s), results %.1f MB,"
        + " %d threads%n", plan.combinations(), grid, series.size(), series.source(),
        plan.resultBytes(kernel.metrics().size()) / 1e6, workers);
    err.flush();
    Sweep.Builder sweep = sweepOptions.sweep(plan, kernel).listener(p -> printProgress(err, p));
    SweepResult result;
    PriceSeries onExecutors = series;
    double perYear = barsPerYear;
    try (ChunkExecutor onSpark = spark ? SweepEngineFactory.find("spark").create(engine.master(),
        () -> new BollingerKernel(onExecutors, perYear)) : null) {
      if (onSpark != null) {
        sweep.engine(onSpark);
      }
      result = sweep.build().run();
    }
    int[] best = result.top(topBy, sweepOptions.top(), !topAscending);
    Path topFile = sweepOptions.out().resolve("top.csv");
    result.writeCsv(topFile, best);
    err.printf("sweep bollinger: wrote %s and %s%n", result.resultsFile().orElseThrow(), topFile);
    err.flush();
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(result.json(series.size(), MemorySnapshot.peakResidentBytes()));
    stdout.flush();
    return 0;
  }

  /** Minimal progress line; to be replaced by cli.ProgressBar. */
  private static void printProgress(PrintWriter err, SweepProgress p) {
    err.println("sweep bollinger: " + p);
    err.flush();
  }
}
