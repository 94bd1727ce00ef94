package io.github.seapopym4j.forcing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.netcdf.ExternalTools;
import io.github.seapopym4j.netcdf.NcType;
import io.github.seapopym4j.netcdf.NetcdfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForcingNetcdfTest {

  @TempDir Path dir;

  private static final LoadOptions NO_CACHE = LoadOptions.defaults().withCache(false);

  private static ForcingSet small() {
    return SyntheticForcings.builder(SyntheticForcings.Formula.SUBTROPICAL)
        .daily(LocalDate.of(2000, 12, 30), 4).latitude(20.5, 21.5).longitude(150.5, 151.5, 152.5)
        .seed(3).land(1, 2).topLayersOnly(0, 1, 2).build();
  }

  @Test
  void classicNetcdfGivesTheSameForcingsAsCsvBitForBit() {
    try (ForcingSet f = small()) {
      ForcingCsv.write(f, dir.resolve("t.csv"), dir.resolve("pp.csv"));
      ForcingNetcdf.write(f, dir.resolve("t.nc"), dir.resolve("pp.nc"), NcType.DOUBLE);
    }
    try (ForcingSet csv = ForcingLoader.load(dir.resolve("t.csv"), dir.resolve("pp.csv"), NO_CACHE);
        ForcingSet nc = ForcingLoader.load(dir.resolve("t.nc"), dir.resolve("pp.nc"), NO_CACHE)) {
      assertEquals(csv.time(), nc.time());
      assertArrayEquals(csv.latitude(), nc.latitude());
      assertArrayEquals(csv.longitude(), nc.longitude());
      assertArrayEquals(csv.layers(), nc.layers());
      assertArrayEquals(csv.temperature().toDoubleArray(), nc.temperature().toDoubleArray());
      assertArrayEquals(csv.primaryProduction().toDoubleArray(),
          nc.primaryProduction().toDoubleArray());
    }
  }

  /** The same files converted to NetCDF-4 by netCDF-C's nccopy load to the same forcings. */
  @Test
  void classicAndNetcdf4CopiesGiveTheSameForcings() {
    try (ForcingSet f = small()) {
      ForcingNetcdf.write(f, dir.resolve("t.nc"), dir.resolve("pp.nc"), NcType.FLOAT);
    }
    ExternalTools.toNetcdf4(dir.resolve("t.nc"), dir.resolve("t4.nc"));
    ExternalTools.toNetcdf4(dir.resolve("pp.nc"), dir.resolve("pp4.nc"));
    try (ForcingSet classic = ForcingLoader.load(dir.resolve("t.nc"), dir.resolve("pp.nc"), NO_CACHE);
        ForcingSet hdf5 = ForcingLoader.load(dir.resolve("t4.nc"), dir.resolve("pp4.nc"), NO_CACHE)) {
      assertEquals(classic.time(), hdf5.time());
      assertArrayEquals(classic.latitude(), hdf5.latitude());
      assertArrayEquals(classic.layers(), hdf5.layers());
      assertArrayEquals(classic.temperature().toDoubleArray(), hdf5.temperature().toDoubleArray());
      assertArrayEquals(classic.primaryProduction().toDoubleArray(),
          hdf5.primaryProduction().toDoubleArray());
    }
  }

  /** A band of rows loads the same values as the whole set holds there, from every format. */
  @Test
  void aBandOfRowsHoldsTheWholeSetsValuesInEveryFormat() {
    try (ForcingSet f = small()) {
      ForcingCsv.write(f, dir.resolve("t.csv"), dir.resolve("pp.csv"));
      ForcingNetcdf.write(f, dir.resolve("t.nc"), dir.resolve("pp.nc"), NcType.DOUBLE);
    }
    List<String[]> formats = new java.util.ArrayList<>(List.of(new String[] {"t.csv", "pp.csv"},
        new String[] {"t.nc", "pp.nc"}));
    try {
      ExternalTools.toNetcdf4(dir.resolve("t.nc"), dir.resolve("t4.nc"));
      ExternalTools.toNetcdf4(dir.resolve("pp.nc"), dir.resolve("pp4.nc"));
      formats.add(new String[] {"t4.nc", "pp4.nc"});
    } catch (org.opentest4j.TestAbortedException noNccopy) {
      // NetCDF-4 band reads are then covered by NetcdfReaderTest's files only
    }
    for (String[] files : formats) {
      Path t = dir.resolve(files[0]);
      Path pp = dir.resolve(files[1]);
      try (ForcingSet whole = ForcingLoader.load(t, pp, NO_CACHE);
          ForcingSet band = ForcingLoader.load(t, pp, NO_CACHE, new Rows(1, 1))) {
        assertArrayEquals(new double[] {21.5}, band.latitude(), files[0]);
        for (int s = 0; s < 4; s++) {
          for (int x = 0; x < 3; x++) {
            assertEquals(whole.primaryProduction().get(s, 1, x), band.primaryProduction().get(s, 0, x),
                0.0, files[0]);
            for (int z = 0; z < 3; z++) {
              assertEquals(whole.temperature().get(s, 1, x, z), band.temperature().get(s, 0, x, z),
                  0.0, files[0]);
            }
          }
        }
      }
    }
  }

  @Test
  void float32FilesHoldTheValuesRoundedToFloat() {
    double[] expected;
    try (ForcingSet f = small()) {
      expected = f.temperature().toDoubleArray();
      ForcingNetcdf.write(f, dir.resolve("t.nc"), dir.resolve("pp.nc"), NcType.FLOAT);
    }
    try (ForcingSet nc = ForcingLoader.load(dir.resolve("t.nc"), dir.resolve("pp.nc"), NO_CACHE)) {
      double[] back = nc.temperature().toDoubleArray();
      for (int i = 0; i < back.length; i++) {
        assertEquals((double) (float) expected[i], back[i], 0.0, "value " + i);
      }
    }
  }

  @Test
  void theFilesFollowCfWithTimeAsRecordDimensionAndLayersFirst() {
    try (ForcingSet f = small()) {
      ForcingNetcdf.write(f, dir.resolve("t.nc"), dir.resolve("pp.nc"), NcType.FLOAT);
    }
    try (NetcdfFile nc = NetcdfFile.open(dir.resolve("t.nc"))) {
      assertEquals(List.of("time", "layer", "lat", "lon"), nc.variable("temperature").dimensions());
      assertEquals("days since 2000-12-30", nc.variable("time").attribute("units"));
      assertArrayEquals(new double[] {0, 1, 2, 3}, nc.read("time"));
      assertArrayEquals(new double[] {1, 2, 3}, nc.read("layer"));
      assertEquals("Z", nc.variable("layer").attribute("axis"));
    }
    String header = ExternalTools.ncdumpHeader(dir.resolve("pp.nc"));
    assertTrue(header.contains("float primary_production(time, lat, lon) ;"), header);
    assertTrue(header.contains("lat:units = \"degrees_north\" ;"), header);
  }

  @Test
  void aBrokenClassicFileIsNamedAsNetcdf3() throws IOException {
    Path f = Files.write(dir.resolve("bad.nc"), new byte[] {'C', 'D', 'F', 2, 0, 0});
    String m = assertThrows(IllegalArgumentException.class,
        () -> ForcingLoader.load(f, f, NO_CACHE)).getMessage();
    assertTrue(m.contains("bad.nc") && m.contains("NetCDF-3"), m);
  }
}
