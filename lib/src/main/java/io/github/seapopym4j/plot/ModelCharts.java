package io.github.seapopym4j.plot;

import io.github.seapopym4j.model.ModelOutput;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;

/**
 * Charts of model outputs: biomass of one cell over time, and a map of time-mean biomass. Each
 * factory reads the values it needs when it is called and returns a new chart that stays valid after
 * the run is closed; show it in a notebook with {@link Charts#image}.
 *
 * <pre>{@code
 * try (ModelRun run = model.start(groups)) {
 *   Charts.image(ModelCharts.biomassSeries(run, 1, 1));
 * }
 * }</pre>
 */
public final class ModelCharts {

  private ModelCharts() {}

  /**
   * Biomass of every group in one cell over time: one series per group, named after the group, in
   * group order. NaN (a cell outside the simulated selection) leaves a gap.
   *
   * @param latIdx index on the output's latitude axis, in [0, latitude().length)
   * @param lonIdx index on the output's longitude axis, in [0, longitude().length)
   * @return a chart of biomass [g m⁻²] against date
   * @throws IndexOutOfBoundsException naming the axis, its size and the index
   */
  public static XYChart biomassSeries(ModelOutput output, int latIdx, int lonIdx) {
    XYChart chart = Charts.timeSeries("Biomass at " + Charts.cellName(output.latitude(),
        output.longitude(), latIdx, lonIdx), "biomass [g m⁻²]");
    List<Date> dates = Charts.toDates(output.time().dates());
    int steps = output.time().size();
    for (int g = 0; g < output.groups().size(); g++) {
      int group = g;
      Charts.addLine(chart, output.groups().get(g).name(), dates, IntStream.range(0, steps)
          .mapToDouble(t -> output.biomass(group, t, latIdx, lonIdx)).toArray());
    }
    return chart;
  }

  /**
   * The time mean of the biomass of {@code group} in every cell [lat][lon] (g m⁻²), NaN where every
   * step is NaN (a cell outside the simulated selection). Land gives 0, as the model does.
   *
   * @throws IndexOutOfBoundsException when {@code group} is not a group index of the output
   */
  public static double[][] meanBiomass(ModelOutput output, int group) {
    Objects.checkIndex(group, output.groups().size());
    int ny = output.latitude().length;
    int nx = output.longitude().length;
    int steps = output.time().size();
    double[][] mean = new double[ny][nx];
    for (int y = 0; y < ny; y++) {
      for (int x = 0; x < nx; x++) {
        double sum = 0;
        int n = 0;
        for (int t = 0; t < steps; t++) {
          double v = output.biomass(group, t, y, x);
          if (!Double.isNaN(v)) {
            sum += v;
            n++;
          }
        }
        mean[y][x] = n == 0 ? Double.NaN : sum / n;
      }
    }
    return mean;
  }

  /**
   * A map of {@link #meanBiomass time-mean biomass} of {@code group}: longitude on the x axis,
   * latitude on the y axis (north up), one coloured cell per grid cell with its value written in it
   * on small grids (at most 12 × 12 cells). Cells without a value, and cells whose biomass is 0 at
   * every step (land, which the model sets to 0), are left blank, so that they do not stretch the
   * colour scale down to 0. The colour scale is labelled with the unit, g m⁻².
   *
   * @return a heat map whose single series is named after the group
   */
  public static HeatMapChart meanBiomassMap(ModelOutput output, int group) {
    double[][] mean = meanBiomass(output, group);
    for (int y = 0; y < mean.length; y++) {
      for (int x = 0; x < mean[y].length; x++) {
        if (alwaysZero(output, group, y, x)) {
          mean[y][x] = Double.NaN;
        }
      }
    }
    String name = output.groups().get(group).name();
    HeatMapChart chart = Heatmaps.chart("Mean biomass of " + name + ", "
        + output.time().start() + ".." + output.time().end(), "longitude [°E]", "latitude [°N]");
    Heatmaps.addGrid(chart, name, Heatmaps.labels(output.longitude()),
        Heatmaps.labels(output.latitude()), mean);
    chart.getStyler().setShowValue(mean.length <= 12 && mean[0].length <= 12);
    chart.getStyler().setHeatMapValueDecimalPattern("0.000");
    HeatmapLabels.unit(chart, "g m⁻²");
    return chart;
  }

  private static boolean alwaysZero(ModelOutput output, int group, int y, int x) {
    return IntStream.range(0, output.time().size())
        .allMatch(t -> output.biomass(group, t, y, x) == 0);
  }

}
