package io.github.seapopym4j.calibration;

import io.github.seapopym4j.space.Domain;

/** Test functions with known optima (as in commons-math's optimiser tests and deap.benchmarks). */
final class Benchmarks {

  private Benchmarks() {}

  /** Σ (x_i − c)², minimum 0 at x = (c, …, c). */
  static Objective sphere(double c) {
    return x -> {
      double s = 0;
      for (double v : x) {
        s += (v - c) * (v - c);
      }
      return s;
    };
  }

  /** Rosenbrock's valley Σ 100 (x_{i+1} − x_i²)² + (1 − x_i)², minimum 0 at (1, …, 1). */
  static double rosenbrock(double[] x) {
    return TestFunction.ROSENBROCK.value(x);
  }

  /** A single-threaded evaluator without cache, for cheap functions. */
  static PopulationEvaluator serial(Objective f) {
    return LocalPopulationEvaluator.builder(f).threads(1).cache(false).build();
  }

  /** Runs {@code opt} on {@code f} over {@code domain} for {@code generations} generations. */
  static CalibrationResult run(Optimizer opt, Domain domain, Objective f, long seed,
      long generations) {
    try (PopulationEvaluator ev = serial(f)) {
      return Calibration.builder(opt, domain, ev).seed(seed)
          .stop(StopCriteria.generations(generations)).build().run();
    }
  }
}
