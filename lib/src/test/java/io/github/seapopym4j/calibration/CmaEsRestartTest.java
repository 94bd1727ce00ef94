package io.github.seapopym4j.calibration;

import io.github.seapopym4j.space.Domain;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Restarts: population sizes, exact resume across a restart, thread-count independence. */
class CmaEsRestartTest {

  private static final Domain DOMAIN = Domain.cube(2, -1, 1);

  @TempDir
  Path tmp;

  /** Runs end quickly (tolx 1e-4 in normalised units), so restarts come within a few dozen steps. */
  private static CmaEs quick(CmaEs.RestartStrategy s, int restarts) {
    return CmaEs.withDefaults().tolX(1e-4).restarts(s, restarts);
  }

  private static List<Integer> sizes(CalibrationResult r) {
    return r.generations().stream().map(g -> g.population().size()).toList();
  }

  /** The distinct population sizes in order of their runs. */
  private static List<Integer> runs(List<Integer> sizes) {
    List<Integer> runs = new ArrayList<>();
    for (int i = 0; i < sizes.size(); i++) {
      if (i == 0 || !sizes.get(i).equals(sizes.get(i - 1))) {
        runs.add(sizes.get(i));
      }
    }
    return runs;
  }

  @Test
  void ipopDoublesThePopulationAtEachRestartThenConverges() {
    CalibrationResult r = Benchmarks.run(quick(CmaEs.RestartStrategy.IPOP, 3), DOMAIN,
        Benchmarks.sphere(0.3), 5, 5000);
    assertEquals(StopReason.CONVERGED, r.stopReason());
    assertEquals(List.of(6, 12, 24, 48), runs(sizes(r)), "λ0 = 4 + ⌊3 ln 2⌋ = 6, doubled 3 times");
  }

  @Test
  void bipopInterleavesSmallRunsBetweenDoublingLargeOnes() {
    CalibrationResult r = Benchmarks.run(quick(CmaEs.RestartStrategy.BIPOP, 2), DOMAIN,
        Benchmarks.sphere(0.3), 5, 5000);
    assertEquals(StopReason.CONVERGED, r.stopReason());
    List<Integer> runs = runs(sizes(r));
    assertEquals(6, runs.get(0));
    assertEquals(List.of(12, 24), runs.stream().filter(l -> l == 12 || l == 24).distinct().toList(),
        "two large restarts, doubling");
    assertTrue(runs.stream().anyMatch(l -> l < 12), "small runs between: " + runs);
    assertTrue(runs.stream().allMatch(l -> l >= 6 && l <= 24), runs.toString());
  }

  @ParameterizedTest
  @EnumSource(value = CmaEs.RestartStrategy.class, names = {"IPOP", "BIPOP"})
  void aRunKilledAroundARestartResumesToTheSameLogbook(CmaEs.RestartStrategy s) {
    CmaEs cma = quick(s, 2);
    StopCriteria stop = StopCriteria.generations(400);
    CalibrationResult reference;
    try (PopulationEvaluator ev = Benchmarks.serial(Benchmarks::rosenbrock)) {
      reference = Calibration.builder(cma, DOMAIN, ev).seed(3).stop(stop)
          .directory(tmp.resolve("ref")).build().run();
    }
    List<Integer> sizes = sizes(reference);
    int firstRestart = sizes.indexOf(sizes.stream().filter(l -> l != 6).findFirst().orElseThrow());
    assertTrue(firstRestart > 2 && firstRestart + 3 < sizes.size(), "a restart happens: " + sizes);
    // killed after the last generation of the first run (the checkpoint holds a pending restart),
    // and after the first generation of the second run
    for (long at : new long[] {firstRestart - 1, firstRestart}) {
      Path dir = tmp.resolve(s + "-" + at);
      try (PopulationEvaluator ev = Benchmarks.serial(Benchmarks::rosenbrock)) {
        assertThrows(IllegalStateException.class, () -> Calibration.builder(cma, DOMAIN, ev).seed(3)
            .stop(stop).directory(dir).listener(g -> {
              if (g.index() == at) {
                throw new IllegalStateException("killed");
              }
            }).build().run());
      }
      CalibrationResult resumed;
      try (PopulationEvaluator ev = LocalPopulationEvaluator.builder(Benchmarks::rosenbrock)
          .threads(2).build()) {
        resumed = Calibration.builder(cma, DOMAIN, ev).seed(3).stop(stop).directory(dir)
            .resume(true).build().run();
      }
      assertEquals(at + 1, resumed.generations().get(0).index());
      assertEquals(reference.logbook().csv(false), resumed.logbook().csv(false), "killed at " + at);
      assertEquals(reference.stopReason(), resumed.stopReason());
    }
  }

  @Test
  void restartsDoNotDependOnTheThreadCount() {
    String[] csv = new String[2];
    for (int t = 1; t <= 2; t++) {
      try (PopulationEvaluator ev = LocalPopulationEvaluator.builder(Benchmarks::rosenbrock)
          .threads(t).build()) {
        csv[t - 1] = Calibration.builder(quick(CmaEs.RestartStrategy.IPOP, 2), DOMAIN, ev).seed(8)
            .stop(StopCriteria.generations(300)).build().run().logbook().csv(false);
      }
    }
    assertEquals(csv[0], csv[1]);
    OptimizerBenchmark bench = new OptimizerBenchmark(TestFunction.RASTRIGIN, 3,
        CmaEs.RestartStrategy.IPOP, 6, 1e-8);
    assertArrayEquals(bench.run(1).evaluations(), bench.run(2).evaluations());
  }
}
