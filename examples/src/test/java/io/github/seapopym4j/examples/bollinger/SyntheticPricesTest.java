package io.github.seapopym4j.examples.bollinger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SyntheticPricesTest {

  @Test
  void sameSeedGivesTheSameSeriesAndAnotherSeedAnother() {
    PriceSeries a = SyntheticPrices.DEFAULT.generate(1000, 42);
    assertArrayEquals(a.ticks(), SyntheticPrices.DEFAULT.generate(1000, 42).ticks());
    assertFalse(Arrays.equals(a.ticks(), SyntheticPrices.DEFAULT.generate(1000, 43).ticks()));
    assertEquals(10_000, a.ticks(0), "starts at 100.00");
    assertEquals(SyntheticPrices.DEFAULT_BARS, 125_031);
  }

  @Test
  void logReturnsHaveTheVolatilityOfTheModel() {
    // 6 decimals so that rounding to the tick adds nothing visible. With 100,000 returns the sample
    // standard deviation has a relative standard error of 1/sqrt(2n) = 0.22 %: 1 % is 4.5 errors.
    SyntheticPrices gbm = new SyntheticPrices(100, 0.05, 0.2, 252, 6);
    PriceSeries p = gbm.generate(100_001, 9);
    double[] r = new double[p.size() - 1];
    for (int t = 1; t < p.size(); t++) {
      r[t - 1] = Math.log((double) p.ticks(t) / p.ticks(t - 1));
    }
    double mean = Arrays.stream(r).average().orElseThrow();
    double sd = Math.sqrt(Arrays.stream(r).map(x -> (x - mean) * (x - mean)).sum() / r.length);
    assertEquals(0.2 / Math.sqrt(252), sd, 0.01 * 0.2 / Math.sqrt(252));
  }

  @Test
  void parametersAreValidated() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SyntheticPrices(100, 0.05, -0.1, 98_280, 2));
    assertEquals("annualVolatility [1/sqrt(year)] must be >= 0, but was -0.1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SyntheticPrices.DEFAULT.generate(1, 1));
    assertEquals("bars must be >= 2, but was 1", e.getMessage());
  }
}
