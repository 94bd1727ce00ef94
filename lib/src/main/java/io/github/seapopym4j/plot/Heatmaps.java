package io.github.seapopym4j.plot;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler.LegendPosition;

/** The house look of a heat map and the conversion of a [y][x] grid of doubles to XChart's form. */
final class Heatmaps {

  /** Viridis at five stops: dark blue (low) to yellow (high), readable in grey and by most colour-blind readers. */
  static final Color[] PALETTE = {new Color(68, 1, 84), new Color(59, 82, 139),
      new Color(33, 145, 140), new Color(94, 201, 98), new Color(253, 231, 37)};

  private Heatmaps() {}

  /** An empty heat map of the default size with the palette and the colour scale on the right. */
  static HeatMapChart chart(String title, String xAxisTitle, String yAxisTitle) {
    HeatMapChart chart = new HeatMapChartBuilder().width(Charts.WIDTH).height(Charts.HEIGHT + 100)
        .title(title).xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
    HeatMapStyler s = chart.getStyler();
    s.setRangeColors(PALETTE);
    s.setLegendPosition(LegendPosition.OutsideE);
    s.setPlotContentSize(1.0);
    s.setShowValue(false);
    s.setValueFontColor(Color.WHITE);
    return chart;
  }

  /**
   * Adds {@code values[y][x]} as the chart's series: cell (x, y) at column {@code xLabels[x]} and
   * row {@code yLabels[y]} (row 0 at the bottom), its value rounded to 4 significant digits
   * ({@link #fourDigits}). NaN cells are left out (drawn blank).
   *
   * @throws IllegalArgumentException when the grid does not have the labels' shape
   */
  static void addGrid(HeatMapChart chart, String name, List<String> xLabels, List<String> yLabels,
      double[][] values) {
    if (values.length != yLabels.size()) {
      throw new IllegalArgumentException(String.format(
          "heat map needs %d rows (one per y label), but had %d", yLabels.size(), values.length));
    }
    List<Number[]> heat = new ArrayList<>();
    for (int y = 0; y < values.length; y++) {
      if (values[y].length != xLabels.size()) {
        throw new IllegalArgumentException(String.format(
            "heat map row %d needs %d values (one per x label), but had %d", y, xLabels.size(),
            values[y].length));
      }
      for (int x = 0; x < values[y].length; x++) {
        if (!Double.isNaN(values[y][x])) {
          heat.add(new Number[] {x, y, fourDigits(values[y][x])});
        }
      }
    }
    if (heat.isEmpty()) {
      // XChart needs one value to set its colour scale: an all-blank grid draws one invisible cell.
      heat.add(new Number[] {xLabels.size(), yLabels.size(), 0.0});
    }
    chart.addSeries(name, xLabels, yLabels, heat);
  }

  /**
   * {@code v} rounded to 4 significant digits. XChart 4.0.3 prints the ends of a gradient colour
   * scale with all 17 digits and no way to format them; drawing rounded values keeps the labels short
   * and changes no colour visibly.
   */
  static double fourDigits(double v) {
    return !Double.isFinite(v) || v == 0 ? v
        : new BigDecimal(v).round(new MathContext(4)).doubleValue();
  }

  /** Axis labels: each value with at most 6 significant digits and no trailing zeros. */
  static List<String> labels(double[] values) {
    return Arrays.stream(values).mapToObj(v -> v == 0 ? "0" : new BigDecimal(v)
        .round(new MathContext(6)).stripTrailingZeros().toPlainString()).toList();
  }
}
