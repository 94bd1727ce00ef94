package io.github.seapopym4j.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.seapopym4j.profile.MemorySnapshot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemorySeriesTest {

  @TempDir
  Path tmp;

  private static MemorySeries series(long... resident) {
    MemorySeries s = MemorySeries.empty();
    for (int i = 0; i < resident.length; i++) {
      s = s.plus(i, new MemorySnapshot(10 + i, 20 + i, resident[i]));
    }
    return s;
  }

  @Test
  void coefficientOfVariationSkipsTheWarmUp() {
    // After a warm-up of 1: {100, 110, 90}: mean 100, population sd sqrt(200/3) = 8.1650.
    assertEquals(Math.sqrt(200.0 / 3) / 100, SoakRun.residentCoefficientOfVariation(
        series(500, 100, 110, 90), 1), 1e-12);
  }

  @Test
  void aFlatSeriesHasZeroVariation() {
    assertEquals(0, SoakRun.residentCoefficientOfVariation(series(7, 7, 7), 0));
  }

  @Test
  void tooFewSamplesAfterWarmUpAreRefused() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> SoakRun.residentCoefficientOfVariation(series(1, 2, 3), 2));
    assertEquals("need at least 2 samples after a warm-up of 2, but the series has 3",
        e.getMessage());
  }

  @Test
  void csvRoundTripsAndTableHasTheDocumentedColumns() {
    MemorySeries s = series(100, 200);
    Path f = tmp.resolve("memory.csv");
    s.write(f);
    assertEquals(s, MemorySeries.read(f));
    assertEquals(List.of("generation", "heap_bytes", "off_heap_bytes", "resident_bytes"),
        s.table().columnNames());
    assertEquals(200L, s.table().longColumn("resident_bytes").get(1));
  }
}
