package io.github.seapopym4j.bench;

import io.github.seapopym4j.benchmark.Workload;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.SyntheticForcings;
import io.github.seapopym4j.kernel.CohortQueue;
import io.github.seapopym4j.kernel.Cohorts;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

/**
 * What the cohort queue costs in the grid workload's pattern, in ns per lane-step: one block of the
 * fused strategy, 512 neighbouring cells stepped together for 366 days, with the temperatures
 * (layer 1, the epipelagic group's Tm) and production of the central 16 × 32 cells of {@code
 * grid-100x100-1y}'s forcings.
 *
 * <ul>
 *   <li>{@link #queue}: {@link CohortQueue#step} of every lane at every step, as {@code FusedLane};
 *   <li>{@link #branchFreeQueue}: the same with {@link BranchFreeCohortQueue};
 *   <li>{@link #readOnly}: the same loops reading the same values without the queue (what is left
 *       when the queue is removed);
 *   <li>{@link #maskedPlane} and {@link #ternaryPlane}: the inner loop of a lockstep alternative
 *       (every cell of a block ages together, one plane of cohorts per age, recruitment as a masked
 *       pass over the cells): one masked pass, with the mask as arithmetic ({@code Math.min/max})
 *       or as a conditional, per cell.
 * </ul>
 *
 * <p>The setup prints the share of steps where the first recruited cohort k* moves (a measure of
 * how predictable the queue's branches are).
 */
@OutputTimeUnit(java.util.concurrent.TimeUnit.NANOSECONDS)
public class CohortQueueBenchmark extends AbstractBenchmark {

  private static final int STEPS = 366;
  private static final int LANES = 512;

  private double[] tmin;
  private double[] tm;
  private double[] production;
  private double[] out;
  private double[] plane;
  private CohortQueue queue;
  private BranchFreeCohortQueue branchFree;

  @Setup(Level.Trial)
  public void setup() {
    double[] lat = IntStream.range(0, 16).mapToDouble(i -> 21.5 + (i - 7.5) * 0.25).toArray();
    double[] lon = IntStream.range(0, 32).mapToDouble(i -> 152 + (i - 15.5) * 0.25).toArray();
    try (ForcingSet f = SyntheticForcings.builder(SyntheticForcings.Formula.SUBTROPICAL)
        .daily(LocalDate.of(2000, 1, 1), STEPS).latitude(lat).longitude(lon).seed(42).build()) {
      tm = new double[STEPS * LANES];
      production = new double[STEPS * LANES];
      for (int t = 0, i = 0; t < STEPS; t++) {
        for (int c = 0; c < LANES; c++, i++) {
          tm[i] = f.temperature().get(t, c / lon.length, c % lon.length, 0);
          production[i] = Workload.EPIPELAGIC.energyTransfert()
              * f.primaryProduction().get(t, c / lon.length, c % lon.length);
        }
      }
    }
    tmin = Cohorts.minTemperature(Workload.EPIPELAGIC.tr0(), Workload.EPIPELAGIC.gammaTr(), 1);
    queue = new CohortQueue(tmin, LANES);
    branchFree = new BranchFreeCohortQueue(tmin, LANES);
    for (int i = 0; i < STEPS * LANES; i++) {
      double a = queue.step(i % LANES, production[i], tm[i]);
      double b = branchFree.step(i % LANES, production[i], tm[i]);
      if (Double.doubleToRawLongBits(a) != Double.doubleToRawLongBits(b)) {
        throw new IllegalStateException("the branch-free variant differs at value " + i);
      }
    }
    out = new double[LANES];
    plane = new double[LANES];
    long moves = 0;
    int[] k = new int[LANES];
    java.util.Arrays.fill(k, tmin.length);
    for (int t = 0, i = 0; t < STEPS; t++) {
      for (int c = 0; c < LANES; c++, i++) {
        int next = CohortQueue.firstRecruited(tmin, tm[i], k[c]);
        moves += t > 0 && next != k[c] ? 1 : 0;
        k[c] = next;
      }
    }
    System.out.printf("%ncohorts %d; k* moves in %.2f %% of the lane-steps%n", tmin.length,
        100.0 * moves / ((STEPS - 1) * (double) LANES));
  }

  /** 366 steps of 512 lanes; per lane-step. */
  @Benchmark
  @OperationsPerInvocation(STEPS * LANES)
  public double queue() {
    queue.reset();
    double sum = 0;
    for (int t = 0, i = 0; t < STEPS; t++, i += LANES) {
      for (int j = 0; j < LANES; j++) {
        out[j] = queue.step(j, production[i + j], tm[i + j]);
      }
      sum += out[t & (LANES - 1)];
    }
    return sum;
  }

  /** {@link #queue} with {@link BranchFreeCohortQueue}; per lane-step. */
  @Benchmark
  @OperationsPerInvocation(STEPS * LANES)
  public double branchFreeQueue() {
    branchFree.reset();
    double sum = 0;
    for (int t = 0, i = 0; t < STEPS; t++, i += LANES) {
      for (int j = 0; j < LANES; j++) {
        out[j] = branchFree.step(j, production[i + j], tm[i + j]);
      }
      sum += out[t & (LANES - 1)];
    }
    return sum;
  }

  /** The same loops without the queue; per lane-step. */
  @Benchmark
  @OperationsPerInvocation(STEPS * LANES)
  public double readOnly() {
    double sum = 0;
    for (int t = 0, i = 0; t < STEPS; t++, i += LANES) {
      for (int j = 0; j < LANES; j++) {
        out[j] = production[i + j] + tm[i + j];
      }
      sum += out[t & (LANES - 1)];
    }
    return sum;
  }

  /** One masked pass of a lockstep plane, the mask as arithmetic; per cell. */
  @Benchmark
  @OperationsPerInvocation(LANES)
  public double maskedPlane() {
    double threshold = tmin[1];
    for (int j = 0; j < LANES; j++) {
      double v = plane[j] + production[j];
      double m = 1.0 - Math.min(1.0, Math.max(0.0, (threshold - tm[j]) * 1e308 * 1e308));
      double x = v * m;
      out[j] += x;
      plane[j] = v - x;
    }
    return out[LANES - 1];
  }

  /** One masked pass of a lockstep plane, the mask as a conditional; per cell. */
  @Benchmark
  @OperationsPerInvocation(LANES)
  public double ternaryPlane() {
    double threshold = tmin[1];
    for (int j = 0; j < LANES; j++) {
      double v = plane[j] + production[j];
      boolean m = tm[j] >= threshold;
      out[j] += m ? v : 0.0;
      plane[j] = m ? 0.0 : v;
    }
    return out[LANES - 1];
  }
}
