package io.github.seapopym4j.calibration;

import io.github.seapopym4j.profile.Profiler;
import io.github.seapopym4j.space.Domain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One calibration: an {@link Optimizer} searching a {@link Domain}, scoring each generation through a
 * {@link PopulationEvaluator}, until a {@link StopCriteria} or the memory ceiling says stop.
 *
 * <p>After every generation it appends to the {@link Logbook}, samples memory ({@link
 * MemoryMonitor}), and, when an output directory is set, appends the generation to {@value #LOGBOOK}
 * (forced to disk; the first generation writes the file), writes {@value #MEMORY} and {@value
 * #CHECKPOINT} there (each atomically, the checkpoint last), then tells the listener. A
 * run killed at any point resumes from the directory ({@link Builder#resume}) and reaches the same
 * final logbook (wall times aside) as a run that was never interrupted: generation g's randomness
 * derives from (seed, g) and the checkpoint holds the optimiser's exact state.
 *
 * <pre>{@code
 * try (PopulationEvaluator ev = LocalPopulationEvaluator.builder(objective).build()) {
 *   CalibrationResult r = Calibration.builder(GeneticAlgorithm.builder().populationSize(64).build(),
 *           space.domain(), ev)
 *       .seed(42).stop(StopCriteria.generations(30)).directory(out).build().run();
 * }
 * }</pre>
 *
 * <p>A {@code Calibration} runs once: call {@link #run()}, or consume {@link #stream()} and then read
 * {@link #result()}.
 */
public final class Calibration {

  /** Logbook file name in the output directory. */
  public static final String LOGBOOK = "logbook.csv";
  /** Memory series file name in the output directory. */
  public static final String MEMORY = "memory.csv";
  /** Checkpoint file name in the output directory. */
  public static final String CHECKPOINT = "checkpoint.properties";

  private final Builder cfg;
  private final ReportingEvaluator evaluator;
  private Evolution evolution;
  private Logbook logbook;
  private MemorySeries memory;
  private List<Double> bestSoFar;
  private final EvaluationBudget budget = new EvaluationBudget();
  private final List<Generation> generations = new ArrayList<>();
  private EvaluationReport totals = EvaluationReport.empty();
  private StopReason stopReason;
  private boolean memoryExceeded;
  private boolean started;
  private boolean logbookStarted;

  private Calibration(Builder cfg) {
    this.cfg = cfg;
    this.evaluator = new ReportingEvaluator(cfg.evaluator, cfg.profiler);
  }

  /** A builder for {@code optimizer} on {@code domain}, evaluating through {@code evaluator}. */
  public static Builder builder(Optimizer optimizer, Domain domain, PopulationEvaluator evaluator) {
    return new Builder(optimizer, domain, evaluator);
  }

  /** Runs to a stop and returns the result. */
  public CalibrationResult run() {
    stream().forEach(g -> {});
    return result();
  }

  /**
   * The generations as they are produced, lazily; the stream ends at the first stop. May be
   * consumed once.
   */
  public Stream<Generation> stream() {
    if (started) {
      throw new IllegalStateException("this calibration has already run; build a new one");
    }
    started = true;
    return StreamSupport.stream(new Spliterators.AbstractSpliterator<Generation>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      @Override
      public boolean tryAdvance(Consumer<? super Generation> action) {
        Generation g = stopReason == null ? step() : null;
        if (g != null) {
          action.accept(g);
        }
        return g != null;
      }
    }, false);
  }

  /**
   * The result once the stream has ended.
   *
   * @throws IllegalStateException before the calibration has stopped
   */
  public CalibrationResult result() {
    if (stopReason == null) {
      throw new IllegalStateException("the calibration has not stopped yet; consume stream() first");
    }
    return new CalibrationResult(generations, logbook, memory, stopReason, totals, cfg.seed);
  }

  private void open() {
    Path dir = cfg.directory;
    Path checkpoint = dir == null ? null : dir.resolve(CHECKPOINT);
    boolean exists = checkpoint != null && Files.exists(checkpoint);
    if (exists && !cfg.resume) {
      throw new IllegalStateException(dir + " already holds a calibration (" + CHECKPOINT
          + "); resume it or choose another directory");
    }
    if (exists) {
      Checkpoint c = Checkpoint.read(checkpoint);
      c.requireCompatible(cfg.optimizer, cfg.domain, cfg.seed, checkpoint);
      c.requireSameInputs(cfg.inputs, checkpoint);
      evolution = c.restore(checkpoint,
          () -> cfg.optimizer.resume(cfg.domain, cfg.seed, c.nextGeneration(), c.state()));
      logbook = Logbook.recover(dir.resolve(LOGBOOK), c.nextGeneration());
      logbookStarted = true;
      if (!logbook.names().equals(cfg.domain.names())) {
        throw new IllegalArgumentException(String.format("%s: cannot resume: expected parameter "
            + "columns %s, found %s", dir.resolve(LOGBOOK), cfg.domain.names(), logbook.names()));
      }
      if (logbook.generations() != c.nextGeneration()) {
        throw new IllegalArgumentException(String.format("%s: cannot resume: the checkpoint "
            + "continues at generation %d but the logbook holds %d generations",
            dir.resolve(LOGBOOK), c.nextGeneration(), logbook.generations()));
      }
      Path mem = dir.resolve(MEMORY);
      memory = Files.exists(mem) ? MemorySeries.read(mem).before(c.nextGeneration())
          : MemorySeries.empty();
      totals = earlier(c.totals());
    } else {
      if (cfg.resume && dir != null) {
        List<String> found = calibrationFiles(dir);
        if (!found.isEmpty() && !firstGenerationLeftovers(dir, found)) {
          throw new IllegalStateException(String.format("cannot resume: %s holds no %s, but "
              + "holds %s; nothing was changed. Start afresh without --resume in another "
              + "directory (or delete those files)", dir, CHECKPOINT, String.join(", ", found)));
        }
        cfg.listener.warning("no " + CHECKPOINT + " in " + dir + ": starting from generation 0");
      }
      evolution = cfg.optimizer.start(cfg.domain, cfg.seed);
      logbook = Logbook.empty(cfg.domain.names());
      memory = MemorySeries.empty();
    }
    bestSoFar = new ArrayList<>(logbook.bestSoFar());
    budget.add(logbook);
    cfg.listener.started(evolution.generation(), cfg.stop);
  }

  /** The files in {@code dir} that are not hidden (lock files, temporaries), sorted. */
  private static List<String> calibrationFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /**
   * True when {@code found} is only what a run killed in its first generation leaves: a logbook of
   * generation 0 at most (and the memory series), which a fresh start recomputes anyway.
   */
  private static boolean firstGenerationLeftovers(Path dir, List<String> found) {
    if (!List.of(LOGBOOK, MEMORY).containsAll(found)) {
      return false;
    }
    try {
      return !found.contains(LOGBOOK) || Logbook.read(dir.resolve(LOGBOOK)).generations() <= 1;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The counts of the generations before a resume, as a report (failures as placeholders). */
  private static EvaluationReport earlier(Checkpoint.Totals t) {
    List<EvaluationReport.Failure> failures = new ArrayList<>();
    for (long i = 0; i < t.failures(); i++) {
      failures.add(new EvaluationReport.Failure(-1, new double[0],
          "failed before the calibration was resumed"));
    }
    return new EvaluationReport(Math.toIntExact(t.individuals()), Math.toIntExact(t.evaluated()),
        Math.toIntExact(t.cacheHits()), failures, t.wallNanos());
  }

  /** Runs one generation, or sets the stop reason and returns null. */
  private Generation step() {
    if (logbook == null) {
      open();
    }
    Optional<StopReason> stop = memoryExceeded ? Optional.of(StopReason.MEMORY)
        : cfg.stop.check(bestSoFar, budget.spent(), evolution.converged());
    if (stop.isPresent()) {
      stopReason = stop.get();
      cfg.listener.finished(result());
      return null;
    }
    Generation g;
    try (Profiler.Stage s = cfg.profiler.stage(Profiler.OPTIMISER)) {
      g = nextGeneration();
    }
    cfg.listener.generation(g);
    return g;
  }

  /** Evolves, evaluates and records one generation (the {@link Profiler#OPTIMISER} stage). */
  private Generation nextGeneration() {
    long t0 = System.nanoTime();
    long index = evolution.generation();
    evaluator.reset();
    ScoredPopulation pop = evolution.next(evaluator);
    EvaluationReport report = evaluator.total();
    totals = totals.plus(report);
    MemoryMonitor.Check check = cfg.monitor.check(() -> {
      evaluator.clearCache();
      System.gc();
    });
    if (check.status() != MemoryMonitor.Status.OK) {
      cfg.listener.warning("generation " + index + ": " + check.message());
    }
    if (!report.failures().isEmpty()) {
      cfg.listener.warning(String.format("generation %d: %d individuals failed and got the penalty; "
          + "first: %s", index, report.failures().size(), report.failures().get(0)));
    }
    double best = bestSoFar.isEmpty() ? Double.POSITIVE_INFINITY : bestSoFar.get(bestSoFar.size() - 1);
    for (double f : pop.fitness()) {
      best = Math.min(best, f);
    }
    bestSoFar.add(best);
    budget.add(pop);
    Generation g = new Generation(index, pop, cfg.seed, System.nanoTime() - t0, report,
        check.snapshot(), best);
    logbook.append(g);
    memory = memory.plus(index, check.snapshot());
    if (cfg.directory != null) {
      Path book = cfg.directory.resolve(LOGBOOK);
      if (logbookStarted) {
        logbook.append(book, index); // forced to disk before the checkpoint names it
      } else {
        logbook.write(book);
        logbookStarted = true;
      }
      memory.write(cfg.directory.resolve(MEMORY));
      new Checkpoint(cfg.optimizer.name(), cfg.optimizer.settings(), cfg.domain.fingerprint(),
          cfg.seed, evolution.generation(), evolution.state(), cfg.inputs,
          Checkpoint.Totals.of(totals)).write(cfg.directory.resolve(CHECKPOINT));
    }
    generations.add(g);
    memoryExceeded = check.status() == MemoryMonitor.Status.EXCEEDED;
    return g;
  }

  /** Settings of a calibration. */
  public static final class Builder {
    private final Optimizer optimizer;
    private final Domain domain;
    private final PopulationEvaluator evaluator;
    private long seed = 42;
    private StopCriteria stop = StopCriteria.generations(100);
    private CalibrationListener listener = CalibrationListener.none();
    private MemoryMonitor monitor = MemoryMonitor.unlimited();
    private Path directory;
    private boolean resume;
    private Profiler profiler = Profiler.disabled();
    private Map<String, String> inputs = Map.of();

    private Builder(Optimizer optimizer, Domain domain, PopulationEvaluator evaluator) {
      this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
      this.domain = Objects.requireNonNull(domain, "domain");
      this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    }

    /** The seed all randomness derives from (default 42). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** When to stop (default: 100 generations). */
    public Builder stop(StopCriteria stop) {
      this.stop = Objects.requireNonNull(stop, "stop");
      return this;
    }

    public Builder listener(CalibrationListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** Memory sampling and ceiling (default: sampling only). */
    public Builder memory(MemoryMonitor monitor) {
      this.monitor = Objects.requireNonNull(monitor, "monitor");
      return this;
    }

    /** Where the logbook, memory series and checkpoint go after every generation (default: none). */
    public Builder directory(Path dir) {
      this.directory = dir;
      return this;
    }

    /**
     * Continue the calibration saved in {@link #directory} if it holds a checkpoint (default: no;
     * a fresh run refuses a directory that holds one).
     */
    public Builder resume(boolean resume) {
      this.resume = resume;
      return this;
    }

    /**
     * Times each generation's {@link Profiler#OPTIMISER} and {@link Profiler#EVALUATE} stages in
     * {@code profiler} (default: disabled). To time runs and scoring too, evaluate a {@link
     * ModelObjective#withProfiler} view with the same profiler.
     */
    public Builder profiler(Profiler profiler) {
      this.profiler = Objects.requireNonNull(profiler, "profiler");
      return this;
    }

    /**
     * What else the result depends on, by name (default: nothing): input file contents ({@link
     * io.github.seapopym4j.internal.Fingerprint#file}), the metric, the model and match settings.
     * Saved in the checkpoint; a resume with any of them changed is refused, naming each change.
     * Names must be single-line without '='.
     */
    public Builder inputs(Map<String, String> inputs) {
      this.inputs = Map.copyOf(inputs);
      return this;
    }

    public Calibration build() {
      if (resume && directory == null) {
        throw new IllegalStateException("resume needs a directory holding a checkpoint, but none "
            + "was set");
      }
      return new Calibration(this);
    }
  }
}
