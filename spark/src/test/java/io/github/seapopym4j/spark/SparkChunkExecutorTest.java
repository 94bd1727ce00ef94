package io.github.seapopym4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.examples.bollinger.BollingerKernel;
import io.github.seapopym4j.examples.bollinger.SyntheticPrices;
import io.github.seapopym4j.sweep.Axis;
import io.github.seapopym4j.sweep.SweepMeasure;
import io.github.seapopym4j.sweep.Sweep;
import io.github.seapopym4j.sweep.SweepEngineFactory;
import io.github.seapopym4j.sweep.SweepFunction;
import io.github.seapopym4j.sweep.SweepFunctionFactory;
import io.github.seapopym4j.sweep.SweepPlan;
import io.github.seapopym4j.sweep.SweepResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkChunkExecutorTest {

  /** 4 × 6 × 5 = 120 combinations over 2,000 synthetic bars, in 8 chunks (tasks) of 16. */
  static final SweepPlan PLAN = SweepPlan.grid(Axis.integers("window", 5, 50, 4),
      Axis.linear("k", 0.5, 3, 6), Axis.linear("exit", -1, 1, 5));
  static final SweepFunctionFactory KERNEL =
      () -> new BollingerKernel(SyntheticPrices.DEFAULT.generate(2_000, 3), 98_280);

  @TempDir
  Path tmp;

  @Test
  void chunksRunAsTasksGiveTheResultsFileOfALocalSweep() throws Exception {
    SweepFunction kernel = KERNEL.create();
    SweepResult local = Sweep.builder(PLAN, kernel).threads(1).chunkSize(16)
        .output(tmp.resolve("local")).build().run();
    SweepResult spark = Sweep.builder(PLAN, KERNEL.create())
        .engine(new SparkChunkExecutor(TestSpark.context(), KERNEL)).chunkSize(16)
        .output(tmp.resolve("spark")).build().run();
    assertTrue(spark.complete());
    assertEquals(120, spark.timings().evaluated());
    for (SweepMeasure m : kernel.metrics()) {
      assertArrayEquals(local.column(m.name()), spark.column(m.name()), m.name());
    }
    assertEquals(Files.readString(tmp.resolve("local/results.csv")),
        Files.readString(tmp.resolve("spark/results.csv")));
    assertFalse(Files.exists(tmp.resolve("spark/chunks")), "chunk files are assembled, then removed");
  }

  @Test
  void aSweepStoppedLocallyIsFinishedOnSparkWithoutRedoingItsChunks() throws IOException {
    Path out = tmp.resolve("resumed");
    Sweep.builder(PLAN, new BollingerKernel(SyntheticPrices.DEFAULT.generate(2_000, 3), 98_280))
        .threads(1).chunkSize(16).output(out).stopWhen(p -> p.done() >= 48).build().run();
    SweepResult spark = Sweep.builder(PLAN, SweepFunctionFactory.build(KERNEL))
        .engine(new SparkChunkExecutor(TestSpark.context(), KERNEL)).chunkSize(16)
        .output(out).resume(true).build().run();
    assertTrue(spark.complete());
    assertEquals(48, spark.timings().resumed());
    assertEquals(72, spark.timings().evaluated());
    SweepResult whole = Sweep.builder(PLAN,
            new BollingerKernel(SyntheticPrices.DEFAULT.generate(2_000, 3), 98_280))
        .threads(1).chunkSize(16).output(tmp.resolve("whole")).build().run();
    assertTrue(whole.complete());
    assertEquals(Files.readString(tmp.resolve("whole/results.csv")),
        Files.readString(out.resolve("results.csv")));
  }

  @Test
  void theSparkSweepEngineIsFoundByName() {
    assertTrue(SweepEngineFactory.find("spark") instanceof SparkSweepEngineFactory);
  }
}
