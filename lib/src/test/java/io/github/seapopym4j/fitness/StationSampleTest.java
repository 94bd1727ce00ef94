package io.github.seapopym4j.fitness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The committed {@code data-samples/synthetic-station-aloha.csv} is what {@link StationSample} writes. */
class StationSampleTest {

  /** The tests run in lib/; the samples live beside it. */
  private static final Path SAMPLES = Path.of("..", "data-samples");

  @Test
  void committedFileIsWhatTheGeneratorWrites() throws IOException {
    if (Boolean.getBoolean("samples.regenerate")) {
      StationSample.write(SAMPLES);
    }
    Path committed = SAMPLES.resolve(StationSample.FILE);
    assertTrue(Files.isRegularFile(committed), committed.toAbsolutePath() + " is missing; "
        + "regenerate with -Dtest=StationSampleTest -Dsamples.regenerate=true");
    assertEquals(StationSample.text(), Files.readString(committed, StandardCharsets.UTF_8),
        StationSample.FILE + " differs from the generator's output; regenerate it");
  }

  @Test
  void fileReadsAsDayAndNightTowsAtStationAloha() {
    ObservationSet obs = Observations.read(SAMPLES.resolve(StationSample.FILE), Double.NaN);
    assertEquals(7 * 12 * 6, obs.size());
    assertEquals(LocalDate.of(1994, 1, 1), obs.firstDate().withDayOfMonth(1));
    assertEquals(2000, obs.lastDate().getYear());
    double day = 0;
    double night = 0;
    for (int i = 0; i < obs.size(); i++) {
      assertEquals(22.75, obs.latitude(i));
      assertEquals(-158.0, obs.longitude(i));
      if (obs.period(i) == Period.DAY) {
        day += obs.value(i);
      } else {
        assertEquals(Period.NIGHT, obs.period(i));
        night += obs.value(i);
      }
    }
    // Night tows catch the migrants: the night median is 1.9/1.2 ≈ 1.6 times the day one.
    assertTrue(night > 1.3 * day, "night " + night + ", day " + day);
  }
}
