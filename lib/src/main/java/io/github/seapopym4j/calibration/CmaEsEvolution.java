package io.github.seapopym4j.calibration;

import io.github.seapopym4j.space.Domain;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A running {@link CmaEs}: a sequence of {@link CmaCore} runs (one without restarts), in
 * coordinates normalised to the domain's box (box → [0, 1]ⁿ), with the box enforced by {@link
 * BoundTransform} or, for an unbounded problem, used only to draw start points.
 *
 * <p>A run ends when one of {@link CmaTermination}'s criteria holds. With restarts left, the next
 * generation starts a new run from a mean drawn uniformly in the box, σ = σ0, and a population
 * that doubles with each restart (IPOP, Auger and Hansen 2005); BIPOP (Hansen 2009, as pycma's
 * {@code fmin(bipop=True)}) interleaves runs with a small population λ_s = ⌊λ0 (λ_l/λ0)^(U²)⌋ and
 * σ = σ0 · 0.01^U' and at most min(maxiter of the first run, evaluations of the large runs / 2λ_s)
 * iterations whenever the small runs have spent fewer evaluations than the large ones (the first
 * run counts as small), and only large-population runs count as restarts. With none
 * left, the evolution reports {@link #converged()}.
 *
 * <p>Generation g draws from (seed, g) only (including a restart's mean and BIPOP's draws), and
 * {@link #state()} holds the current run, the restart bookkeeping and the evaluation counts, so a
 * resumed evolution continues exactly, across restarts too.
 */
final class CmaEsEvolution implements Evolution {

  private final CmaEs cfg;
  private final Domain domain;
  private final long seed;
  private final int n;
  private final int lambda0;

  private CmaCore core;
  /** Index of the current run (−1 before the first). */
  private int run = -1;
  private int smallRuns;
  private int lambdaLarge;
  private long evaluations;
  private long evaluationsSmall;
  private long evaluationsLarge;
  private boolean currentSmall;
  private boolean pending = true;
  private boolean converged;
  private String lastStop = "none";
  private long next;

  CmaEsEvolution(CmaEs cfg, Domain domain, long seed) {
    this.cfg = cfg;
    this.domain = domain;
    this.seed = seed;
    n = domain.dimension();
    lambda0 = cfg.lambda(n);
    lambdaLarge = lambda0;
  }

  @Override
  public long generation() {
    return next;
  }

  @Override
  public boolean converged() {
    return converged;
  }

  /** Evaluations so far (λ per generation, whatever a cache saved). */
  long evaluations() {
    return evaluations;
  }

  /** Restarts so far (runs after the first). */
  int restarts() {
    return Math.max(0, run);
  }

  /** The termination criterion that ended the latest run, or "none". */
  String lastStop() {
    return lastStop;
  }

  /** The population size of the current (or next) run. */
  int lambda() {
    return core == null ? lambda0 : core.p.lambda;
  }

  @Override
  public ScoredPopulation next(PopulationEvaluator ev) {
    if (converged) {
      throw new IllegalStateException("CMA-ES has converged (" + lastStop + ") with no restart left");
    }
    SplittableRandom rng = Seeds.forGeneration(seed, next);
    if (pending) {
      startRun(rng);
      pending = false;
    }
    double[][] genotypes = core.sample(rng);
    double[][] real = new double[genotypes.length][];
    for (int k = 0; k < genotypes.length; k++) {
      real[k] = toDomain(genotypes[k]);
    }
    double[] f = ev.evaluate(real);
    core.update(f);
    if (cfg.bounded()) {
      for (int i = 0; i < n; i++) {
        core.mean[i] = BoundTransform.intoPeriod(core.mean[i]);
      }
    }
    evaluations += f.length;
    if (currentSmall) {
      evaluationsSmall += f.length;
    } else {
      evaluationsLarge += f.length;
    }
    next++;
    String stop = core.stop(cfg.tolX());
    if (stop != null) {
      lastStop = stop;
      if (largeRestarts() < cfg.restarts()) {
        pending = true;
      } else {
        converged = true;
      }
    }
    return new ScoredPopulation(real, f);
  }

  private int largeRestarts() {
    return run - smallRuns;
  }

  /** Starts the next run: its mean, population size and step size. */
  private void startRun(SplittableRandom rng) {
    run++;
    double sigma = cfg.sigma0();
    int lambda;
    long maxIter = 0;
    if (run == 0) {
      lambda = lambda0;
      currentSmall = cfg.restartStrategy() == CmaEs.RestartStrategy.BIPOP;
    } else if (cfg.restartStrategy() == CmaEs.RestartStrategy.BIPOP
        && evaluationsSmall < Math.max(1, evaluationsLarge)) {
      smallRuns++;
      currentSmall = true;
      sigma *= Math.pow(0.01, rng.nextDouble());
      double u = rng.nextDouble();
      lambda = Math.max(2, (int) (lambda0 * Math.pow((double) lambdaLarge / lambda0, u * u)));
      maxIter = Math.max(1, Math.min(CmaTermination.defaultMaxIterations(n, lambda0),
          (long) (0.5 * evaluationsLarge / lambda)));
    } else {
      currentSmall = false;
      lambdaLarge *= 2;
      lambda = lambdaLarge;
    }
    double[] mean = new double[n];
    for (int i = 0; i < n; i++) {
      mean[i] = run == 0 && !cfg.startsAtRandom() ? 0.5 : rng.nextDouble();
    }
    core = new CmaCore(new CmaParameters(n, lambda), mean, sigma);
    if (maxIter > 0) {
      core.termination.limitIterations(maxIter);
    }
  }

  /** Maps a normalised genotype into the domain (through the bound transform when bounded). */
  private double[] toDomain(double[] y) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double lo = domain.lower(i);
      double hi = domain.upper(i);
      if (cfg.bounded()) {
        out[i] = Math.min(hi, Math.max(lo, lo + BoundTransform.apply(y[i]) * (hi - lo)));
      } else {
        out[i] = lo + y[i] * (hi - lo);
      }
    }
    return out;
  }

  @Override
  public Map<String, String> state() {
    Map<String, String> s = new HashMap<>();
    s.put("run", Integer.toString(run));
    s.put("small_runs", Integer.toString(smallRuns));
    s.put("lambda_large", Integer.toString(lambdaLarge));
    s.put("evaluations", Long.toString(evaluations));
    s.put("evaluations_small", Long.toString(evaluationsSmall));
    s.put("evaluations_large", Long.toString(evaluationsLarge));
    s.put("current_small", Boolean.toString(currentSmall));
    s.put("restart_pending", Boolean.toString(pending));
    s.put("converged", Boolean.toString(converged));
    s.put("last_stop", lastStop);
    if (core != null) {
      s.put("lambda", Integer.toString(core.p.lambda));
      core.save(s);
    }
    return s;
  }

  static CmaEsEvolution restore(CmaEs cfg, Domain domain, long seed, long next,
      Map<String, String> s) {
    CmaEsEvolution e = new CmaEsEvolution(cfg, domain, seed);
    e.next = next;
    e.run = (int) CmaState.number(s, "run");
    e.smallRuns = (int) CmaState.number(s, "small_runs");
    e.lambdaLarge = (int) CmaState.number(s, "lambda_large");
    e.evaluations = (long) CmaState.number(s, "evaluations");
    e.evaluationsSmall = (long) CmaState.number(s, "evaluations_small");
    e.evaluationsLarge = (long) CmaState.number(s, "evaluations_large");
    e.currentSmall = Boolean.parseBoolean(s.get("current_small"));
    e.pending = Boolean.parseBoolean(s.get("restart_pending"));
    e.converged = Boolean.parseBoolean(s.get("converged"));
    e.lastStop = s.getOrDefault("last_stop", "none");
    if (e.run >= 0) {
      int lambda = (int) CmaState.number(s, "lambda");
      e.core = CmaCore.restore(new CmaParameters(domain.dimension(), lambda), s);
    } else if (!e.pending) {
      throw new IllegalArgumentException("CMA-ES checkpoint: no run started and none pending");
    }
    return e;
  }

  @Override
  public String toString() {
    return String.format("CmaEsEvolution[generation=%d run=%d lambda=%d evaluations=%d stop=%s "
        + "mean=%s]", next, run, lambda(), evaluations, lastStop,
        core == null ? "-" : Arrays.toString(core.mean));
  }
}
