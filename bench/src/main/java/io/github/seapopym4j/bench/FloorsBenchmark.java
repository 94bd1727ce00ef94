package io.github.seapopym4j.bench;

import io.github.seapopym4j.kernel.Mortality;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

/**
 * The two floors of {@code docs/PERFORMANCE.md}, per value of one [time, cell] field of the grid
 * workload (366 × 10,000 values, ns per value):
 *
 * <ul>
 *   <li>{@link #bytes}: the memory traffic a group-cell-step cannot avoid: read Tm and production,
 *       write λ, R and B (2 × 8 bytes in, 3 × 8 bytes out), as plain array copies;
 *   <li>{@link #exp}: the one transcendental a cell-step must do, λ = λ0·exp(γλ·Tm) with {@code
 *       Math.exp}, over values that fit in the L1 cache (1,024 at a time), so memory does not count;
 *   <li>{@link #fastExp}: the same with the fused strategy's loop ({@link Mortality#ratesInto}, the
 *       polynomial exponential the JIT vectorises).
 * </ul>
 */
@OutputTimeUnit(java.util.concurrent.TimeUnit.NANOSECONDS)
public class FloorsBenchmark extends AbstractBenchmark {

  private static final int FIELD = 366 * 10_000;
  private static final int BLOCK = 1024;

  private double[] tm;
  private double[] pp;
  private double[] lambda;
  private double[] recruited;
  private double[] biomass;
  private double[] block;
  private double[] blockOut;

  @Setup(Level.Trial)
  public void setup() {
    SplittableRandom random = new SplittableRandom(42);
    tm = new double[FIELD];
    pp = new double[FIELD];
    lambda = new double[FIELD];
    recruited = new double[FIELD];
    biomass = new double[FIELD];
    for (int i = 0; i < FIELD; i++) {
      tm[i] = 15 + 12 * random.nextDouble();
      pp[i] = 0.3 + 0.3 * random.nextDouble();
    }
    block = java.util.Arrays.copyOf(tm, BLOCK);
    blockOut = new double[BLOCK];
  }

  /** Reads two fields and writes three (two copies and a fill): one group's bytes, per cell-step. */
  @Benchmark
  @OperationsPerInvocation(FIELD)
  public double bytes() {
    System.arraycopy(tm, 0, lambda, 0, FIELD);
    System.arraycopy(pp, 0, recruited, 0, FIELD);
    java.util.Arrays.fill(biomass, lambda[FIELD - 1]);
    return biomass[FIELD - 1];
  }

  /** λ of 1,024 cached temperatures, per value. */
  @Benchmark
  @OperationsPerInvocation(BLOCK)
  public double exp() {
    for (int i = 0; i < BLOCK; i++) {
      blockOut[i] = Mortality.rate(1.0 / 150, 0.15, block[i]);
    }
    return blockOut[BLOCK - 1];
  }

  /** λ of 1,024 cached temperatures by the fused strategy's vectorised loop, per value. */
  @Benchmark
  @OperationsPerInvocation(BLOCK)
  public double fastExp() {
    Mortality.ratesInto(block, BLOCK, 1.0 / 150, 0.15, 27, blockOut);
    return blockOut[BLOCK - 1];
  }
}
