package io.github.seapopym4j.fitness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.model.TestOutput;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticObservationsTest {

  /** 2 groups × 10 days × 2 latitudes × 3 longitudes; biomass = 100 g + 10 t + 3 y + x + 1. */
  private static final TestOutput OUTPUT = new TestOutput(
      List.of(TestOutput.group("A", 1, 1), TestOutput.group("B", 1, 1)), TestOutput.daily(10),
      new double[] {20.5, 21.5}, new double[] {150.5, 151.5, 152.5},
      (g, t, y, x) -> 100 * g + 10 * t + 3 * y + x + 1);

  @Test
  void withoutNoiseTheObservationsAreTheBiomassOfEveryCellAtEveryNthStep() {
    ObservationSet obs = SyntheticObservations.fromRun(OUTPUT, 1, 4, 0, 1);
    assertEquals(3 * 2 * 3, obs.size()); // steps 0, 4, 8
    assertEquals(LocalDate.of(2000, 1, 9), obs.date(obs.size() - 1));
    assertEquals(21.5, obs.latitude(4));
    assertEquals(151.5, obs.longitude(4));
    assertEquals(100 + 3 + 1 + 1, obs.value(4), 0.0);
    assertEquals(100 + 80 + 3 + 2 + 1, obs.value(obs.size() - 1), 0.0);
    assertEquals(Period.NONE, obs.period(0));
    assertTrue(obs.group(0).isEmpty());
    assertEquals(List.of(1, 2, 3), List.of(obs.row(0), obs.row(1), obs.row(2)));
  }

  @Test
  void oneSeedGivesOneSetAndAnotherSeedAnother() {
    double[] a = SyntheticObservations.fromRun(OUTPUT, 0, 1, 0.05, 7).values();
    assertArrayEquals(a, SyntheticObservations.fromRun(OUTPUT, 0, 1, 0.05, 7).values(), 0.0);
    assertNotEquals(a[0], SyntheticObservations.fromRun(OUTPUT, 0, 1, 0.05, 8).values()[0]);
  }

  @Test
  void noiseIsMultiplicativeWithTheGivenStandardDeviation() {
    TestOutput flat = new TestOutput(List.of(TestOutput.group("A", 1, 1)),
        TestOutput.daily(2000), new double[] {0}, new double[] {0, 1, 2, 3, 4},
        (g, t, y, x) -> 2.0);
    double[] v = SyntheticObservations.fromRun(flat, 0, 1, 0.05, 3).values();
    double mean = 0;
    double var = 0;
    for (double x : v) {
      mean += (x / 2 - 1) / v.length;
    }
    for (double x : v) {
      var += Math.pow(x / 2 - 1 - mean, 2) / (v.length - 1);
    }
    // 10,000 draws: the standard error of the mean is 0.05/100 = 5e-4 and of the standard deviation
    // about 0.05/sqrt(2e4) = 3.5e-4; 4 standard errors keep a seed change from failing by chance.
    assertEquals(0, mean, 2e-3);
    assertEquals(0.05, Math.sqrt(var), 1.4e-3);
  }

  @Test
  void hugeNoiseIsClippedAtZero() {
    for (double v : SyntheticObservations.fromRun(OUTPUT, 0, 1, 5, 2).values()) {
      assertTrue(v >= 0, "observation must be >= 0, but was " + v);
    }
  }

  /** 10 days, 1 × 2 cells, two groups: biomass = 1 + g + t + 10x; cell x = 1 not simulated at t = 4. */
  private static final TestOutput OUT = new TestOutput(
      List.of(TestOutput.group("a", 1, 1), TestOutput.group("b", 2, 1)), TestOutput.daily(10),
      new double[] {22.75}, new double[] {-158.5, -157.5},
      (g, t, y, x) -> x == 1 && t == 4 ? Double.NaN : 1 + g + t + 10 * x);

  @Test
  void noiseFreeSamplesAreTheTotalBiomassEveryNSteps() {
    ObservationSet obs = SyntheticObservations.sample(OUT, 4, 0, 1);
    // Steps 0, 4, 8 × 2 cells, minus (t = 4, x = 1): 5 observations, total = 3 + 2t + 20x.
    assertEquals(5, obs.size());
    assertEquals("[3.0, 23.0, 11.0, 19.0, 39.0]", Arrays.toString(obs.values()));
    assertEquals(LocalDate.of(2000, 1, 9), obs.date(4));
    assertEquals(-157.5, obs.longitude(4));
    assertEquals(Period.NONE, obs.period(0));
  }

  @Test
  void noiseIsMultiplicativeAndSeeded() {
    double[] a = SyntheticObservations.sample(OUT, 1, 0.3, 7).values();
    double[] b = SyntheticObservations.sample(OUT, 1, 0.3, 7).values();
    double[] c = SyntheticObservations.sample(OUT, 1, 0.3, 8).values();
    double[] clean = SyntheticObservations.sample(OUT, 1, 0, 7).values();
    assertEquals(Arrays.toString(a), Arrays.toString(b), "same seed, same values");
    assertNotEquals(Arrays.toString(a), Arrays.toString(c));
    // log(noisy / clean) is σ·ε: with σ = 0.3 and 19 draws, none beyond 6σ (p < 1e-8).
    for (int i = 0; i < a.length; i++) {
      double e = Math.log(a[i] / clean[i]) / 0.3;
      assertEquals(0, e, 6.0, "draw " + i);
    }
  }

  @Test
  void badArgumentsAreRejectedWithTheirRange() {
    assertEquals("group index must be in [0, 2), but was 2", assertThrows(
        IllegalArgumentException.class, () -> SyntheticObservations.fromRun(OUTPUT, 2, 1, 0, 1))
        .getMessage());
    assertEquals("everySteps must be >= 1, but was 0", assertThrows(IllegalArgumentException.class,
        () -> SyntheticObservations.fromRun(OUTPUT, 0, 0, 0, 1)).getMessage());
    assertEquals("noise (standard deviation) must be a finite number >= 0, but was -0.1",
        assertThrows(IllegalArgumentException.class,
            () -> SyntheticObservations.fromRun(OUTPUT, 0, 1, -0.1, 1)).getMessage());
  }

  @Test
  void badSettingsAreRejectedWithTheValue() {
    var every = assertThrows(IllegalArgumentException.class,
        () -> SyntheticObservations.sample(OUT, 0, 0, 1));
    assertEquals("sampling interval [steps] must be ≥ 1, but was 0", every.getMessage());
    var noise = assertThrows(IllegalArgumentException.class,
        () -> SyntheticObservations.sample(OUT, 1, -0.1, 1));
    assertEquals("log-normal noise σ must be finite and ≥ 0, but was -0.1", noise.getMessage());
  }
}
