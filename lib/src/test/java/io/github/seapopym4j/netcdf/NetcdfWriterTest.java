package io.github.seapopym4j.netcdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetcdfWriterTest {

  /** time (record, 3) × lat 2 × lon 3, a float and a double variable, coordinates. */
  private static NetcdfSchema schema() {
    NetcdfSchema s = new NetcdfSchema().recordDimension("time", 3).dimension("lat", 2)
        .dimension("lon", 3).attribute("Conventions", "CF-1.8").attribute("answer", 42)
        .attribute("weights", new double[] {0.5, 1.5});
    s.variable("time", NcType.DOUBLE, "time").attribute("units", "days since 1998-01-01")
        .attribute("calendar", "proleptic_gregorian").attribute("axis", "T");
    s.variable("lat", NcType.DOUBLE, "lat").attribute("units", "degrees_north").attribute("axis", "Y");
    s.variable("lon", NcType.DOUBLE, "lon").attribute("units", "degrees_east").attribute("axis", "X");
    s.variable("b", NcType.FLOAT, "time", "lat", "lon").attribute("_FillValue", Float.NaN);
    s.variable("d", NcType.DOUBLE, "time", "lat", "lon").attribute("_FillValue", Double.NaN);
    return s;
  }

  private static double[] slab(int t) {
    double[] v = new double[6];
    for (int i = 0; i < v.length; i++) {
      v[i] = i == 4 ? Double.NaN : t * 10 + i + 0.1;
    }
    return v;
  }

  private static Path writeSample(Path file) {
    try (NetcdfWriter w = NetcdfWriter.create(file, schema())) {
      w.write("lat", new double[] {-0.5, 0.5});
      w.write("lon", new double[] {10, 11, 12});
      for (int t = 2; t >= 0; t--) { // any record order
        w.writeRecord("time", t, new double[] {t});
        w.writeRecord("b", t, 0, java.util.Arrays.copyOfRange(slab(t), 0, 4));
        w.writeRecord("b", t, 4, java.util.Arrays.copyOfRange(slab(t), 4, 6));
        w.writeRecord("d", t, slab(t));
      }
      w.commit();
    }
    return file;
  }

  @Test
  void valuesReadBackExactlyInTheirStoredType(@TempDir Path dir) {
    Path file = writeSample(dir.resolve("a.nc"));
    assertTrue(NetcdfFile.isClassic(file));
    try (NetcdfFile nc = NetcdfFile.open(file)) {
      assertEquals(3, nc.records());
      assertEquals(List.of("time", "lat", "lon"), nc.variable("b").dimensions());
      assertArrayEquals(new int[] {3, 2, 3}, nc.variable("b").shape());
      assertArrayEquals(new double[] {0, 1, 2}, nc.read("time"));
      assertArrayEquals(new double[] {10, 11, 12}, nc.read("lon"));
      for (int t = 0; t < 3; t++) {
        assertArrayEquals(slab(t), nc.readRecords("d", t, 1), 0.0);
        double[] f = nc.readRecords("b", t, 1);
        for (int i = 0; i < 6; i++) {
          assertEquals((float) slab(t)[i], (float) f[i], 0.0f, "float value " + i);
        }
      }
      assertEquals(18, nc.read("d").length);
      assertEquals("CF-1.8", nc.attributes().get("Conventions"));
      assertEquals(42, nc.attributes().get("answer"));
      assertArrayEquals(new double[] {0.5, 1.5}, (double[]) nc.attributes().get("weights"));
      assertEquals("days since 1998-01-01", nc.variable("time").attribute("units"));
      assertTrue(Float.isNaN((Float) nc.variable("b").attribute("_FillValue")));
    }
  }

  /** Every hyperslab of a record and a non-record variable equals the cut of the whole array. */
  @Test
  void slabsEqualTheCutOfTheWholeVariable(@TempDir Path dir) {
    int[] shape = {3, 2, 4, 5};
    NetcdfSchema s = new NetcdfSchema().recordDimension("time", 3).dimension("z", 2)
        .dimension("y", 4).dimension("x", 5);
    s.variable("other", NcType.INT, "time");
    s.variable("r", NcType.DOUBLE, "time", "z", "y", "x");
    s.variable("f", NcType.FLOAT, "z", "y", "x");
    Path file = dir.resolve("s.nc");
    try (NetcdfWriter w = NetcdfWriter.create(file, s)) {
      double[] fixed = new double[40];
      for (int i = 0; i < 40; i++) {
        fixed[i] = 1000 + i;
      }
      w.write("f", fixed);
      for (int t = 0; t < 3; t++) {
        double[] r = new double[40];
        for (int i = 0; i < 40; i++) {
          r[i] = t * 100 + i;
        }
        w.writeRecord("r", t, r);
        w.writeRecord("other", t, new double[] {-t});
      }
      w.commit();
    }
    java.util.SplittableRandom random = new java.util.SplittableRandom(1);
    try (NetcdfFile nc = NetcdfFile.open(file)) {
      double[] whole = nc.read("r");
      double[] fixed = nc.read("f");
      for (int trial = 0; trial < 200; trial++) {
        int[] start = new int[4];
        int[] count = new int[4];
        for (int k = 0; k < 4; k++) {
          start[k] = random.nextInt(shape[k]);
          count[k] = 1 + random.nextInt(shape[k] - start[k]);
        }
        assertArrayEquals(NetcdfFile.cut(whole, shape, start, count), nc.readSlab("r", start, count), 0.0,
            java.util.Arrays.toString(start) + " " + java.util.Arrays.toString(count));
        int[] s3 = java.util.Arrays.copyOfRange(start, 1, 4);
        int[] c3 = java.util.Arrays.copyOfRange(count, 1, 4);
        assertArrayEquals(NetcdfFile.cut(fixed, new int[] {2, 4, 5}, s3, c3), nc.readSlab("f", s3, c3), 0.0);
      }
      assertArrayEquals(new double[] {-1, -2}, nc.readSlab("other", new int[] {1}, new int[] {2}));
    }
  }

  @Test
  void aCutIsTheRowMajorBoxOfTheArray() {
    double[] whole = new double[2 * 3 * 4];
    for (int i = 0; i < whole.length; i++) {
      whole[i] = i;
    }
    assertArrayEquals(new double[] {17, 18, 21, 22},
        NetcdfFile.cut(whole, new int[] {2, 3, 4}, new int[] {1, 1, 1}, new int[] {1, 2, 2}));
  }

  @Test
  void aWriterClosedWithoutCommitLeavesNoFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a.nc");
    try (NetcdfWriter w = NetcdfWriter.create(file, schema())) {
      w.write("lat", new double[] {1, 2});
    }
    assertFalse(Files.exists(file));
    try (var s = Files.list(dir)) {
      assertEquals(0, s.count(), "no temporary file left");
    }
  }

  @Test
  void writesOutsideAVariableAreRefusedNamingIt(@TempDir Path dir) {
    try (NetcdfWriter w = NetcdfWriter.create(dir.resolve("a.nc"), schema())) {
      assertThrows(IndexOutOfBoundsException.class, () -> w.writeRecord("b", 3, slab(0)));
      assertThrows(IndexOutOfBoundsException.class, () -> w.writeRecord("b", 0, 1, slab(0)));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> w.write("b", slab(0)));
      assertTrue(e.getMessage().contains("'b' is a record variable"), e.getMessage());
    }
  }

  @Test
  void aFileThatIsNotClassicNetcdfIsRefusedNamingIt(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("x.nc"), "\u0089HDF\r\n\u001a\nrest of an HDF5 file");
    assertFalse(NetcdfFile.isClassic(file));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NetcdfFile.open(file));
    assertTrue(e.getMessage().contains("not a classic NetCDF file"), e.getMessage());
  }

  @Test
  void ncdumpShowsNamedDimensionsCoordinatesAndAttributes(@TempDir Path dir) {
    String header = ExternalTools.ncdumpHeader(writeSample(dir.resolve("a.nc")));
    assertTrue(header.contains("time = UNLIMITED ; // (3 currently)"), header);
    assertTrue(header.contains("lat = 2 ;") && header.contains("lon = 3 ;"), header);
    assertTrue(header.contains("float b(time, lat, lon) ;"), header);
    assertTrue(header.contains("b:_FillValue = NaNf ;"), header);
    assertTrue(header.contains("time:calendar = \"proleptic_gregorian\" ;"), header);
    assertTrue(header.contains(":Conventions = \"CF-1.8\" ;"), header);
  }

  @Test
  void xarrayDecodesTimeAndReadsTheValues(@TempDir Path dir) {
    Path file = writeSample(dir.resolve("a.nc"));
    String out = ExternalTools.xarray("""
        ds = xr.open_dataset(sys.argv[1])
        print(list(ds['d'].dims))
        print(str(ds['time'].values[2])[:10])
        print(float(ds['d'].values[1, 1, 2]))
        print(bool(ds['d'].isnull().values[2, 1, 1]))
        """, file.toString());
    assertEquals(List.of("['time', 'lat', 'lon']", "1998-01-03", "15.1", "True"),
        out.strip().lines().toList());
  }
}
