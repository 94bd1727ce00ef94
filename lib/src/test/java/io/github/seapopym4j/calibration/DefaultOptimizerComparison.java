package io.github.seapopym4j.calibration;

import io.github.seapopym4j.forcing.ForcingSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The measurement behind calibrate's default optimiser (docs/CALIBRATION.md): every {@link
 * TwinProblem} with each candidate, a budget of 3000 model evaluations, seeds 1..5; prints one
 * Markdown row per problem and candidate. Not a test (minutes); run it with
 * {@code ./mvnw -o test -pl lib -DskipNotebooks -Dtest=DefaultOptimizerComparison
 * -Dseapopym.compare=true}.
 */
@EnabledIfSystemProperty(named = "seapopym.compare", matches = "true")
public class DefaultOptimizerComparison {

  static final int SEEDS = 5;
  static final long BUDGET = 3000;

  /** Runs the comparison outside JUnit (no build lock held while it runs). */
  public static void main(String[] args) throws Exception {
    new DefaultOptimizerComparison().compare();
  }

  @Test
  void compare() throws Exception {
    Map<String, Supplier<Optimizer>> candidates = new LinkedHashMap<>();
    candidates.put("cmaes-ipop", () -> CmaEs.withDefaults().restarts(CmaEs.RestartStrategy.IPOP,
        CmaEs.DEFAULT_RESTARTS));
    candidates.put("cmaes", CmaEs::withDefaults);
    candidates.put("ga-real-valued", () -> GeneticAlgorithm.realValued().build());
    candidates.put("ga-seapopym-optimization", () -> GeneticAlgorithm.builder().build());
    System.out.println("| problem | optimiser | successes | median max rel. error | worst max rel. "
        + "error | median cost / true cost | median evaluations |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (TwinProblem p : TwinProblem.all()) {
      try (ForcingSet f = p.forcings(); ModelObjective obj = p.objective(f)) {
        double trueCost = obj.value(p.truth());
        for (var c : candidates.entrySet()) {
          double[] err = new double[SEEDS];
          double[] ratio = new double[SEEDS];
          double[] evals = new double[SEEDS];
          int ok = 0;
          for (int s = 0; s < SEEDS; s++) {
            try (PopulationEvaluator ev = LocalPopulationEvaluator.builder(obj).threads(2)
                .build()) {
              CalibrationResult r = Calibration.builder(c.getValue().get(), p.space().domain(), ev)
                  .seed(s + 1).stop(StopCriteria.evaluations(BUDGET)).build().run();
              double[] x = r.bestParameters();
              double[] t = p.truth();
              for (int i = 0; i < x.length; i++) {
                err[s] = Math.max(err[s], Math.abs(x[i] / t[i] - 1));
              }
              ratio[s] = r.bestFitness() / trueCost;
              evals[s] = r.totals().evaluated();
              boolean success = p.noise() == 0 ? err[s] <= 0.01 : ratio[s] <= 1.01;
              ok += success ? 1 : 0;
            }
          }
          System.out.printf(Locale.ROOT, "| %s | %s | %d/%d | %.2g | %.2g | %s | %.0f |%n",
              p.name(), c.getKey(), ok, SEEDS, median(err), max(err), p.noise() == 0 ? "(0)"
                  : String.format(Locale.ROOT, "%.4f", median(ratio)), median(evals));
        }
      }
    }
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    java.util.Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static double max(double[] v) {
    return java.util.Arrays.stream(v).max().orElse(Double.NaN);
  }
}
