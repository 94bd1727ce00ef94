package io.github.seapopym4j.fitness;

import io.github.seapopym4j.forcing.TimeAxis;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.ModelOutput;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;

/**
 * A hand-made heap {@link ModelOutput} for tests: biomass given by a formula, reads counted, and
 * reads of cells outside an allowed set rejected.
 */
final class ArrayOutput implements ModelOutput {

  /** Biomass as a function of (group, time, lat, lon). */
  interface Field {
    double at(int g, int t, int y, int x);
  }

  private final List<FunctionalGroup> groups;
  private final TimeAxis time;
  private final double[] lat;
  private final double[] lon;
  private final Field field;
  final AtomicLong reads = new AtomicLong();
  IntPredicate allowedCell = c -> true;

  ArrayOutput(List<FunctionalGroup> groups, TimeAxis time, double[] lat, double[] lon, Field f) {
    this.groups = groups;
    this.time = time;
    this.lat = lat;
    this.lon = lon;
    this.field = f;
  }

  /** A group with the given layers and valid parameters. */
  static FunctionalGroup group(String name, int day, int night) {
    return new FunctionalGroup(name, 0.1, day, night, 0.01, 0.1, 10, -0.1);
  }

  static TimeAxis daily(int size) {
    return TimeAxis.daily(LocalDate.of(2000, 1, 1), size);
  }

  @Override
  public List<FunctionalGroup> groups() {
    return groups;
  }

  @Override
  public TimeAxis time() {
    return time;
  }

  @Override
  public double[] latitude() {
    return lat.clone();
  }

  @Override
  public double[] longitude() {
    return lon.clone();
  }

  @Override
  public double biomass(int group, int t, int y, int x) {
    reads.incrementAndGet();
    if (!allowedCell.test(y * lon.length + x)) {
      throw new AssertionError("read of cell (" + y + ", " + x + ") that no observation needs");
    }
    return field.at(group, t, y, x);
  }

  @Override
  public double recruitedProduction(int group, int t, int y, int x) {
    throw new UnsupportedOperationException();
  }

  @Override
  public double mortality(int group, int t, int y, int x) {
    throw new UnsupportedOperationException();
  }

  @Override
  public double averageTemperature(int group, int t, int y, int x) {
    throw new UnsupportedOperationException();
  }

  @Override
  public double dayLength(int t, int y, int x) {
    throw new UnsupportedOperationException();
  }
}
