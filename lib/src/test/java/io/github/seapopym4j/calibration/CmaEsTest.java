package io.github.seapopym4j.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.space.Domain;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CmaEsTest {

  @Test
  void defaultPopulationIsFourPlusThreeLogN() {
    assertEquals(8, CmaEs.withDefaults().lambda(4)); // 4 + floor(3 ln 4) = 4 + 4
    assertEquals(10, CmaEs.withDefaults().lambda(10)); // 4 + floor(6.9)
    assertEquals(20, CmaEs.withDefaults().populationSize(20).lambda(4));
  }

  @Test
  void findsTheMinimumOfTheSphere() {
    CalibrationResult r = Benchmarks.run(CmaEs.withDefaults(), Domain.cube(4, -5, 5),
        Benchmarks.sphere(1), 1, 400);
    // Tolerance: CMA-ES converges linearly on the sphere (to 1e-23 here); 1e-10 is far above
    // rounding and far below anything a non-converged run reaches.
    assertTrue(r.bestFitness() < 1e-10, r.toString());
    assertArrayEquals(new double[] {1, 1, 1, 1}, r.bestParameters(), 1e-5);
  }

  @Test
  void findsTheMinimumOfRosenbrock() {
    CalibrationResult r = Benchmarks.run(CmaEs.withDefaults(), Domain.cube(4, -2, 2),
        Benchmarks::rosenbrock, 1, 800);
    // Tolerance as for the sphere: this seed converges to 4e-24 in 265 generations.
    assertTrue(r.bestFitness() < 1e-10, r.toString());
    assertArrayEquals(new double[] {1, 1, 1, 1}, r.bestParameters(), 1e-4);
  }

  @Test
  void anOptimumOnTheBoundIsReachedThroughMirroring() {
    CalibrationResult r = Benchmarks.run(CmaEs.withDefaults(), Domain.cube(3, -5, 5),
        Benchmarks.sphere(5), 2, 400);
    assertTrue(r.bestFitness() < 1e-8, r.toString());
    for (int i = 0; i < r.logbook().size(); i++) {
      assertTrue(Domain.cube(3, -5, 5).contains(r.logbook().parameters(i)));
    }
  }

  @Test
  void eachGenerationIsOneBatchOfLambdaPoints() {
    List<Integer> batches = new ArrayList<>();
    PopulationEvaluator inner = Benchmarks.serial(Benchmarks.sphere(0));
    PopulationEvaluator counting = new PopulationEvaluator() {
      @Override
      public double[] evaluate(double[][] population) {
        batches.add(population.length);
        return inner.evaluate(population);
      }

      @Override
      public EvaluationReport lastReport() {
        return inner.lastReport();
      }

      @Override
      public void close() {
        inner.close();
      }
    };
    try (counting) {
      Calibration.builder(CmaEs.withDefaults().populationSize(12), Domain.cube(3, -1, 1), counting)
          .stop(StopCriteria.generations(5)).build().run();
    }
    assertEquals(List.of(12, 12, 12, 12, 12), batches);
  }

  @Test
  void sameSeedGivesTheSameLogbookWhateverTheThreadCount() {
    String[] csv = new String[2];
    for (int t = 1; t <= 2; t++) {
      try (PopulationEvaluator ev = LocalPopulationEvaluator.builder(Benchmarks::rosenbrock)
          .threads(t).build()) {
        csv[t - 1] = Calibration.builder(CmaEs.withDefaults(), Domain.cube(3, -2, 2), ev).seed(7)
            .stop(StopCriteria.generations(20)).build().run().logbook().csv(false);
      }
    }
    assertEquals(csv[0], csv[1]);
  }

  @Test
  void invalidSettingsAreRejectedWithTheValue() {
    assertEquals("CMA-ES sigma0 must be in (0, 1] (normalised box units), but was 2.0",
        assertThrows(IllegalArgumentException.class, () -> CmaEs.withDefaults().sigma0(2))
            .getMessage());
    assertEquals("CMA-ES population size must be >= 2 (or 0 for the default), but was 1",
        assertThrows(IllegalArgumentException.class,
            () -> CmaEs.withDefaults().populationSize(1)).getMessage());
  }
}
