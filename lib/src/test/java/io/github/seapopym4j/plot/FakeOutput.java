package io.github.seapopym4j.plot;

import io.github.seapopym4j.forcing.TimeAxis;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.ModelOutput;
import java.time.LocalDate;
import java.util.List;

/** A heap {@link ModelOutput} for chart tests: biomass given by a formula, daily from 2000-01-01. */
final class FakeOutput implements ModelOutput {

  /** Biomass as a function of (group, time, lat, lon). */
  interface Field {
    double at(int g, int t, int y, int x);
  }

  private final List<FunctionalGroup> groups;
  private final TimeAxis time;
  private final double[] lat;
  private final double[] lon;
  private final Field field;

  FakeOutput(List<String> groupNames, int days, double[] lat, double[] lon, Field field) {
    this.groups = groupNames.stream().map(FakeOutput::group).toList();
    this.time = TimeAxis.daily(LocalDate.of(2000, 1, 1), days);
    this.lat = lat;
    this.lon = lon;
    this.field = field;
  }

  /** A group living in layer 1 by night and {@code D<n>} by day, as its name says (D1N1, D2N1). */
  static FunctionalGroup group(String name) {
    int day = name.length() > 1 && Character.isDigit(name.charAt(1)) ? name.charAt(1) - '0' : 1;
    return FunctionalGroup.builder(name).energyTransfert(0.1).layers(day, 1)
        .lambdaTemperature0(0.01).gammaLambdaTemperature(0.1).tr0(10).gammaTr(-0.1).build();
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
