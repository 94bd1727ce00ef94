package io.github.seapopym4j.forcing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.api.WritableDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

class NetcdfReaderTest {

  @TempDir Path dir;

  private static final LoadOptions DEFAULTS = LoadOptions.defaults();
  private static final long[] DAYS = {0, 1, 2};
  private static final double[] LAT = {-1.5, 0.5};
  private static final double[] LON = {10, 20, 30};
  private static final long[] Z = {1, 2};

  /** The value written at (time t, lat y, lon x, layer z): its digits spell the indices. */
  private static double code(int t, int y, int x, int z) {
    return 1000 * t + 100 * y + 10 * x + z;
  }

  /** A file with T stored (time, Z, lat, lon) and npp stored (lon, time, lat). */
  private Path transposedFile(String tUnits, String ppUnits) {
    return NetcdfFixture.write(dir.resolve("transposed.nc"), f -> {
      NetcdfFixture.standardCoordinates(f, DAYS, LAT, LON, Z);
      NetcdfFixture.variable(f, "T", NetcdfFixture.array4(3, 2, 2, 3, i -> code(i[0], i[2], i[3], i[1])),
          new int[] {0, 3, 1, 2}, tUnits);
      NetcdfFixture.variable(f, "npp", NetcdfFixture.array3(3, 3, 2, i -> code(i[1], i[2], i[0], 0)),
          new int[] {2, 0, 1}, ppUnits);
    });
  }

  @Test
  void case2IsFoundByNameReadLazilyAndMatchesTheDocumentedFormula() {
    GridVariable t = NetcdfReader.temperature(ReferenceFiles.CASE2, DEFAULTS);
    GridVariable pp = NetcdfReader.production(ReferenceFiles.CASE2, DEFAULTS);
    try (Forcing ft = t.forcing(); Forcing fp = pp.forcing()) {
      assertTrue(t.origin().endsWith("variable 'temperature'"), t.origin());
      assertTrue(pp.origin().endsWith("variable 'primary_production'"), pp.origin());
      assertFalse(ft.isLoaded(), "values are read on first use");
      assertEquals(new TimeAxis(LocalDate.of(2000, 1, 1), 1, 400), t.time());
      assertArrayEquals(new double[] {-40, 0.5, 60}, t.latitude());
      assertArrayEquals(new double[] {10, 150}, t.longitude());
      assertArrayEquals(new int[] {1, 2, 3}, t.layers());
      // README formulas, d = day index, j/i = Y/X index, off = 0.1 j − 0.05 i. numpy and Java may
      // differ by an ulp in sin/cos, so compare to 1e-12 (the README's own agreement target).
      int d = 123;
      double off = 0.1 * 2 - 0.05 * 1;
      assertEquals(12 + off + 1.5 * Math.sin(2 * Math.PI * (d - 100) / 365), ft.get(d, 2, 1, 1), 1e-12);
      double npp = 0.5 + 0.01 * 2 + 0.3 * Math.cos(2 * Math.PI * d / 365)
          + 0.05 * Math.sin(2 * Math.PI * d / 7.3);
      assertEquals(npp, fp.get(d, 2, 1), 1e-12);
      assertTrue(ft.isLoaded());
      assertTrue(Double.isNaN(ft.get(d, 0, 1, 0)) && Double.isNaN(fp.get(d, 0, 1)), "land cell (−40, 150)");
      assertEquals(24 + 0.1 + 3.0 * Math.sin(2 * Math.PI * (d - 80) / 365), ft.get(d, 1, 0, 0), 1e-12);
      assertTrue(Double.isNaN(ft.get(d, 1, 0, 1)) && Double.isNaN(ft.get(d, 1, 0, 2)), "shallow cell");
    }
  }

  @Test
  void gridAStateFileGivesTheInputForcingsNotTheGilloolyField() {
    GridVariable t = NetcdfReader.temperature(ReferenceFiles.GRID_A_STATE, DEFAULTS);
    GridVariable csv = LongCsvReader.readTemperature(ReferenceFiles.GRID_A_TEMPERATURE, DEFAULTS);
    GridVariable pp = NetcdfReader.production(ReferenceFiles.GRID_A_STATE, DEFAULTS);
    GridVariable ppCsv = LongCsvReader.readProduction(ReferenceFiles.GRID_A_PRODUCTION, DEFAULTS);
    try (Forcing a = t.forcing(); Forcing b = csv.forcing(); Forcing c = pp.forcing();
        Forcing e = ppCsv.forcing()) {
      assertTrue(t.origin().endsWith("'forcing_temperature'"), t.origin());
      assertEquals(csv.time(), t.time());
      assertArrayEquals(b.toDoubleArray(), a.toDoubleArray(), "same doubles as the 17-digit CSV");
      assertArrayEquals(e.toDoubleArray(), c.toDoubleArray());
    }
  }

  @Test
  void anyDimensionOrderIsTransposedIntoTimeLatLonLayer() {
    Path f = transposedFile("degC", "g m-2 d-1");
    try (Forcing t = NetcdfReader.temperature(f, DEFAULTS).forcing();
        Forcing pp = NetcdfReader.production(f, DEFAULTS).forcing()) {
      assertArrayEquals(new long[] {3, 2, 3, 2}, t.shape());
      for (int s = 0; s < 3; s++) {
        for (int y = 0; y < 2; y++) {
          for (int x = 0; x < 3; x++) {
            assertEquals(code(s, y, x, 0), pp.get(s, y, x));
            for (int z = 0; z < 2; z++) {
              assertEquals(code(s, y, x, z), t.get(s, y, x, z));
            }
          }
        }
      }
    }
  }

  @Test
  void kelvinAndMilligramsAreConvertedAndFloatIsHonoured() {
    Path f = transposedFile("K", "mg/m2/day");
    LoadOptions o = LoadOptions.builder().dataType(DataType.FLOAT).build();
    try (Forcing t = NetcdfReader.temperature(f, o).forcing();
        Forcing pp = NetcdfReader.production(f, o).forcing()) {
      assertEquals(DataType.FLOAT, t.dataType());
      // float32 rounding of values up to ~2000: absolute error ≤ 2000 · 2⁻²⁴ ≈ 1.2e-4.
      assertEquals(code(2, 1, 2, 1) - 273.15, t.get(2, 1, 2, 1), 2e-4);
      assertEquals(code(2, 1, 2, 0) * 1e-3, pp.get(2, 1, 2), 1e-6);
    }
  }

  @Test
  void fillValuesBecomeNanAndPackingIsApplied() {
    Path f = NetcdfFixture.write(dir.resolve("packed.nc"), w -> {
      NetcdfFixture.standardCoordinates(w, DAYS, LAT, LON, null);
      WritableDataset t = NetcdfFixture.variable(w, "thetao",
          NetcdfFixture.array3(3, 2, 3, i -> i[2] == 0 ? -32767 : 100 * i[0]), new int[] {0, 1, 2}, "degC");
      t.putAttribute("_FillValue", new double[] {-32767});
      t.putAttribute("scale_factor", new double[] {0.01});
      t.putAttribute("add_offset", new double[] {20});
      NetcdfFixture.variable(w, "intpp", NetcdfFixture.array3(3, 2, 3, i -> 1), new int[] {0, 1, 2},
          "g/m2/d");
    });
    GridVariable g = NetcdfReader.temperature(f, DEFAULTS);
    try (Forcing t = g.forcing()) {
      assertArrayEquals(new int[] {1}, g.layers(), "a 3-D temperature is one layer labelled 1");
      assertTrue(Double.isNaN(t.get(2, 1, 0, 0)));
      assertEquals(22.0, t.get(2, 1, 1, 0), 1e-12); // 200 · 0.01 + 20
    }
  }

  @Test
  void aLayerDimensionWithoutCoordinateIsLabelledFromOne() {
    Path f = NetcdfFixture.write(dir.resolve("phony.nc"), w -> {
      NetcdfFixture.standardCoordinates(w, DAYS, LAT, LON, null);
      NetcdfFixture.phonyDimension(w, "layer", 3, 2);
      NetcdfFixture.variable(w, "T", NetcdfFixture.array4(3, 2, 3, 2, i -> 5), new int[] {0, 1, 2, 3},
          "degC");
    });
    GridVariable g = NetcdfReader.temperature(f, DEFAULTS);
    g.forcing().close();
    assertArrayEquals(new int[] {1, 2}, g.layers());
  }

  @Test
  void aMissingVariableNamesTheFileAndTheVariablesPresent() {
    LoadOptions o = LoadOptions.builder().temperatureVariable("thetao").build();
    String m = assertThrows(IllegalArgumentException.class,
        () -> NetcdfReader.temperature(ReferenceFiles.CASE2, o)).getMessage();
    assertTrue(m.contains("case2_2d_land_shallow.nc") && m.contains("'thetao'")
        && m.contains("does not exist") && m.contains("primary_production"), m);
    Path f = NetcdfFixture.write(dir.resolve("nothing.nc"), w -> {
      NetcdfFixture.standardCoordinates(w, DAYS, LAT, LON, null);
      NetcdfFixture.variable(w, "chl", NetcdfFixture.array3(3, 2, 3, i -> 1), new int[] {0, 1, 2}, "mg/m3");
    });
    m = assertThrows(IllegalArgumentException.class,
        () -> NetcdfReader.production(f, DEFAULTS)).getMessage();
    assertTrue(m.contains("nothing.nc") && m.contains("no primary production variable")
        && m.contains("npp") && m.contains("[chl]") && m.contains("productionVariable"), m);
  }

  @Test
  void missingOrUnknownUnitsNameFileVariableAndTheAcceptedUnits() {
    Path f = transposedFile(null, "mmol m-3");
    String m = assertThrows(IllegalArgumentException.class,
        () -> NetcdfReader.temperature(f, DEFAULTS)).getMessage();
    assertTrue(m.contains("transposed.nc variable 'T'") && m.contains("no 'units'")
        && m.contains("temperatureUnits"), m);
    m = assertThrows(IllegalArgumentException.class,
        () -> NetcdfReader.production(f, DEFAULTS)).getMessage();
    assertTrue(m.contains("transposed.nc variable 'npp'") && m.contains("'mmol m-3'")
        && m.contains("mg m-2 d-1"), m);
    LoadOptions o = LoadOptions.builder().temperatureUnits("degC").productionUnits("g/m2/day").build();
    NetcdfReader.temperature(f, o).forcing().close();
    NetcdfReader.production(f, o).forcing().close();
  }

  @Test
  void anUnsortedOrNonUniformTimeCoordinateNamesTheFile() {
    Path f = NetcdfFixture.write(dir.resolve("time.nc"), w -> {
      NetcdfFixture.standardCoordinates(w, new long[] {0, 2, 1}, LAT, LON, null);
      NetcdfFixture.variable(w, "npp", NetcdfFixture.array3(3, 2, 3, i -> 1), new int[] {0, 1, 2}, "g/m2/d");
    });
    String m = assertThrows(IllegalArgumentException.class,
        () -> NetcdfReader.production(f, DEFAULTS)).getMessage();
    assertTrue(m.contains("time.nc variable 'npp' time 'time'") && m.contains("not sorted"), m);
  }

  @Test
  void negativeProductionIsReportedOnFirstUse() {
    Path f = NetcdfFixture.write(dir.resolve("neg.nc"), w -> {
      NetcdfFixture.standardCoordinates(w, DAYS, LAT, LON, null);
      NetcdfFixture.variable(w, "npp", NetcdfFixture.array3(3, 2, 3, i -> i[0] == 1 && i[2] > 0 ? -2 : 1),
          new int[] {0, 1, 2}, "g/m2/d");
    });
    try (Forcing pp = NetcdfReader.production(f, DEFAULTS).forcing()) {
      String m = assertThrows(IllegalArgumentException.class, () -> pp.get(0, 0, 0)).getMessage();
      assertTrue(m.contains("neg.nc variable 'npp'") && m.contains("≥ 0") && m.contains("4 values")
          && m.contains("2000-01-02") && m.contains("lon 20.0"), m);
      assertFalse(pp.isLoaded());
    }
  }

  @Test
  void aFileChangedAfterItsHeaderWasReadIsNotReadHalfWay() throws IOException {
    Path f = transposedFile("degC", "g/m2/day");
    try (Forcing t = NetcdfReader.temperature(f, DEFAULTS).forcing()) {
      Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 5000));
      String m = assertThrows(IllegalStateException.class, () -> t.get(0, 0, 0, 0)).getMessage();
      assertTrue(m.contains("transposed.nc") && m.contains("changed since it was opened"), m);
    }
  }

  @Test
  void aFileThatIsNotHdf5MentionsNetcdf3() throws IOException {
    Path f = Files.writeString(dir.resolve("classic.nc"), "CDF\u0001 not really");
    String m = assertThrows(IllegalArgumentException.class,
        () -> NetcdfReader.temperature(f, DEFAULTS)).getMessage();
    assertTrue(m.contains("classic.nc") && m.contains("NetCDF-3"), m);
  }
}
