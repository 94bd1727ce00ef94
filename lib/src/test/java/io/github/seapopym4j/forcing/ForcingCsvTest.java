package io.github.seapopym4j.forcing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

class ForcingCsvTest {

  @TempDir Path dir;

  private static final LoadOptions NO_CACHE = LoadOptions.defaults().withCache(false);

  private static SyntheticForcings.Builder small() {
    return SyntheticForcings.builder(SyntheticForcings.Formula.SUBTROPICAL)
        .daily(LocalDate.of(2000, 12, 30), 4).latitude(20.5, 21.5).longitude(150.5, 151.5, 152.5)
        .seed(3).land(1, 2);
  }

  @Test
  void aWriteThenLoadRoundTripIsBitExactNanIncluded() {
    Path t = dir.resolve("t.csv");
    Path pp = dir.resolve("pp.csv");
    try (ForcingSet f = small().build()) {
      ForcingCsv.write(f, t, pp);
      try (ForcingSet back = ForcingLoader.load(t, pp, NO_CACHE)) {
        assertEquals(f.time(), back.time());
        assertArrayEquals(f.latitude(), back.latitude());
        assertArrayEquals(f.longitude(), back.longitude());
        assertArrayEquals(f.layers(), back.layers());
        assertArrayEquals(f.temperature().toDoubleArray(), back.temperature().toDoubleArray());
        assertArrayEquals(f.primaryProduction().toDoubleArray(), back.primaryProduction().toDoubleArray());
      }
    }
  }

  @Test
  void filesHaveTheLoaderHeaderAndOneRowPerValueInTimeLatLonLayerOrder() throws IOException {
    Path t = dir.resolve("t.csv");
    Path pp = dir.resolve("pp.csv");
    double[] temps = new double[2 * 2];
    temps[1] = Double.NaN;
    temps[2] = 0.1;
    temps[3] = 1e-5;
    try (ForcingSet f = ForcingSet.builder().daily(LocalDate.of(2000, 2, 28), 2).latitude(-1.5)
        .longitude(10).layers(1, 3).temperature(temps).primaryProduction(new double[] {0.25, 2})
        .build()) {
      ForcingCsv.write(f, t, pp);
    }
    assertEquals(List.of("time,lat,lon,layer,value", "2000-02-28,-1.5,10.0,1,0.0",
        "2000-02-28,-1.5,10.0,3,NaN", "2000-02-29,-1.5,10.0,1,0.1", "2000-02-29,-1.5,10.0,3,1.0E-5"),
        Files.readAllLines(t));
    assertEquals(List.of("time,lat,lon,value", "2000-02-28,-1.5,10.0,0.25", "2000-02-29,-1.5,10.0,2.0"),
        Files.readAllLines(pp));
  }

  @Test
  void floatSetsAreWrittenAsTheirExactValues() {
    Path t = dir.resolve("t.csv");
    Path pp = dir.resolve("pp.csv");
    try (ForcingSet f = small().dataType(DataType.FLOAT).build()) {
      ForcingCsv.write(f, t, pp);
      try (ForcingSet back = ForcingLoader.load(t, pp, NO_CACHE)) {
        assertEquals(DataType.DOUBLE, back.dataType());
        assertArrayEquals(f.temperature().toDoubleArray(), back.temperature().toDoubleArray());
      }
    }
  }

  @Test
  void anExistingFileIsReplacedAndNoTemporaryFileStays() throws IOException {
    Path t = Files.writeString(dir.resolve("t.csv"), "old");
    Path pp = dir.resolve("pp.csv");
    try (ForcingSet f = small().build()) {
      ForcingCsv.write(f, t, pp);
    }
    assertTrue(Files.readString(t).startsWith("time,lat,lon,layer,value\n"));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(2, files.count());
    }
  }

  @Test
  void anUnwritableTargetNamesTheFile() throws IOException {
    Path notADir = Files.writeString(dir.resolve("plain"), "x");
    Path t = notADir.resolve("t.csv");
    try (ForcingSet f = small().build()) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class,
          () -> ForcingCsv.write(f, t, dir.resolve("pp.csv")));
      assertTrue(e.getMessage().contains(t.toString()), e.getMessage());
    }
  }
}
