package io.github.seapopym4j.benchmark;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.ModelOutput;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.model.NoTransportModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

/**
 * A {@link Workload} ready to run: its forcings, its prepared model and the threads it uses. One
 * {@link #repeat()} does one repetition of the workload and returns a checksum of its results (so
 * that nothing can be optimised away).
 *
 * <p>Threads: {@code cell-20y} (and {@code cell-10y-2g}) runs its simulations on each of the threads at once; {@code
 * grid-100x100-1y} splits the cells of its one simulation over them ({@link
 * NoTransportModel#withExecutor}); {@code population-256} spreads the individuals over them ({@link
 * Population}).
 */
public final class WorkloadInstance implements AutoCloseable {

  private final Workload workload;
  private final ForcingSet forcings;
  private final NoTransportModel model;
  private final NoTransportModel runner;
  private final List<List<FunctionalGroup>> individuals;
  private final int threads;
  private final int batch;
  private final int perThread;
  private final ExecutorService executor;
  private final List<Thread> workers = new CopyOnWriteArrayList<>();
  private final long runOffHeapBytes;

  WorkloadInstance(Workload workload, ForcingSet forcings, NoTransportModel model,
      List<List<FunctionalGroup>> individuals, int threads, int batch, int perThread) {
    this.workload = workload;
    this.forcings = forcings;
    this.model = model;
    this.individuals = individuals;
    this.threads = threads;
    this.batch = batch > 0 ? batch : Population.DEFAULT_BATCH;
    this.perThread = perThread;
    this.executor = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "bench-" + workload.id() + "-" + workers.size());
      t.setDaemon(true);
      workers.add(t);
      return t;
    });
    this.runner = workload == Workload.GRID_100X100_1Y && threads > 1
        ? model.withExecutor(executor, threads) : model;
    try (ModelRun run = model.start(individuals.get(0))) {
      this.runOffHeapBytes = run.ownedBytes();
    }
  }

  public Workload workload() {
    return workload;
  }

  public int threads() {
    return threads;
  }

  /** Individuals per task of the population workload. */
  public int batch() {
    return batch;
  }

  /** The prepared model (shared by every simulation). */
  public NoTransportModel model() {
    return model;
  }

  /** Simulations in one repetition, all threads together. */
  public int simulationsPerRepetition() {
    return workload.singleCell() ? perThread * threads : perThread;
  }

  /** Time steps × cells × groups of one simulation. */
  public long cellStepsPerSimulation() {
    return (long) forcings.timeSize() * forcings.cellCount() * individuals.get(0).size();
  }

  /** Off-heap bytes one open run holds (its outputs), measured on a run. */
  public long runOffHeapBytes() {
    return runOffHeapBytes;
  }

  /** The calling thread and the worker threads started so far (for allocation counters). */
  public long[] threadIds() {
    return LongStream.concat(LongStream.of(Thread.currentThread().getId()),
        workers.stream().mapToLong(Thread::getId)).toArray();
  }

  /** One repetition; returns a checksum of the results. */
  public double repeat() {
    return switch (workload) {
      case CELL_20Y, CELL_10Y_2G -> threads == 1 ? cells() : onEachThread();
      case GRID_100X100_1Y -> grid();
      case POPULATION_256 -> sum(Population.evaluate(model, individuals, WorkloadInstance::lastYearMean,
          executor, batch));
    };
  }

  private double cells() {
    double sum = 0;
    for (int i = 0; i < perThread; i++) {
      try (ModelRun run = model.start(individuals.get(0))) {
        sum += run.biomass(0, forcings.timeSize() - 1, 0, 0);
      }
    }
    return sum;
  }

  private double onEachThread() {
    List<Future<Double>> futures = new ArrayList<>();
    for (int k = 0; k < threads; k++) {
      futures.add(executor.submit(this::cells));
    }
    double sum = 0;
    for (Future<Double> f : futures) {
      sum += get(f);
    }
    return sum;
  }

  private double grid() {
    try (ModelRun run = runner.start(individuals.get(0))) {
      return run.biomass(0, forcings.timeSize() - 1, forcings.latSize() / 2, forcings.lonSize() / 2);
    }
  }

  /** The score of the population workload: mean biomass of the last 365 steps of cell (0, 0). */
  static double lastYearMean(ModelOutput run) {
    int steps = run.time().size();
    int from = Math.max(0, steps - 365);
    double sum = 0;
    for (int t = from; t < steps; t++) {
      sum += run.biomass(0, t, 0, 0);
    }
    return sum / (steps - from);
  }

  /** The sum of the finite values (drawn parameters may make the explicit scheme diverge). */
  private static double sum(double[] values) {
    double s = 0;
    for (double v : values) {
      s += Double.isFinite(v) ? v : 0;
    }
    return s;
  }

  private static double get(Future<Double> f) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Stops the threads and frees the model and the forcings. */
  @Override
  public void close() {
    executor.shutdownNow();
    model.close();
    forcings.close();
  }
}
