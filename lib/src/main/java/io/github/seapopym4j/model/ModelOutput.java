package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.TimeAxis;
import java.util.List;

/**
 * Read access to the outputs of one model run, indexed {@code [group, time, lat, lon]}.
 *
 * <p>Both a live run (off-heap, valid until closed) and a detached heap copy implement it, so
 * scoring code reads exactly the cells and steps it needs without copying whole fields.
 * Units: biomass in g m⁻² (kg m⁻² with the older unit setting), recruited production in
 * g m⁻² d⁻¹, mortality in 1/day, mean temperature in °C, day length as a fraction of the day.
 */
public interface ModelOutput {

  /** The groups, in the order of the group index. */
  List<FunctionalGroup> groups();

  TimeAxis time();

  /** Latitudes of the simulated cells' rows (a copy). */
  double[] latitude();

  /** Longitudes of the simulated cells' columns (a copy). */
  double[] longitude();

  /** Biomass of {@code group} at step {@code time} in cell ({@code lat}, {@code lon}); 0 on land. */
  double biomass(int group, int time, int lat, int lon);

  /** Recruited production R of {@code group} at step {@code time}. */
  double recruitedProduction(int group, int time, int lat, int lon);

  /** Mortality λ of {@code group} at step {@code time}. */
  double mortality(int group, int time, int lat, int lon);

  /** Day-length weighted mean temperature Tm of {@code group} at step {@code time}. */
  double averageTemperature(int group, int time, int lat, int lon);

  /** Day length (fraction of the day) at step {@code time}. */
  double dayLength(int time, int lat, int lon);
}
