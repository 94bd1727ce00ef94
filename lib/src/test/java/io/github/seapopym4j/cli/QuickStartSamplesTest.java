package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.model.GroupsCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed groups, space and observation samples are exactly what {@link QuickStartSamples} writes. */
class QuickStartSamplesTest {

  /** The tests run in lib/; the samples live beside it. */
  private static final Path SAMPLES = Path.of("..", "data-samples");

  @TempDir Path dir;

  @Test
  void committedSamplesAreWhatTheGeneratorWrites() throws IOException {
    if (Boolean.getBoolean("samples.regenerate")) {
      QuickStartSamples.write(SAMPLES, SAMPLES);
    }
    QuickStartSamples.write(SAMPLES, dir);
    for (String name : List.of(QuickStartSamples.GROUPS, QuickStartSamples.SPACE,
        QuickStartSamples.OBSERVATIONS)) {
      Path committed = SAMPLES.resolve(name);
      assertTrue(Files.isRegularFile(committed), committed.toAbsolutePath() + " is missing; "
          + "regenerate with -Dtest=QuickStartSamplesTest -Dsamples.regenerate=true");
      assertEquals(Files.readString(dir.resolve(name)), Files.readString(committed),
          name + " differs from the generator's output; regenerate it (see data-samples/README.md)");
    }
  }

  @Test
  void observationsCoverTwoCellsWeeklyOverTheSamplePeriod() throws IOException {
    List<String> rows = Files.readAllLines(SAMPLES.resolve(QuickStartSamples.OBSERVATIONS));
    assertEquals("time,lat,lon,value", rows.get(0));
    assertEquals(2 * 101, rows.size() - 1, "days 28, 35, ..., 728 of 0..730, two cells each");
    assertEquals("2000-01-29,20.5,150.5", rows.get(1).substring(0, 21));
    assertEquals("2001-12-29,21.5,152.5", rows.get(rows.size() - 1).substring(0, 21));
    assertEquals(1, GroupsCsv.read(SAMPLES.resolve(QuickStartSamples.GROUPS)).size());
  }
}
