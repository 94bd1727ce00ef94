package io.github.seapopym4j.fitness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservationsTest {

  @TempDir
  Path dir;

  @Test
  void aLongCsvIsReadAsSuch() throws IOException {
    Path f = dir.resolve("obs.csv");
    Files.writeString(f, "time,lat,lon,value\n2000-01-01,0.5,0.5,2\n");
    assertEquals(2.0, Observations.read(f, Double.NaN).value(0));
  }

  @Test
  void aHotFileIsRecognisedByItsColumns() throws IOException {
    Path f = dir.resolve("hot.csv");
    Files.writeString(f, ",time,lat,lon,depth,cruise,frac,tow,dwt\n"
        + "0,2000-01-01T12:00:00,22.75,-158,175,HOT1,0,1,0.25\n"
        + "1,2000-01-01T12:00:00,22.75,-158,175,HOT1,1,1,0.5\n");
    ObservationSet s = Observations.read(f, Double.NaN);
    assertEquals(1, s.size());
    assertEquals(0.75, s.value(0));
    assertEquals(Period.DAY, s.period(0));
  }

  @Test
  void aNetcdfFileIsReadWithTheGivenDepth() {
    Path f = dir.resolve("product.nc");
    try (WritableHdfFile h = HdfFile.write(f)) {
      var time = h.putDataset("time", new long[] {0});
      time.putAttribute("units", "days since 2000-01-01");
      time.putAttribute("_Netcdf4Dimid", 2);
      h.putDataset("latitude", new double[] {0.5}).putAttribute("_Netcdf4Dimid", 0);
      h.putDataset("longitude", new double[] {0.5}).putAttribute("_Netcdf4Dimid", 1);
      var day = h.putDataset("day", new double[][][] {{{2.0}}});
      day.putAttribute("units", "mg/m3");
      day.putAttribute("_Netcdf4Coordinates", new int[] {2, 0, 1});
    }
    // 2 mg m-3 over 100 m = 0.2 g m-2.
    assertEquals(0.2, Observations.read(f, 100).value(0), 1e-15);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Observations.read(f, Double.NaN));
    assertTrue(e.getMessage().contains("integration depth"), e.getMessage());
  }

  @Test
  void aMissingFileIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Observations.read(dir.resolve("none.csv"), Double.NaN));
    assertTrue(e.getMessage().contains("none.csv") && e.getMessage().contains("does not exist"),
        e.getMessage());
  }
}
