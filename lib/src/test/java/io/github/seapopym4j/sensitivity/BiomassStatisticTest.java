package io.github.seapopym4j.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.seapopym4j.forcing.TimeAxis;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BiomassStatisticTest {

  // 2001 and 2002: two complete non-leap years of daily steps.
  private static final TimeAxis TIME = TimeAxis.daily(LocalDate.of(2001, 1, 1), 730);

  @Test
  void maxDayAveragesAcrossTheNewYearCircularly() {
    // maxima on day 361 of 2001 and day 6 of 2002: angles ±5 days around 1 January, mean day 1,
    // where an arithmetic mean would give day 183.5.
    double[] s = new double[730];
    s[360] = 2;
    s[365 + 5] = 2;
    assertEquals(1, BiomassStatistic.MAX_DAY.of(s, TIME), 1e-9);
  }

  @Test
  void maxDayOfARegularSeasonIsItsDay() {
    double[] s = new double[730];
    for (int t = 0; t < 730; t++) {
      s[t] = Math.cos(2 * Math.PI * (t % 365 - 99) / 365.0);   // peak on day 100
    }
    assertEquals(1 + 99 / 365.0 * 365.25, BiomassStatistic.MAX_DAY.of(s, TIME), 1e-9);
  }

  @Test
  void meanVarianceCvAndLog10FollowTheirDefinitions() {
    double[] s = new double[730];
    for (int t = 0; t < 730; t++) {
      s[t] = t % 2 == 0 ? 1 : 3;     // mean 2, variance 1
    }
    assertEquals(2, BiomassStatistic.MEAN_BIOMASS.of(s, TIME), 1e-12);
    assertEquals(Math.log10(2), BiomassStatistic.LOG10_MEAN_BIOMASS.of(s, TIME), 1e-12);
    assertEquals(1, BiomassStatistic.VARIANCE.of(s, TIME), 1e-12);
    assertEquals(0.5, BiomassStatistic.CV.of(s, TIME), 1e-12);
  }

  @Test
  void anUnknownNameListsTheValidOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BiomassStatistic.byName("median"));
    assertEquals("--output: expected one of [mean-biomass, log10-mean-biomass, variance, cv, "
        + "max-day] (optionally :GROUP), but found 'median'", e.getMessage());
  }
}
