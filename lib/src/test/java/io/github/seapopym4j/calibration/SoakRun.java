package io.github.seapopym4j.calibration;

import io.github.seapopym4j.profile.MemorySnapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The soak calibrations of {@link CalibrationSoakTest}, run in a JVM of their own so that the
 * resident set reflects only this work. Prints one line per objective: {@code <name> cv=<value>
 * resident=<MB after each generation, comma-separated>}.
 */
final class SoakRun {

  static final int GENERATIONS = 50;
  static final int POPULATION = 100;
  static final int WARMUP = 10;

  private SoakRun() {}

  public static void main(String[] args) {
    Nd4j.scalar(0.0).close(); // load the ND4J backend before the first sample
    print("closing", soak(x -> work(x, null)));
    List<INDArray> leak = Collections.synchronizedList(new ArrayList<>());
    print("leaking", soak(x -> work(x, leak)));
    leak.forEach(INDArray::close);
  }

  /**
   * A stand-in for a model run: fills 100,000 doubles off-heap (800 kB) and frees them; with {@code
   * keep}, also leaves 4,000 doubles (32 kB, 160 MB over the soak) allocated in it.
   */
  static double work(double[] x, List<INDArray> keep) {
    double v;
    try (INDArray a = Nd4j.valueArrayOf(new long[] {100_000}, x[0], DataType.DOUBLE)) {
      v = a.addi(x[1]).sumNumber().doubleValue() / 100_000;
    }
    if (keep != null) {
      keep.add(Nd4j.valueArrayOf(new long[] {4_000}, v, DataType.DOUBLE));
    }
    return (v - 1) * (v - 1);
  }

  static MemorySeries soak(Objective f) {
    try (PopulationEvaluator ev = LocalPopulationEvaluator.builder(f).threads(2).cache(false)
        .build()) {
      return Calibration.builder(GeneticAlgorithm.builder().populationSize(POPULATION).build(),
              Domain.cube(2, -1, 1), ev)
          .seed(1).stop(StopCriteria.generations(GENERATIONS)).build().run().memory();
    }
  }

  static void print(String name, MemorySeries s) {
    StringBuilder b = new StringBuilder(name).append(" cv=")
        .append(s.residentCoefficientOfVariation(WARMUP)).append(" resident=");
    for (int i = 0; i < s.size(); i++) {
      b.append(i == 0 ? "" : ",").append(s.samples().get(i).residentBytes() / 1_000_000);
    }
    System.out.println(b);
  }

  static boolean residentAvailable() {
    return MemorySnapshot.currentResidentBytes() > 0;
  }
}
