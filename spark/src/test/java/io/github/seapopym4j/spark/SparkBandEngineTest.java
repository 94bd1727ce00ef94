package io.github.seapopym4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.forcing.LoadOptions;
import io.github.seapopym4j.forcing.Rows;
import io.github.seapopym4j.model.BandEngine;
import io.github.seapopym4j.model.BandRecipe;
import io.github.seapopym4j.model.GroupsCsv;
import io.github.seapopym4j.model.ModelConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.TaskContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SparkBandEngine}: each band's part is the band run alone, also after a failed attempt. */
class SparkBandEngineTest {

  /** Set once per JVM by the first attempt that fails (tasks run in this JVM in local mode). */
  private static final AtomicBoolean FAILED = new AtomicBoolean();

  @TempDir
  static Path dir;

  private static BandRecipe recipe;
  private static final List<Rows> BANDS = List.of(new Rows(0, 2), new Rows(2, 2), new Rows(4, 1));

  @BeforeAll
  static void forcings() throws IOException {
    SparkInputs.write(dir);
    recipe = BandRecipe.of(dir.resolve("t.nc"), dir.resolve("pp.nc"), LoadOptions.defaults(),
        ModelConfig.defaults(), GroupsCsv.read(dir.resolve("groups.csv")));
  }

  @Test
  void aBandWhoseFirstAttemptFailsIsRetriedAndItsPartIsTheBandRunAlone() throws IOException {
    Path parts = Files.createDirectories(dir.resolve("parts"));
    Path alone = Files.createDirectories(dir.resolve("alone"));
    SparkBandEngine.TaskHook failFirstAttempt = rows -> {
      if (rows.first() == 2 && TaskContext.get().attemptNumber() == 0
          && FAILED.compareAndSet(false, true)) {
        throw new Error("injected failure of the first attempt of band 2");
      }
    };
    try (BandEngine engine = new SparkBandEngine(TestSpark.context(), false, failFirstAttempt)) {
      engine.run(recipe, BANDS, parts);
    }
    assertTrue(FAILED.get(), "the injected failure happened");
    for (Rows r : BANDS) {
      recipe.run(r).write(BandEngine.partFile(alone, r));
      assertArrayEquals(Files.readAllBytes(BandEngine.partFile(alone, r)),
          Files.readAllBytes(BandEngine.partFile(parts, r)), r.toString());
    }
    assertEquals(3, SparkInputs.names(parts).size(), "no temporary files left");
  }

  @Test
  void aBandThatAlwaysFailsFailsTheRunWithItsCause() {
    SparkBandEngine.TaskHook fail = rows -> {
      throw new IllegalStateException("band " + rows.first() + " cannot be read");
    };
    try (BandEngine engine = new SparkBandEngine(TestSpark.context(), false, fail)) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> engine.run(recipe, BANDS, dir));
      assertTrue(e.getMessage().startsWith("the run failed on Spark"), e.getMessage());
      assertTrue(e.getMessage().contains("cannot be read"), e.getMessage());
    }
  }
}
