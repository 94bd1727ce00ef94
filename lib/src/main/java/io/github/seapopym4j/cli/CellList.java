package io.github.seapopym4j.cli;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.model.CellSelection;

/** {@code --cells=LAT,LON;LAT,LON}: the nearest cell of the forcing grid to each position. */
final class CellList {

  private CellList() {}

  /**
   * The cells nearest to the given positions (degrees).
   *
   * @throws IllegalArgumentException for malformed text, or a position farther than one grid
   *     spacing from every cell, naming the position and the grid's extent
   */
  static CellSelection parse(String text, ForcingSet forcings) {
    String[] pairs = text.split(";");
    int[] la = new int[pairs.length];
    int[] lo = new int[pairs.length];
    for (int i = 0; i < pairs.length; i++) {
      String[] ll = pairs[i].split(",");
      String usage = "--cells must be LAT,LON;LAT,LON (degrees), but has '" + pairs[i].trim() + "'";
      if (ll.length != 2) {
        throw new IllegalArgumentException(usage);
      }
      try {
        la[i] = nearest("latitude", Double.parseDouble(ll[0].trim()), forcings.latitude());
        lo[i] = nearest("longitude", Double.parseDouble(ll[1].trim()), forcings.longitude());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(usage);
      }
    }
    return CellSelection.of(la, lo);
  }

  private static int nearest(String what, double v, double[] coords) {
    int best = 0;
    for (int i = 1; i < coords.length; i++) {
      if (Math.abs(coords[i] - v) < Math.abs(coords[best] - v)) {
        best = i;
      }
    }
    double spacing = coords.length < 2 ? 1 : Math.abs(coords[1] - coords[0]);
    if (Math.abs(coords[best] - v) > spacing) {
      throw new IllegalArgumentException(String.format("--cells: %s %s is outside the forcing grid "
          + "(%s %s to %s)", what, v, what, coords[0], coords[coords.length - 1]));
    }
    return best;
  }
}
