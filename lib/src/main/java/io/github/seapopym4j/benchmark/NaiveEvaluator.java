package io.github.seapopym4j.benchmark;

import io.github.seapopym4j.calibration.EvaluationReport;
import io.github.seapopym4j.calibration.ModelObjective;
import io.github.seapopym4j.calibration.PopulationEvaluator;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.internal.Checks;
import io.github.seapopym4j.model.ModelRun;
import io.github.seapopym4j.profile.Profiler;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * The anti-pattern a baseline measures, on purpose: for every individual it reads the forcing files
 * again (loader cache off), builds its own prepared context (observations matched again), runs the
 * model, scores it, and does <b>not</b> release anything: forcings, context and run stay referenced,
 * so memory grows with every individual, as in a notebook loop that forgets {@code close()}.
 *
 * <p>The computation is the one of {@link ModelObjective#value} on identical forcings, so the
 * fitness values are bit for bit those of the shared workflow. Individuals run one after another on
 * the calling thread. Stages are recorded in the profiler: {@link Profiler#LOAD}, {@link
 * Profiler#PREPARE}, {@link Profiler#RUN}, {@link Profiler#SCORE}.
 *
 * <p>To keep the machine alive the leak is bounded: beyond {@code maxRetained} individuals the
 * oldest one is released. {@link #close()} releases everything.
 */
public final class NaiveEvaluator implements PopulationEvaluator {

  /** What one individual leaves behind. */
  private record Leak(ForcingSet forcings, ModelObjective objective, ModelRun run) {
    void release() {
      run.close();
      objective.close();
      forcings.close();
    }
  }

  private final CalibrationWorkload workload;
  private final Profiler profiler;
  private final int maxRetained;
  private final Deque<Leak> retained = new ArrayDeque<>();
  private EvaluationReport last = EvaluationReport.empty();

  /**
   * @param maxRetained how many individuals' forcings, contexts and runs are kept at most (≥ 0)
   */
  public NaiveEvaluator(CalibrationWorkload workload, Profiler profiler, int maxRetained) {
    this.workload = Objects.requireNonNull(workload, "workload");
    this.profiler = Objects.requireNonNull(profiler, "profiler");
    this.maxRetained = Checks.atLeast(maxRetained, 0, "maxRetained (individuals)");
  }

  @Override
  public synchronized double[] evaluate(double[][] population) {
    long t0 = System.nanoTime();
    double[] out = new double[population.length];
    List<EvaluationReport.Failure> failures = new ArrayList<>();
    for (int i = 0; i < population.length; i++) {
      try {
        out[i] = evaluateOne(population[i].clone());
        if (!Double.isFinite(out[i])) {
          failures.add(new EvaluationReport.Failure(i, population[i], "objective value was " + out[i]));
          out[i] = PENALTY;
        }
      } catch (RuntimeException | OutOfMemoryError e) {
        failures.add(new EvaluationReport.Failure(i, population[i], e.toString()));
        out[i] = PENALTY;
      }
    }
    last = new EvaluationReport(population.length, population.length, 0, failures,
        System.nanoTime() - t0);
    return out;
  }

  private double evaluateOne(double[] x) {
    ForcingSet forcings = workload.load(false, profiler);
    ModelObjective objective = workload.objective(forcings, profiler);
    ModelRun run;
    try (Profiler.Stage s = profiler.stage(Profiler.RUN)) {
      run = objective.model().start(workload.space().decode(x));
    }
    try (Profiler.Stage s = profiler.stage(Profiler.SCORE)) {
      return objective.fitness().score(run);
    } finally {
      retained.addLast(new Leak(forcings, objective, run));
      while (retained.size() > maxRetained) {
        retained.removeFirst().release();
      }
    }
  }

  /** Where the stages are recorded. */
  public Profiler profiler() {
    return profiler;
  }

  @Override
  public synchronized EvaluationReport lastReport() {
    return last;
  }

  /** Releases every retained forcing set, context and run. */
  @Override
  public synchronized void close() {
    while (!retained.isEmpty()) {
      retained.removeFirst().release();
    }
  }
}
