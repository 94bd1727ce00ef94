package io.github.seapopym4j.calibration;

import io.github.seapopym4j.space.Domain;
import java.util.Objects;

/**
 * {@link CmaEs#minimize}: drives a {@link CmaEsEvolution} (the calibration's own) with a serial
 * evaluator that counts evaluations and notes the first to reach the target.
 */
final class CmaEsMinimizer implements PopulationEvaluator {

  private final Objective f;
  private final double target;
  private long count;
  private long hit = -1;
  private double best = Double.POSITIVE_INFINITY;
  private double[] bestX;

  private CmaEsMinimizer(Objective f, double target) {
    this.f = f;
    this.target = target;
  }

  static Minimum minimize(CmaEs cfg, Objective f, Domain box, long seed, long maxEvaluations,
      double target) {
    Objects.requireNonNull(f, "f");
    if (maxEvaluations < 1 || Double.isNaN(target)) {
      throw new IllegalArgumentException(String.format("minimize needs maxEvaluations >= 1 and a "
          + "target that is not NaN, but got %d and %s", maxEvaluations, target));
    }
    CmaEsEvolution evo = new CmaEsEvolution(cfg, box, seed);
    CmaEsMinimizer ev = new CmaEsMinimizer(f, target);
    String stop = "budget";
    while (ev.hit < 0 && ev.count < maxEvaluations) {
      if (evo.converged()) {
        stop = evo.lastStop();
        break;
      }
      evo.next(ev);
    }
    if (ev.hit >= 0) {
      stop = "target";
    }
    return new Minimum(ev.bestX, ev.best, ev.hit >= 0 ? ev.hit : ev.count, ev.hit >= 0,
        evo.restarts(), stop);
  }

  @Override
  public double[] evaluate(double[][] population) {
    double[] out = new double[population.length];
    for (int i = 0; i < population.length; i++) {
      double v;
      try {
        v = f.value(population[i].clone());
      } catch (Exception e) {
        v = PENALTY;
      }
      out[i] = Double.isFinite(v) ? v : PENALTY;
      count++;
      if (out[i] < best) {
        best = out[i];
        bestX = population[i].clone();
      }
      if (hit < 0 && out[i] <= target) {
        hit = count;
      }
    }
    return out;
  }

  @Override
  public EvaluationReport lastReport() {
    return EvaluationReport.empty();
  }

  @Override
  public void close() {}
}
