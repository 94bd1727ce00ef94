package io.github.seapopym4j.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotSpotsTest {

  @TempDir
  Path dir;

  /** A method that burns CPU, so that it tops the samples. */
  static double spin(long millis) {
    long end = System.nanoTime() + millis * 1_000_000;
    double x = 0;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 1000; i++) {
        x += Math.sqrt(i + x);
      }
    }
    return x;
  }

  @Test
  void recordingFindsTheBusyMethodAndKeepsTheFile() {
    Path jfr = dir.resolve("sub/profile.jfr");
    HotSpots h = HotSpots.record(jfr, 5, () -> spin(400));
    assertTrue(Files.isRegularFile(jfr));
    assertTrue(h.samples() > 0);
    assertTrue(h.table().rowCount() >= 1 && h.table().rowCount() <= 5);
    assertTrue(h.table().stringColumn("method").asList().stream()
        .anyMatch(m -> m.endsWith("HotSpotsTest.spin") || m.startsWith("java.lang.")),
        h.table().print());
    assertEquals(1, h.table().intColumn("rank").get(0));
    double share = h.table().doubleColumn("share").sum();
    assertTrue(share > 0 && share <= 1 + 1e-12);
  }

  @Test
  void topMustBePositive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HotSpots.summarise(dir.resolve("x.jfr"), 0));
    assertTrue(e.getMessage().contains("top must be >= 1"), e.getMessage());
  }
}
