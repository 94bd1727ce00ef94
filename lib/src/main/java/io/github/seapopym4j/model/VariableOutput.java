package io.github.seapopym4j.model;

/**
 * A {@link ModelOutput} that reads its five variables through one method, {@link #read}: the shared
 * part of a live run ({@link ModelRun}) and its heap copy ({@link RunResult}).
 */
abstract class VariableOutput implements ModelOutput {

  /**
   * The value of {@code variable} for {@code group} ({@code 0} for day length) at step {@code time}
   * in cell ({@code lat}, {@code lon}); NaN where no cell was simulated.
   */
  abstract double read(OutputVariable variable, int group, int time, int lat, int lon);

  @Override
  public final double biomass(int group, int time, int lat, int lon) {
    return read(OutputVariable.BIOMASS, group, time, lat, lon);
  }

  @Override
  public final double recruitedProduction(int group, int time, int lat, int lon) {
    return read(OutputVariable.PRODUCTION_RECRUITED, group, time, lat, lon);
  }

  @Override
  public final double mortality(int group, int time, int lat, int lon) {
    return read(OutputVariable.MORTALITY, group, time, lat, lon);
  }

  @Override
  public final double averageTemperature(int group, int time, int lat, int lon) {
    return read(OutputVariable.AVERAGE_TEMPERATURE, group, time, lat, lon);
  }

  @Override
  public final double dayLength(int time, int lat, int lon) {
    return read(OutputVariable.DAY_LENGTH, 0, time, lat, lon);
  }
}
