package io.github.seapopym4j.fitness;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.TimeAxis;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.ModelOutput;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The coordinates of a model output that matching resolves observations against: time axis, cell
 * latitudes and longitudes (°N, °E) and the groups, in output index order.
 *
 * <p>A {@link MatchPlan} is compiled once against a grid and can then score any output on the same
 * grid (every run of a calibration). A calibration that simulates only the scored cells compiles its
 * plan against the reduced grid of those cells.
 *
 * @param time the output's time axis
 * @param latitude the rows' latitudes [°N]
 * @param longitude the columns' longitudes [°E]
 * @param groups the groups, in the order of the output's group index
 */
public record ModelGrid(TimeAxis time, double[] latitude, double[] longitude,
    List<GroupLayers> groups) {

  /** Validates and copies the coordinates. */
  public ModelGrid {
    Objects.requireNonNull(time, "time");
    if (latitude.length == 0 || longitude.length == 0) {
      throw new IllegalArgumentException(String.format("model grid must have ≥ 1 latitude and "
          + "≥ 1 longitude, but had %d and %d", latitude.length, longitude.length));
    }
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("model grid must have ≥ 1 group, but had none");
    }
    latitude = latitude.clone();
    longitude = longitude.clone();
    groups = List.copyOf(groups);
  }

  /** The grid of a model output (its groups' layers included). */
  public static ModelGrid of(ModelOutput output) {
    return new ModelGrid(output.time(), output.latitude(), output.longitude(),
        output.groups().stream().map(GroupLayers::of).toList());
  }

  /**
   * The grid of any run of {@code groups} on {@code forcing}: compile a plan before the first run
   * (a calibration does this once, then scores every individual with it).
   */
  public static ModelGrid of(ForcingSet forcing, List<FunctionalGroup> groups) {
    return new ModelGrid(forcing.time(), forcing.latitude(), forcing.longitude(),
        groups.stream().map(GroupLayers::of).toList());
  }

  @Override
  public double[] latitude() {
    return latitude.clone();
  }

  @Override
  public double[] longitude() {
    return longitude.clone();
  }

  /**
   * Checks that {@code output} is on this grid (same time axis, coordinates and group count).
   *
   * @throws IllegalArgumentException naming what differs
   */
  public void check(ModelOutput output) {
    if (!time.equals(output.time())) {
      throw new IllegalArgumentException(
          "model output time axis " + output.time() + " differs from the scorer's " + time);
    }
    if (!Arrays.equals(latitude, output.latitude()) || !Arrays.equals(longitude, output.longitude())) {
      throw new IllegalArgumentException(String.format("model output grid (%d lat × %d lon) differs "
          + "from the scorer's (%d × %d) or has other coordinates", output.latitude().length,
          output.longitude().length, latitude.length, longitude.length));
    }
    if (output.groups().size() != groups.size()) {
      throw new IllegalArgumentException(String.format("model output has %d groups, the scorer "
          + "expects %d", output.groups().size(), groups.size()));
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModelGrid g && time.equals(g.time) && Arrays.equals(latitude, g.latitude)
        && Arrays.equals(longitude, g.longitude) && groups.equals(g.groups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(time, Arrays.hashCode(latitude), Arrays.hashCode(longitude), groups);
  }

  @Override
  public String toString() {
    return String.format("ModelGrid[%s, %d lat × %d lon, %d groups]", time, latitude.length,
        longitude.length, groups.size());
  }
}
