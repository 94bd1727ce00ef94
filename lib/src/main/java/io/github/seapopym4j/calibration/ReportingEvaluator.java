package io.github.seapopym4j.calibration;

import io.github.seapopym4j.profile.Profiler;

/**
 * Forwards to an evaluator and adds up the reports of all calls since {@link #reset()}: an
 * optimiser may call {@code evaluate} several times within one generation.
 */
final class ReportingEvaluator implements PopulationEvaluator {

  private final PopulationEvaluator delegate;
  private final Profiler profiler;
  private EvaluationReport total = EvaluationReport.empty();

  /** Forwards to {@code delegate}, timing each call as {@link Profiler#EVALUATE}. */
  ReportingEvaluator(PopulationEvaluator delegate, Profiler profiler) {
    this.delegate = delegate;
    this.profiler = profiler;
  }

  @Override
  public double[] evaluate(double[][] population) {
    if (population.length == 0) {
      return new double[0];
    }
    double[] f;
    try (Profiler.Stage s = profiler.stage(Profiler.EVALUATE)) {
      f = delegate.evaluate(population);
    }
    if (f.length != population.length) {
      throw new IllegalStateException(String.format(
          "evaluator returned %d fitness values for %d individuals", f.length, population.length));
    }
    total = total.plus(delegate.lastReport());
    return f;
  }

  @Override
  public EvaluationReport lastReport() {
    return delegate.lastReport();
  }

  void reset() {
    total = EvaluationReport.empty();
  }

  EvaluationReport total() {
    return total;
  }

  @Override
  public void clearCache() {
    delegate.clearCache();
  }

  /** Does not close the delegate: its owner does. */
  @Override
  public void close() {}
}
