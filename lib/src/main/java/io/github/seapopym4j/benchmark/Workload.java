package io.github.seapopym4j.benchmark;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.SyntheticForcings;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.KernelStrategy;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.model.NoTransportModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The benchmark workloads of {@code docs/PERFORMANCE.md}, shared by {@code seapopym bench} and the
 * JMH module so both measure the same thing. Forcings are {@link SyntheticForcings.Formula#SUBTROPICAL}
 * (seed 42) around 21.5° N, 152° E; groups are those of the SeapoPym v0.1 paper and grid A.
 */
public enum Workload {

  /** 1 cell × 7,305 daily steps (20 years) × 1 group; one repetition = 200 simulations per thread. */
  CELL_20Y,

  /** 100 × 100 cells (0.25°) × 366 daily steps × 2 groups, 3 layers; a repetition = 1 simulation. */
  GRID_100X100_1Y,

  /** 256 cell-20y simulations with distinct parameters; one repetition = the whole population. */
  POPULATION_256,

  /**
   * 1 cell × 3,653 daily steps (10 years) × 2 groups, 3 layers: SeapoPym's second reference
   * workload; one repetition = 200 simulations per thread. Not part of {@link #standard()}.
   */
  CELL_10Y_2G;

  /**
   * Whether a repetition runs single-cell simulations on each thread ({@code cell-20y}, {@code
   * cell-10y-2g}), rather than one simulation or population split over the threads.
   */
  public boolean singleCell() {
    return this == CELL_20Y || this == CELL_10Y_2G;
  }

  /** The workloads the performance issue names (what {@code seapopym bench} runs by default). */
  public static List<Workload> standard() {
    return List.of(CELL_20Y, GRID_100X100_1Y, POPULATION_256);
  }

  /** The paper's epipelagic group (day and night in layer 1). */
  public static final FunctionalGroup EPIPELAGIC =
      FunctionalGroup.builder("D1N1").energyTransfert(0.1668).layers(1, 1)
          .lambdaTemperature0(1.0 / 150).gammaLambdaTemperature(0.15)
          .tr0(10.38).gammaTr(-0.11).build();

  /** Grid A's migrant group (day in layer 2, night in layer 1). */
  public static final FunctionalGroup MIGRANT =
      FunctionalGroup.builder("D2N1").energyTransfert(0.0834).layers(2, 1)
          .lambdaTemperature0(1.0 / 300).gammaLambdaTemperature(0.075)
          .tr0(5.19).gammaTr(-0.055).build();

  /** The name on the command line, e.g. {@code cell-20y}: the constant's name in lower case, dashed. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The workload called {@code id}.
   *
   * @throws IllegalArgumentException naming the known workloads when there is none
   */
  public static Workload byId(String id) {
    return Arrays.stream(values()).filter(w -> w.id().equals(id)).findFirst().orElseThrow(() ->
        new IllegalArgumentException(String.format("unknown workload '%s'; expected one of %s", id,
            Arrays.stream(values()).map(Workload::id).toList())));
  }

  /**
   * Builds the forcings and the model.
   *
   * @param batch individuals per task of the population workload, 0 for {@link
   *     Population#DEFAULT_BATCH}
   * @param smoke tiny sizes (for tests of the tooling: 366 steps, 4 × 4 cells, 8 individuals)
   */
  public WorkloadInstance prepare(int threads, KernelStrategy strategy, int batch, boolean smoke) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be ≥ 1, but was " + threads);
    }
    boolean grid = this == GRID_100X100_1Y;
    int steps = grid ? (smoke ? 60 : 366) : this == CELL_10Y_2G ? (smoke ? 366 : 3653)
        : (smoke ? 366 : 7305);
    int side = grid ? (smoke ? 4 : 100) : 1;
    double[] lat = IntStream.range(0, side).mapToDouble(i -> 21.5 + (i - (side - 1) / 2.0) * 0.25)
        .toArray();
    double[] lon = IntStream.range(0, side).mapToDouble(i -> 152 + (i - (side - 1) / 2.0) * 0.25)
        .toArray();
    ForcingSet forcings = SyntheticForcings.builder(SyntheticForcings.Formula.SUBTROPICAL)
        .daily(LocalDate.of(2000, 1, 1), steps).latitude(lat).longitude(lon).seed(42).build();
    try {
      NoTransportModel model = NoTransportModel.prepare(forcings, ModelConfig.defaults(), strategy);
      List<List<FunctionalGroup>> individuals = switch (this) {
        case CELL_20Y -> List.of(List.of(EPIPELAGIC));
        case GRID_100X100_1Y, CELL_10Y_2G -> List.of(List.of(EPIPELAGIC, MIGRANT));
        case POPULATION_256 -> population(smoke ? 8 : 256, 42);
      };
      int perRepetition = switch (this) {
        case CELL_20Y, CELL_10Y_2G -> smoke ? 5 : 200;
        case GRID_100X100_1Y -> 1;
        case POPULATION_256 -> individuals.size();
      };
      return new WorkloadInstance(this, forcings, model, individuals, threads, batch, perRepetition);
    } catch (RuntimeException e) {
      forcings.close();
      throw e;
    }
  }

  /**
   * {@code size} single-group individuals drawn uniformly (seeded) in the bounds of the SeapoPym
   * v0.1 paper: E ∈ [0, 0.5], τr0 ∈ [0.001, 300] d, γτr ∈ [−0.25, −0.001] 1/°C,
   * λ0 ∈ [0.001, 0.1] 1/d, γλ ∈ [0.001, 0.25] 1/°C.
   */
  public static List<List<FunctionalGroup>> population(int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<List<FunctionalGroup>> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(List.of(new FunctionalGroup("D1N1-" + i, 0.5 * random.nextDouble(), 1, 1,
          0.001 + 0.099 * random.nextDouble(), 0.001 + 0.249 * random.nextDouble(),
          0.001 + 299.999 * random.nextDouble(), -0.25 + 0.249 * random.nextDouble())));
    }
    return out;
  }
}
