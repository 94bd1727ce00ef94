package io.github.seapopym4j.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class ChartsTest {

  @Test
  void imageHasTheSizeOfTheChart() {
    XYChart chart = Charts.timeSeries("t", "y");
    Charts.addLine(chart, "s", Charts.toDates(List.of(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 2))),
        new double[] {1, 2});
    BufferedImage image = Charts.image(chart);
    assertEquals(Charts.WIDTH, image.getWidth());
    assertEquals(Charts.HEIGHT, image.getHeight());
  }

  @Test
  void aSeriesOfOnlyGapsStillRenders() {
    XYChart chart = Charts.timeSeries("land", "y");
    Charts.addLine(chart, "s", Charts.toDates(List.of(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 2))),
        new double[] {Double.NaN, Double.NaN});
    assertEquals(Charts.WIDTH, Charts.image(chart).getWidth());
  }

  @Test
  void datesAreMidnightUtc() {
    List<Date> dates = Charts.toDates(List.of(LocalDate.of(1970, 1, 2)));
    assertEquals(86_400_000L, dates.get(0).getTime());
  }

  @Test
  void imageOfNullIsRejected() {
    var e = assertThrows(NullPointerException.class, () -> Charts.image(null));
    assertEquals("chart", e.getMessage());
  }
}
