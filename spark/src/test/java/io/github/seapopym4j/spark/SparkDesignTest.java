package io.github.seapopym4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.sensitivity.DesignResult;
import io.github.seapopym4j.sensitivity.DesignRun;
import io.github.seapopym4j.sensitivity.SaltelliDesign;
import io.github.seapopym4j.sensitivity.SobolEstimator;
import io.github.seapopym4j.sensitivity.TestFunctions;
import io.github.seapopym4j.sweep.Sweep;
import io.github.seapopym4j.sweep.SweepFunctionFactory;
import io.github.seapopym4j.sweep.SweepResult;
import org.junit.jupiter.api.Test;

/** A sensitivity design evaluated as Spark tasks through the sweep seam. */
class SparkDesignTest {

  @Test
  void aSaltelliDesignRunOnSparkGivesTheIndicesOfALocalRun() {
    SaltelliDesign design = SaltelliDesign.of(3, 256, false, 42);
    DesignResult local = DesignRun.builder(design, TestFunctions.ishigami()).threads(1)
        .chunkSize(100).build().run();
    SweepFunctionFactory factory = () -> DesignRun.function(SaltelliDesign.of(3, 256, false, 42),
        TestFunctions.ishigami());
    SweepResult sweep = Sweep.builder(DesignRun.plan(design), SweepFunctionFactory.build(factory))
        .engine(new SparkChunkExecutor(TestSpark.context(), factory))
        .chunkSize(100).limits(DesignRun.LIMITS).build().run();
    DesignResult spark = DesignRun.result(design, TestFunctions.ishigami(), sweep);
    assertTrue(spark.complete());
    assertEquals(design.size(), spark.evaluated());
    assertArrayEquals(local.column("y"), spark.column("y"));
    assertEquals(SobolEstimator.analyze(design, TestFunctions.ishigami().parameters(),
            local.column("y"), 100, 1),
        SobolEstimator.analyze(design, TestFunctions.ishigami().parameters(), spark.column("y"),
            100, 1));
  }
}
