package io.github.seapopym4j.cli;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.model.CellSelection;

/** Parses a {@code --cells LATMIN:LATMAX,LONMIN:LONMAX} box into a {@link CellSelection}. */
final class CellBox {

  private CellBox() {}

  /**
   * The cells of {@code forcings} in the box {@code text}, or every cell when it is null.
   *
   * @throws IllegalArgumentException naming {@code option}, the expected form and what was found, or
   *     the grid's extent when no cell lies in the box
   */
  static CellSelection parse(String option, String text, ForcingSet forcings) {
    if (text == null) {
      return CellSelection.all(forcings.latSize(), forcings.lonSize());
    }
    String[] axes = text.split(",", -1);
    String expected = "LATMIN:LATMAX,LONMIN:LONMAX in degrees, e.g. 20:22,150:153";
    if (axes.length != 2) {
      throw new IllegalArgumentException(String.format("%s: expected %s, but found '%s'", option,
          expected, text));
    }
    double[] lat = range(option, axes[0], expected, text);
    double[] lon = range(option, axes[1], expected, text);
    try {
      return CellSelection.within(forcings, lat[0], lat[1], lon[0], lon[1]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
    }
  }

  private static double[] range(String option, String part, String expected, String text) {
    String[] ends = part.split(":", -1);
    try {
      double[] r = {Double.parseDouble(ends[0].strip()), Double.parseDouble(ends[1].strip())};
      if (ends.length == 2 && r[0] <= r[1]) {
        return r;
      }
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      // reported below
    }
    throw new IllegalArgumentException(String.format("%s: expected %s (min ≤ max), but found '%s'",
        option, expected, text));
  }
}
