package io.github.seapopym4j.cli;

import io.github.seapopym4j.benchmark.Baseline;
import io.github.seapopym4j.benchmark.BaselineOutcome;
import io.github.seapopym4j.benchmark.BaselineReport;
import io.github.seapopym4j.benchmark.CalibrationWorkload;
import io.github.seapopym4j.benchmark.History;
import io.github.seapopym4j.benchmark.RegressionRule;
import io.github.seapopym4j.calibration.Calibration;
import io.github.seapopym4j.calibration.CalibrationResult;
import io.github.seapopym4j.calibration.GeneticAlgorithm;
import io.github.seapopym4j.calibration.LocalPopulationEvaluator;
import io.github.seapopym4j.calibration.MemorySeries;
import io.github.seapopym4j.calibration.ModelObjective;
import io.github.seapopym4j.calibration.PopulationEvaluator;
import io.github.seapopym4j.calibration.StopCriteria;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.internal.AtomicFiles;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import io.github.seapopym4j.profile.HotSpots;
import io.github.seapopym4j.profile.MemorySnapshot;
import io.github.seapopym4j.profile.Profiler;
import io.github.seapopym4j.profile.StageSummary;
import io.github.seapopym4j.benchmark.SweepWorkload;
import io.github.seapopym4j.sweep.Sweep;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

/**
 * {@code seapopym profile}: profiles one workload and writes into {@code --out}: {@value #STAGES}
 * (time and allocation per stage), {@value #MEMORY} (memory per generation, per run for {@code
 * run}), {@value #HOT} (top methods of the JFR recording) and {@value #JFR} (for JDK Mission
 * Control). {@code --workload baseline} compares the naive and the seapopym4j workflow on the same
 * calibration, writes {@value #COMPARISON} and both stage tables, and ends its output with one JSON
 * line {@code {"init_speedup": ..., "time_ratio": ..., "memory_ratio": ..., "identical_results":
 * ...}}. Without {@code --temperature}, synthetic forcings like {@code data-samples/} are written to
 * {@code DIR/forcings/}.
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
    description = "Profile a workload: stage times, memory, hot methods (JFR); or compare the naive "
        + "and the seapopym4j workflow (--workload baseline).")
public class ProfileCommand implements Callable<Integer> {

  static final String STAGES = "stages.csv";
  static final String MEMORY = "memory.csv";
  static final String HOT = "hot-methods.csv";
  static final String JFR = "profile.jfr";
  static final String COMPARISON = "comparison.csv";

  @Spec
  CommandSpec spec;

  @Option(names = "--workload", required = true, paramLabel = "calibration|run|sweep|baseline",
      description = "What to profile.")
  String workload;

  @Option(names = "--temperature", paramLabel = "FILE", description = "Temperature file "
      + "(default: synthetic forcings written to DIR/forcings).")
  Path temperature;

  @Option(names = "--primary-production", paramLabel = "FILE",
      description = "Primary production file (with --temperature).")
  Path primaryProduction;

  @Option(names = "--population", defaultValue = "12", paramLabel = "N",
      description = "GA individuals per generation (default ${DEFAULT-VALUE}).")
  int population;

  @Option(names = "--generations", defaultValue = "5", paramLabel = "N",
      description = "GA generations (default ${DEFAULT-VALUE}).")
  int generations;

  @Option(names = "--runs", defaultValue = "50", paramLabel = "N",
      description = "run: model runs (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--grid", defaultValue = "21x21x21", paramLabel = "WxKxE",
      description = "sweep: grid of the sweep workload, the Bollinger example's (default "
          + "${DEFAULT-VALUE}).")
  String grid;

  @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
      description = "Threads for calibration and sweep (default ${DEFAULT-VALUE}; baseline: 1).")
  int threads;

  @Option(names = "--repeats", defaultValue = "3", paramLabel = "N",
      description = "baseline: repeats of each workflow (default ${DEFAULT-VALUE}).")
  int repeats;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed.")
  long seed;

  @Option(names = "--top", defaultValue = "15", paramLabel = "N",
      description = "Hot methods listed (default ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--no-jfr", description = "Do not record with Java Flight Recorder.")
  boolean noJfr;

  @Option(names = "--history", paramLabel = "FILE",
      description = "Append the figures to this CSV history and check it for regressions.")
  Path history;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  private final Profiler profiler = Profiler.enabled();
  private MemorySeries memory = MemorySeries.empty();
  private BaselineReport baseline;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    if ((temperature == null) != (primaryProduction == null)) {
      throw new IllegalArgumentException("--temperature and --primary-production go together, but "
          + "only one was given");
    }
    Runnable work = switch (workload) {
      case "calibration" -> () -> calibration(workload());
      case "run" -> () -> runs(workload());
      case "sweep" -> this::sweep;
      case "baseline" -> () -> baseline = Baseline.builder(workload()).population(population)
          .generations(generations).repeats(repeats).seed(seed).build().run();
      default -> throw new IllegalArgumentException("--workload must be calibration, run, sweep or "
          + "baseline, but was '" + workload + "'");
    };
    try (OutputLock lock = OutputLock.acquire(out, spec.commandLine().getErr());
        Interrupts.Handle watch = Interrupts.watch(lock, () -> "while profiling", false)) {
      return profile(work, stdout);
    }
  }

  /** Runs {@code work} and writes the files into the locked {@code --out}. */
  private int profile(Runnable work, PrintWriter stdout) {
    long t0 = System.nanoTime();
    HotSpots hot = null;
    if (noJfr) {
      work.run();
    } else {
      hot = HotSpots.record(out.resolve(JFR), top, work);
      write(HOT, hot.table());
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    List<History.Entry> figures = new ArrayList<>();
    if (baseline != null) {
      write(COMPARISON, baseline.table());
      write(MEMORY, baseline.memoryTable());
      write("stages-naive.csv", StageSummary.table(last(baseline.naive()).stages()));
      write("stages-seapopym4j.csv", StageSummary.table(last(baseline.seapopym4j()).stages()));
      stdout.print(baseline.summary());
      figures.add(History.Entry.now("baseline", "seapopym4j_wall_s", baseline.time().candidate()));
      figures.add(History.Entry.now("baseline", "naive_wall_s", baseline.time().baseline()));
      figures.add(History.Entry.now("baseline", "seapopym4j_init_per_individual_ms",
          baseline.init().candidate()));
    } else {
      write(STAGES, profiler.table());
      memory.write(out.resolve(MEMORY));
      stdout.println(profiler.table().print());
      figures.add(History.Entry.now(workload, "wall_s", new double[] {wall}));
    }
    if (hot != null) {
      stdout.println(hot.table().print());
      stdout.printf(Locale.ROOT, "JFR recording: %s (%d execution samples)%n", hot.file(),
          hot.samples());
    }
    stdout.printf(Locale.ROOT, "profile %s: %.2f s; files in %s%n", workload, wall, out);
    if (history != null) {
      History.append(history, figures);
      RegressionRule.DEFAULT.checkAll(History.read(history))
          .forEach(a -> spec.commandLine().getErr().println("seapopym profile: " + a.message()));
    }
    if (baseline != null) {
      stdout.println(baseline.json());
    }
    stdout.flush();
    return 0;
  }

  private CalibrationWorkload workload() {
    return temperature == null ? CalibrationWorkload.synthetic(out.resolve("forcings"), seed)
        : CalibrationWorkload.twin(temperature, primaryProduction, seed);
  }

  private void calibration(CalibrationWorkload w) {
    try (ForcingSet forcings = w.load(false, profiler);
        ModelObjective objective = w.objective(forcings, profiler);
        PopulationEvaluator ev = LocalPopulationEvaluator.builder(objective.withProfiler(profiler))
            .threads(threads).cache(false).build()) {
      CalibrationResult r = Calibration.builder(GeneticAlgorithm.builder()
              .populationSize(population).build(), w.space().domain(), ev)
          .seed(seed).stop(StopCriteria.generations(generations)).profiler(profiler).build().run();
      memory = r.memory();
    }
  }

  private void runs(CalibrationWorkload w) {
    NoTransportModel model;
    try (ForcingSet forcings = w.load(false, profiler)) {
      try (Profiler.Stage s = profiler.stage(Profiler.PREPARE)) {
        model = NoTransportModel.prepare(forcings, w.config());
      }
      try (model) {
        for (int i = 0; i < runs; i++) {
          try (Profiler.Stage s = profiler.stage(Profiler.RUN);
              ModelRun run = model.start(CalibrationWorkload.TRUTH)) {
            run.biomass(0, 0, 0, 0);
          }
          memory = memory.plus(i, MemorySnapshot.now());
        }
      }
    }
  }

  private void sweep() {
    Sweep sweep = SweepWorkload.find().prepare(grid, seed, threads, profiler);
    memory = memory.plus(0, MemorySnapshot.now());
    try (Profiler.Stage s = profiler.stage(Profiler.RUN)) {
      sweep.run();
    }
    memory = memory.plus(1, MemorySnapshot.now());
  }

  private static BaselineOutcome last(List<BaselineOutcome> repeats) {
    return repeats.get(repeats.size() - 1);
  }

  private void write(String name, Table t) {
    AtomicFiles.write(out.resolve(name), w -> t.write().csv(w));
  }
}
