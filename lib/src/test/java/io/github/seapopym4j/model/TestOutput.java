package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.TimeAxis;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;

/**
 * The tests' one hand-made heap {@link ModelOutput}: biomass given by a formula, reads counted, and
 * reads of cells outside an allowed set rejected (fitness and plot tests).
 */
public final class TestOutput implements ModelOutput {

  /** Biomass as a function of (group, time, lat, lon). */
  public interface Field {
    double at(int g, int t, int y, int x);
  }

  private final List<FunctionalGroup> groups;
  private final TimeAxis time;
  private final double[] lat;
  private final double[] lon;
  private final Field field;
  /** Biomass reads so far. */
  public final AtomicLong reads = new AtomicLong();
  /** The cells (y · lon count + x) that may be read; a read of another fails the test. */
  public IntPredicate allowedCell = c -> true;

  public TestOutput(List<FunctionalGroup> groups, TimeAxis time, double[] lat, double[] lon,
      Field f) {
    this.groups = groups;
    this.time = time;
    this.lat = lat;
    this.lon = lon;
    this.field = f;
  }

  /**
   * Groups named {@code groupNames}, each in layer 1 by night and {@code D<n>} by day, as its name
   * says (D1N1, D2N1), daily for {@code days} from 2000-01-01.
   */
  public static TestOutput named(List<String> groupNames, int days, double[] lat, double[] lon,
      Field field) {
    return new TestOutput(groupNames.stream().map(TestOutput::group).toList(), daily(days),
        lat, lon, field);
  }

  /** A group with the given layers and valid parameters. */
  public static FunctionalGroup group(String name, int day, int night) {
    return FunctionalGroup.builder(name).energyTransfert(0.1).layers(day, night)
        .lambdaTemperature0(0.01).gammaLambdaTemperature(0.1).tr0(10).gammaTr(-0.1).build();
  }

  private static FunctionalGroup group(String name) {
    int day = name.length() > 1 && Character.isDigit(name.charAt(1)) ? name.charAt(1) - '0' : 1;
    return group(name, day, 1);
  }

  /** The time series [time] of {@code variable} for one group in one cell (a new array). */
  public static double[] series(OutputVariable variable, ModelOutput out, int group, int lat,
      int lon) {
    double[] s = new double[out.time().size()];
    for (int t = 0; t < s.length; t++) {
      s[t] = variable.value(out, group, t, lat, lon);
    }
    return s;
  }

  /** {@code size} daily steps from 2000-01-01. */
  public static TimeAxis daily(int size) {
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
