package io.github.seapopym4j.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignRunTest {

  private static final double[] G = {0, 1, 4.5, 9, 99, 99, 99, 99};

  @Test
  void indicesAreIdenticalWithOneAndTwoThreads() {
    SensitivityFunction f = TestFunctions.sobolG(G);
    SaltelliDesign d = SaltelliDesign.of(8, 1 << 10, true, 4);
    DesignResult one = DesignRun.builder(d, f).threads(1).chunkSize(100).build().run();
    DesignResult two = DesignRun.builder(d, f).threads(2).chunkSize(100).build().run();
    assertArrayEquals(one.column("y"), two.column("y"));
    assertEquals(SobolEstimator.analyze(d, f.parameters(), one.column("y"), 100, 1),
        SobolEstimator.analyze(d, f.parameters(), two.column("y"), 100, 1));
  }

  @Test
  void aKilledRunResumedFromItsChunksGivesTheSameIndices(@TempDir Path dir) {
    SensitivityFunction f = TestFunctions.sobolG(G);
    SaltelliDesign d = SaltelliDesign.of(8, 1 << 10, false, 4);
    DesignResult whole = DesignRun.builder(d, f).threads(2).chunkSize(100).build().run();
    AtomicInteger calls = new AtomicInteger();
    // "kill": stop after 3 chunks
    DesignResult killed = DesignRun.builder(d, f).threads(1).chunkSize(100).output(dir)
        .stopWhen(done -> calls.incrementAndGet() >= 3).build().run();
    assertFalse(killed.complete());
    DesignResult resumed = DesignRun.builder(d, f).threads(2).chunkSize(100).output(dir)
        .resume(true).build().run();
    assertTrue(resumed.complete());
    assertEquals(300, resumed.resumed());
    assertArrayEquals(whole.column("y"), resumed.column("y"));
    assertEquals(SobolEstimator.analyze(d, f.parameters(), whole.column("y"), 100, 1),
        SobolEstimator.analyze(d, f.parameters(), resumed.column("y"), 100, 1));
  }
}
