package io.github.seapopym4j.fitness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticObservationsTest {

  /** 10 days, 1 × 2 cells, two groups: biomass = 1 + g + t + 10x; cell x = 1 not simulated at t = 4. */
  private static final ArrayOutput OUT = new ArrayOutput(
      List.of(ArrayOutput.group("a", 1, 1), ArrayOutput.group("b", 2, 1)), ArrayOutput.daily(10),
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
  void badSettingsAreRejectedWithTheValue() {
    var every = assertThrows(IllegalArgumentException.class,
        () -> SyntheticObservations.sample(OUT, 0, 0, 1));
    assertEquals("sampling interval [steps] must be ≥ 1, but was 0", every.getMessage());
    var noise = assertThrows(IllegalArgumentException.class,
        () -> SyntheticObservations.sample(OUT, 1, -0.1, 1));
    assertEquals("log-normal noise σ must be finite and ≥ 0, but was -0.1", noise.getMessage());
  }
}
