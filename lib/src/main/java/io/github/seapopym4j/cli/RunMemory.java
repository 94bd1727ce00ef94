package io.github.seapopym4j.cli;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.internal.MemoryBudget;
import io.github.seapopym4j.model.CellSelection;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.MemoryEstimate;
import io.github.seapopym4j.model.ModelConfig;
import java.util.List;

/** Memory checks the commands make before allocating, each refusing with a remedy. */
final class RunMemory {

  /**
   * Heap per individual of a population, a generous bound: the GA keeps parents, offspring and
   * their fitness, each a parameter vector of at most a few dozen doubles, plus the logbook row.
   */
  static final long BYTES_PER_INDIVIDUAL = 1024;

  private RunMemory() {}

  /**
   * {@code cells}, after checking that a run of {@code groups} on them fits ({@link MemoryEstimate}:
   * the prepared context and one run, off the heap; the detached result and cohorts on it).
   *
   * @throws IllegalArgumentException naming the need, what is available and the remedies
   */
  static CellSelection require(ForcingSet forcings, CellSelection cells,
      List<FunctionalGroup> groups, ModelConfig config) {
    MemoryEstimate e = MemoryEstimate.of(forcings.time(), cells.size(), forcings.layerSize(),
        groups, config);
    MemoryBudget.require(String.format("a run of %d groups × %d steps × %d cells", groups.size(),
        forcings.timeSize(), cells.size()), e.detachedBytes(), e.total(1), "simulate fewer cells "
        + "(--cells), fewer groups or a shorter period");
    return cells;
  }

  /**
   * Checks that a population of {@code n} individuals fits on the heap.
   *
   * @throws IllegalArgumentException naming the need, what is available and the remedy
   */
  static void requirePopulation(long n) {
    MemoryBudget.require(String.format("--population %,d", n), n * BYTES_PER_INDIVIDUAL, 0,
        "use a smaller --population (the GA's default is 256; CMA-ES's 4 + 3 ln n)");
  }
}
