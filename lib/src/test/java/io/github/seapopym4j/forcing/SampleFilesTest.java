package io.github.seapopym4j.forcing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed files in data-samples/ are exactly what {@link SampleFiles} generates. */
class SampleFilesTest {

  /** The tests run in lib/; the samples live beside it. */
  private static final Path SAMPLES = Path.of("..", "data-samples");

  @TempDir Path dir;

  @Test
  void committedSamplesAreWhatTheGeneratorWrites() throws IOException {
    if (Boolean.getBoolean("samples.regenerate")) {
      SampleFiles.write(SAMPLES);
    }
    SampleFiles.write(dir);
    for (String name : new String[] {SampleFiles.TEMPERATURE, SampleFiles.PRODUCTION}) {
      Path committed = SAMPLES.resolve(name);
      assertTrue(Files.isRegularFile(committed), committed.toAbsolutePath() + " is missing; "
          + "regenerate with -Dtest=SampleFilesTest -Dsamples.regenerate=true");
      assertArrayEquals(Files.readAllBytes(dir.resolve(name)), Files.readAllBytes(committed),
          name + " differs from the generator's output; regenerate it (see data-samples/README.md)");
    }
  }

  @Test
  void samplesLoadAsADocumentedGridWithOneLandCell() throws IOException {
    try (ForcingSet f = ForcingLoader.load(SAMPLES.resolve(SampleFiles.TEMPERATURE),
        SAMPLES.resolve(SampleFiles.PRODUCTION), LoadOptions.defaults().withCache(false))) {
      assertEquals(731, f.timeSize());
      assertEquals(12, f.cellCount());
      assertArrayEquals(new int[] {1, 2, 3}, f.layers());
      assertTrue(Double.isNaN(f.primaryProduction().get(0, 2, 3)));
      assertTrue(Files.size(SAMPLES.resolve(SampleFiles.TEMPERATURE))
          + Files.size(SAMPLES.resolve(SampleFiles.PRODUCTION)) < 1_500_000, "samples stay small");
    }
  }
}
