package io.github.seapopym4j.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * Text and marks drawn over a heat map of {@link Heatmaps#chart}: the unit of the colour scale, and
 * markers at positions of the grid. XChart 4.0.3 has neither (its data-space annotations do not
 * follow a heat map's category axes), so they are annotations in screen space placed from the plot
 * area's edges.
 */
final class HeatmapLabels {

  /**
   * Where XChart 4.0.3 puts the colour scale's box on a chart of {@link Heatmaps#chart}'s size:
   * centred on the plot area, this fraction of its height above the centre (measured).
   */
  private static final double SCALE_TOP = 0.29;

  private HeatmapLabels() {}

  /** Writes {@code unit} above the colour scale (right of the plot area). */
  static void unit(HeatMapChart chart, String unit) {
    chart.addAnnotation(new Annotation(true) {
      @Override
      public void paint(Graphics2D g) {
        int top = getYAxisScreenValueForMin();
        int bottom = getYAxisScreenValueForMax();
        int right = getXAxisScreenValueForMax();
        g.setFont(chart.getStyler().getLegendFont().deriveFont(Font.BOLD));
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
            RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        FontMetrics m = g.getFontMetrics();
        double centre = (right + chart.getWidth()) / 2.0;
        double y = (top + bottom) / 2.0 - SCALE_TOP * (bottom - top) - m.getDescent() - 8;
        g.drawString(unit, (float) (centre - m.stringWidth(unit) / 2.0), (float) y);
      }
    });
  }

  /**
   * Draws a marker and {@code label} at grid position ({@code x}, {@code y}) in cell units: 0 is the
   * centre of the first column (row, from the bottom), fractions lie between cell centres.
   *
   * @param cross a cross (else a ring)
   * @param labelLeft the label on the marker's left (else on its right, or left where the right
   *     has no room), so that two marks on one cell keep their labels apart
   */
  static void mark(HeatMapChart chart, double x, double y, int columns, int rows, String label,
      boolean cross, boolean labelLeft) {
    chart.addAnnotation(new Annotation(true) {
      @Override
      public void paint(Graphics2D g) {
        int left = getXAxisScreenValueForMin();
        int right = getXAxisScreenValueForMax();
        int top = getYAxisScreenValueForMin();
        int bottom = getYAxisScreenValueForMax();
        int cx = (int) Math.round(left + (x + 0.5) * (right - left) / columns);
        int cy = (int) Math.round(bottom - (y + 0.5) * (bottom - top) / rows);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
            RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        for (Color c : new Color[] {Color.BLACK, Color.WHITE}) {
          g.setColor(c);
          g.setStroke(new BasicStroke(c == Color.BLACK ? 4f : 2f));
          if (cross) {
            g.drawLine(cx - 6, cy - 6, cx + 6, cy + 6);
            g.drawLine(cx - 6, cy + 6, cx + 6, cy - 6);
          } else {
            g.drawOval(cx - 7, cy - 7, 14, 14);
          }
        }
        g.setFont(chart.getStyler().getLegendFont().deriveFont(Font.BOLD));
        FontMetrics m = g.getFontMetrics();
        int width = m.stringWidth(label);
        boolean onLeft = labelLeft ? cx - 11 - width >= left : cx + 11 + width > right;
        int tx = onLeft ? cx - 11 - width : cx + 11;
        g.setColor(Color.BLACK);
        g.drawString(label, tx + 1, cy + m.getAscent() / 2 + 1);
        g.setColor(Color.WHITE);
        g.drawString(label, tx, cy + m.getAscent() / 2);
      }
    });
  }
}
