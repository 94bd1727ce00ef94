package io.github.seapopym4j.bench;

import io.github.seapopym4j.benchmark.Workload;
import io.github.seapopym4j.benchmark.WorkloadInstance;
import io.github.seapopym4j.model.KernelStrategy;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings every benchmark shares (commons-rng's pattern): average time per operation in
 * milliseconds, 5 warm-up and 9 measured iterations of 2 s, one fork with the heap and off-heap
 * limits of the test suite. An operation is one repetition of a {@link Workload} (see {@link
 * WorkloadInstance}), exactly what {@code seapopym bench} times.
 *
 * <p>Run: {@code ./mvnw -B -Pjmh package -pl bench -am && java -jar bench/target/benchmarks.jar}
 * (all), or e.g. {@code java -jar bench/target/benchmarks.jar Cell20y -p strategy=fused}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 9, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g", "-Dorg.bytedeco.javacpp.maxphysicalbytes=16G"})
@State(Scope.Benchmark)
public abstract class AbstractBenchmark {

  /** The workload being measured, built by the subclass's setup. */
  protected WorkloadInstance instance;

  /** Prepares {@code workload}; ND4J's thread pool is limited to {@code threads} as well. */
  protected void prepare(Workload workload, String strategy, int threads, int batch) {
    Nd4j.getEnvironment().setMaxMasterThreads(threads);
    Nd4j.getEnvironment().setMaxThreads(threads);
    KernelStrategy kernel = KernelStrategy.valueOf(strategy.toUpperCase(java.util.Locale.ROOT));
    instance = workload.prepare(threads, kernel, Math.max(0, batch), false);
  }

  /** Frees the workload's forcings, model and threads. */
  @TearDown(Level.Trial)
  public void close() {
    if (instance != null) {
      instance.close();
    }
  }
}
