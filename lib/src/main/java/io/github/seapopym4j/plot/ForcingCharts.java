package io.github.seapopym4j.plot;

import io.github.seapopym4j.forcing.Forcing;
import io.github.seapopym4j.forcing.ForcingSet;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;

/**
 * Charts of the forcings of one grid cell over time. Each factory returns a new {@link XYChart} and
 * never displays it; show it in a notebook with {@link Charts#image}.
 *
 * <pre>{@code
 * try (ForcingSet f = ForcingLoader.load(temperatureCsv, productionCsv)) {
 *   Charts.image(ForcingCharts.temperatureByLayer(f, 0, 0));
 * }
 * }</pre>
 *
 * <p>Values are read when the chart is built, so the chart stays valid after the set is closed.
 */
public final class ForcingCharts {

  private ForcingCharts() {}

  /**
   * Temperature of every layer of one cell over time: one series per layer, named {@code "layer
   * <label>"} in the order of {@link ForcingSet#layers()}. NaN (a missing layer) leaves a gap.
   *
   * @param latIdx index on the latitude axis, in [0, latSize)
   * @param lonIdx index on the longitude axis, in [0, lonSize)
   * @return a chart of temperature [°C] against date
   * @throws IndexOutOfBoundsException naming the axis, its size and the index
   */
  public static XYChart temperatureByLayer(ForcingSet forcings, int latIdx, int lonIdx) {
    XYChart chart = Charts.timeSeries("Temperature by layer at " + cellName(forcings, latIdx, lonIdx),
        "temperature [" + ForcingSet.TEMPERATURE_UNITS + "]");
    List<Date> dates = Charts.toDates(forcings.time().dates());
    Forcing temperature = forcings.temperature();
    int[] layers = forcings.layers();
    for (int k = 0; k < layers.length; k++) {
      int layer = k;
      Charts.addLine(chart, "layer " + layers[k], dates, IntStream.range(0, forcings.timeSize())
          .mapToDouble(t -> temperature.get(t, latIdx, lonIdx, layer)).toArray());
    }
    return chart;
  }

  /**
   * Primary production of one cell over time: one series named {@code "primary production"}. NaN
   * (land) leaves a gap.
   *
   * @param latIdx index on the latitude axis, in [0, latSize)
   * @param lonIdx index on the longitude axis, in [0, lonSize)
   * @return a chart of primary production [g m⁻² d⁻¹] against date
   * @throws IndexOutOfBoundsException naming the axis, its size and the index
   */
  public static XYChart primaryProduction(ForcingSet forcings, int latIdx, int lonIdx) {
    XYChart chart = Charts.timeSeries("Primary production at " + cellName(forcings, latIdx, lonIdx),
        "primary production [" + ForcingSet.PRODUCTION_UNITS + "]");
    Forcing production = forcings.primaryProduction();
    Charts.addLine(chart, "primary production", Charts.toDates(forcings.time().dates()),
        IntStream.range(0, forcings.timeSize()).mapToDouble(t -> production.get(t, latIdx, lonIdx))
            .toArray());
    return chart;
  }

  /** "20.50°N 150.50°E" for the cell, as a chart title names it. */
  private static String cellName(ForcingSet forcings, int latIdx, int lonIdx) {
    return Charts.cellName(forcings.latitude(), forcings.longitude(), latIdx, lonIdx);
  }
}
