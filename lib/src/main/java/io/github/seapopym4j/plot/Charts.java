package io.github.seapopym4j.plot;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Shared helpers of the chart factories: the house look of a time-series chart and the conversion of
 * a chart to an image for a notebook.
 *
 * <p>Factories in this package return XChart objects and never display them. A notebook shows a
 * chart by ending a cell with {@code Charts.image(chart)}: the Java kernel renders a
 * {@link BufferedImage} as {@code image/png}.
 */
public final class Charts {

  /** Default width of a chart, in pixels. */
  public static final int WIDTH = 800;
  /** Default height of a chart, in pixels. */
  public static final int HEIGHT = 400;

  private Charts() {}

  /**
   * Renders {@code chart} at its own size. Works headless ({@code -Djava.awt.headless=true}).
   *
   * @return an image that a notebook cell displays when it is the value of the cell's last expression
   */
  public static BufferedImage image(Chart<?, ?> chart) {
    Objects.requireNonNull(chart, "chart");
    return BitmapEncoder.getBufferedImage(chart);
  }

  /** An empty XY chart of the default size, its legend outside the plot on the right. */
  static XYChart xy(String title, String xAxisTitle, String yAxisTitle) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
    chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
    return chart;
  }

  /**
   * An empty time-series chart: dates on the x axis (labelled year-month, in UTC so that a date
   * never moves to the previous day), legend outside the plot.
   */
  static XYChart timeSeries(String title, String yAxisTitle) {
    XYChart chart = xy(title, "date", yAxisTitle);
    chart.getStyler().setTimezone(TimeZone.getTimeZone(ZoneOffset.UTC));
    chart.getStyler().setDatePattern("yyyy-MM");
    return chart;
  }

  /** Adds a thin line without markers; NaN values become gaps in the line. */
  static void addLine(XYChart chart, String name, List<Date> dates, double[] values) {
    chart.addSeries(name, dates, boxed(values)).setMarker(SeriesMarkers.NONE).setLineWidth(1.2f);
  }

  /**
   * The name of cell ({@code latIdx}, {@code lonIdx}) of a grid, e.g. {@code 21.50°N 152.00°E}.
   *
   * @throws IndexOutOfBoundsException naming the axis, its range and the index
   */
  static String cellName(double[] lat, double[] lon, int latIdx, int lonIdx) {
    checkIndex("latitude", latIdx, lat.length);
    checkIndex("longitude", lonIdx, lon.length);
    return String.format(Locale.ROOT, "%.2f°%s %.2f°%s", Math.abs(lat[latIdx]),
        lat[latIdx] < 0 ? "S" : "N", Math.abs(lon[lonIdx]), lon[lonIdx] < 0 ? "W" : "E");
  }

  private static void checkIndex(String axis, int index, int size) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(String.format(
          "%s index must be in [0, %d), but was %d", axis, size, index));
    }
  }

  /** The values boxed for XChart, NaN as null (a gap). */
  static List<Double> boxed(double[] values) {
    return Arrays.stream(values).mapToObj(v -> Double.isNaN(v) ? null : v).toList();
  }

  /** The dates as {@link Date}s at midnight UTC, the x values XChart understands. */
  static List<Date> toDates(List<LocalDate> dates) {
    return dates.stream().map(d -> Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant())).toList();
  }
}
