package io.github.seapopym4j.benchmark;

import io.github.seapopym4j.profile.Profiler;
import io.github.seapopym4j.sweep.Sweep;
import java.util.ServiceLoader;

/**
 * The sweep that {@code seapopym profile --workload sweep} profiles. The library has none: a module
 * outside it supplies one through {@link ServiceLoader} (the examples module's Bollinger backtest, a
 * file {@code META-INF/services/io.github.seapopym4j.benchmark.SweepWorkload}).
 */
public interface SweepWorkload {

  /**
   * The sweep of grid {@code grid} (the command's {@code --grid}), ready to run: its input is made
   * under {@code profiler}'s stage {@link Profiler#LOAD} and the sweep itself under {@link
   * Profiler#PREPARE}.
   */
  Sweep prepare(String grid, long seed, int threads, Profiler profiler);

  /**
   * The first sweep workload on the class path.
   *
   * @throws IllegalStateException when there is none (the examples module is not on the class path)
   */
  static SweepWorkload find() {
    for (SweepWorkload w : ServiceLoader.load(SweepWorkload.class)) {
      return w;
    }
    throw new IllegalStateException("--workload sweep needs a sweep workload on the class path, "
        + "but found none: build the examples module (./mvnw -pl lib,examples package) and run "
        + "through bin/seapopym");
  }
}
