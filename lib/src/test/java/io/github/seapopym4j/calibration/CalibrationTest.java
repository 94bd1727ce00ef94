package io.github.seapopym4j.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.profile.MemorySnapshot;
import io.github.seapopym4j.space.Domain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  @TempDir
  Path tmp;

  private static final Domain DOMAIN = Domain.cube(3, -2, 2);

  static Stream<Optimizer> optimizers() {
    return Stream.of(GeneticAlgorithm.builder().populationSize(12).elitism(1).build(),
        CmaEs.withDefaults());
  }

  private static Calibration.Builder calibration(Optimizer opt, PopulationEvaluator ev, Path dir) {
    return Calibration.builder(opt, DOMAIN, ev).seed(11).stop(StopCriteria.generations(12))
        .directory(dir);
  }

  /** A listener that "kills" the run once generation {@code at} is saved. */
  private static CalibrationListener killAt(long at) {
    return g -> {
      if (g.index() == at) {
        throw new IllegalStateException("killed at generation " + at);
      }
    };
  }

  @ParameterizedTest
  @MethodSource("optimizers")
  void aKilledRunResumesToTheSameFinalLogbook(Optimizer opt) {
    Path full = tmp.resolve("full");
    Path killed = tmp.resolve("killed");
    CalibrationResult reference;
    try (PopulationEvaluator ev = Benchmarks.serial(Benchmarks::rosenbrock)) {
      reference = calibration(opt, ev, full).build().run();
    }
    try (PopulationEvaluator ev = Benchmarks.serial(Benchmarks::rosenbrock)) {
      var e = assertThrows(IllegalStateException.class,
          () -> calibration(opt, ev, killed).listener(killAt(5)).build().run());
      assertEquals("killed at generation 5", e.getMessage());
    }
    assertEquals(6, Logbook.read(killed.resolve(Calibration.LOGBOOK)).generations());
    CalibrationResult resumed;
    try (PopulationEvaluator ev = LocalPopulationEvaluator.builder(Benchmarks::rosenbrock)
        .threads(2).build()) {
      resumed = calibration(opt, ev, killed).resume(true).build().run();
    }
    assertEquals(6, resumed.generations().get(0).index(), "resumed at the first unsaved generation");
    assertEquals(reference.logbook().csv(false), resumed.logbook().csv(false));
    assertEquals(reference.logbook().csv(false),
        Logbook.read(killed.resolve(Calibration.LOGBOOK)).csv(false));
    assertEquals(reference.stopReason(), resumed.stopReason());
    assertArrayEquals(reference.bestParameters(), resumed.bestParameters());
    assertEquals(12, resumed.memory().size(), "memory series continues the saved one");
  }

  @Test
  void aLogbookAheadOfItsCheckpointIsCutBackOnResume() throws IOException {
    Optimizer ga = GeneticAlgorithm.builder().populationSize(10).build();
    Path dir = tmp.resolve("run");
    Path saved = tmp.resolve("checkpoint-after-3");
    String reference;
    try (PopulationEvaluator ev = Benchmarks.serial(Benchmarks::rosenbrock)) {
      reference = calibration(ga, ev, tmp.resolve("ref")).build().run().logbook().csv(false);
    }
    CalibrationListener copyAt3 = g -> {
      if (g.index() == 3) {
        try {
          Files.copy(dir.resolve(Calibration.CHECKPOINT), saved);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      killAt(6).generation(g);
    };
    try (PopulationEvaluator ev = Benchmarks.serial(Benchmarks::rosenbrock)) {
      assertThrows(IllegalStateException.class,
          () -> calibration(ga, ev, dir).listener(copyAt3).build().run());
    }
    // As if the process died between writing the logbook and the checkpoint of generations 4-6.
    Files.copy(saved, dir.resolve(Calibration.CHECKPOINT), StandardCopyOption.REPLACE_EXISTING);
    try (PopulationEvaluator ev = Benchmarks.serial(Benchmarks::rosenbrock)) {
      CalibrationResult r = calibration(ga, ev, dir).resume(true).build().run();
      assertEquals(4, r.generations().get(0).index());
      assertEquals(reference, r.logbook().csv(false));
    }
  }

  @Test
  void theLogbookOnDiskIsCompleteAfterEveryGeneration() {
    Path dir = tmp.resolve("run");
    List<Long> seen = new ArrayList<>();
    try (PopulationEvaluator ev = Benchmarks.serial(Benchmarks.sphere(0))) {
      calibration(CmaEs.withDefaults(), ev, dir).stop(StopCriteria.generations(4))
          .listener(g -> seen.add(Logbook.read(dir.resolve(Calibration.LOGBOOK)).generations()))
          .build().run();
    }
    assertEquals(List.of(1L, 2L, 3L, 4L), seen);
  }

  @Test
  void aFreshRunRefusesADirectoryHoldingACalibration() {
    Path dir = tmp.resolve("run");
    try (PopulationEvaluator ev = Benchmarks.serial(Benchmarks.sphere(0))) {
      calibration(CmaEs.withDefaults(), ev, dir).stop(StopCriteria.generations(1)).build().run();
      var e = assertThrows(IllegalStateException.class,
          () -> calibration(CmaEs.withDefaults(), ev, dir).build().run());
      assertEquals(dir + " already holds a calibration (checkpoint.properties); resume it or choose "
          + "another directory", e.getMessage());
    }
  }

  @Test
  void resumingWithOtherSettingsIsRefused() {
    Path dir = tmp.resolve("run");
    try (PopulationEvaluator ev = Benchmarks.serial(Benchmarks.sphere(0))) {
      calibration(CmaEs.withDefaults(), ev, dir).stop(StopCriteria.generations(1)).build().run();
      var e = assertThrows(IllegalArgumentException.class,
          () -> calibration(CmaEs.withDefaults().populationSize(20), ev, dir).resume(true).build()
              .run());
      assertEquals(dir.resolve(Calibration.CHECKPOINT) + ": cannot resume: settings differs; "
          + "expected 'lambda=20 sigma0=0.3 tolx=1.0E-12' (this run), found 'lambda=default "
          + "sigma0=0.3 tolx=1.0E-12' (checkpoint)", e.getMessage());
    }
  }

  @Test
  void aRunStopsWhenTheTargetIsReached() {
    try (PopulationEvaluator ev = Benchmarks.serial(Benchmarks.sphere(0))) {
      CalibrationResult r = Calibration.builder(CmaEs.withDefaults(), DOMAIN, ev)
          .stop(StopCriteria.generations(1000).withTarget(1e-3)).build().run();
      assertEquals(StopReason.TARGET, r.stopReason());
      assertTrue(r.bestFitness() <= 1e-3);
      List<Generation> g = r.generations();
      assertTrue(g.get(g.size() - 2).bestSoFar() > 1e-3, "stopped at the first generation below");
    }
  }

  @Test
  void aRunStopsWhenTheBestStagnates() {
    // flat: nothing ever improves. The GA, because CMA-ES ends a run on flat fitness itself
    // (pycma's tolflatfitness, see aFlatFunctionEndsTheCmaEsRunAsConverged).
    try (PopulationEvaluator ev = Benchmarks.serial(x -> 1.0)) {
      CalibrationResult r = Calibration.builder(
              GeneticAlgorithm.builder().populationSize(12).build(), DOMAIN, ev)
          .stop(StopCriteria.generations(100).withStagnation(5, 0)).build().run();
      assertEquals(StopReason.STAGNATION, r.stopReason());
      assertEquals(6, r.logbook().generations());
    }
  }

  @Test
  void aFlatFunctionEndsTheCmaEsRunAsConverged() {
    try (PopulationEvaluator ev = Benchmarks.serial(x -> 1.0)) {
      CalibrationResult r = Calibration.builder(CmaEs.withDefaults(), DOMAIN, ev)
          .stop(StopCriteria.generations(100).withStagnation(5, 0)).build().run();
      assertEquals(StopReason.CONVERGED, r.stopReason());
      assertEquals(1, r.logbook().generations(), "pycma's tolfun: the f range is 0 < 1e-11");
    }
  }

  @Test
  void memoryAboveTheCeilingAfterCleanupStopsCleanlyAndTheRunCanResume() {
    Path dir = tmp.resolve("run");
    long[] resident = {100_000_000};
    MemoryMonitor monitor = MemoryMonitor.withCeiling(1_000_000_000,
        () -> new MemorySnapshot(1, 0, resident[0]));
    List<String> warnings = new ArrayList<>();
    CalibrationListener l = new CalibrationListener() {
      @Override
      public void generation(Generation g) {
        resident[0] = g.index() == 2 ? 5_000_000_000L : 100_000_000; // too much memory while generation 3 runs
      }

      @Override
      public void warning(String message) {
        warnings.add(message);
      }
    };
    try (PopulationEvaluator ev = Benchmarks.serial(Benchmarks.sphere(0))) {
      CalibrationResult r = calibration(CmaEs.withDefaults(), ev, dir).memory(monitor).listener(l)
          .build().run();
      assertEquals(StopReason.MEMORY, r.stopReason());
      assertEquals(4, r.logbook().generations());
      assertEquals(5_000_000_000L, r.memory().samples().get(3).residentBytes());
      assertEquals(List.of("generation 3: memory 5000.0 MB exceeds the ceiling 1000.0 MB even "
          + "after cleanup (was 5000.0 MB): stopping"), warnings);
      resident[0] = 100_000_000;
      CalibrationResult resumed = calibration(CmaEs.withDefaults(), ev, dir).resume(true).build()
          .run();
      assertEquals(StopReason.GENERATIONS, resumed.stopReason());
      assertEquals(12, resumed.logbook().generations());
    }
  }

  @Test
  void theStreamCanBeConsumedLazily() {
    try (PopulationEvaluator ev = Benchmarks.serial(Benchmarks.sphere(0))) {
      Calibration c = Calibration.builder(CmaEs.withDefaults(), DOMAIN, ev)
          .stop(StopCriteria.generations(10)).build();
      List<Long> first = c.stream().limit(3).map(Generation::index).toList();
      assertEquals(List.of(0L, 1L, 2L), first);
      assertThrows(IllegalStateException.class, c::result, "not stopped yet");
    }
  }
}
