package io.github.seapopym4j.forcing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

class LongCsvReaderTest {

  @TempDir Path dir;

  private static final LoadOptions DEFAULTS = LoadOptions.defaults();

  private String productionError(String... rows) {
    List<String> lines = new ArrayList<>(List.of("time,lat,lon,value"));
    lines.addAll(List.of(rows));
    Path f = ReferenceFiles.write(dir, "pp.csv", lines.toArray(String[]::new));
    return assertThrows(IllegalArgumentException.class,
        () -> LongCsvReader.readProduction(f, DEFAULTS)).getMessage();
  }

  @Test
  void gridATemperatureIsSortedIntoTimeLatLonLayer() {
    GridVariable g = LongCsvReader.readTemperature(ReferenceFiles.GRID_A_TEMPERATURE, DEFAULTS);
    try (Forcing t = g.forcing()) {
      assertEquals(new TimeAxis(LocalDate.of(2000, 1, 1), 1, 731), g.time());
      assertArrayEquals(new double[] {20.5, 21.5, 22.5}, g.latitude());
      assertArrayEquals(new double[] {150.5, 151.5, 152.5, 153.5}, g.longitude());
      assertArrayEquals(new int[] {1, 2, 3}, g.layers());
      assertArrayEquals(new long[] {731, 3, 4, 3}, t.shape());
      // Expected values copied from the text of forcing_temperature.csv (17 significant digits
      // parse to the same double, so equality is exact).
      assertEquals(23.730683079567566, t.get(0, 0, 0, 0));
      assertEquals(12.32776767667683, t.get(196, 1, 2, 1)); // 2000-07-15, 21.5, 152.5, layer 2
      assertEquals(5.5671476549936472, t.get(730, 2, 3, 2)); // 2001-12-31, 22.5, 153.5, layer 3
    }
  }

  @Test
  void gridAProductionIsReadInGramsPerSquareMetrePerDay() {
    GridVariable g = LongCsvReader.readProduction(ReferenceFiles.GRID_A_PRODUCTION, DEFAULTS);
    try (Forcing pp = g.forcing()) {
      assertEquals(ForcingSet.PRODUCTION_UNITS, pp.units());
      assertEquals(0.46249871447827412, pp.get(0, 0, 0));
      assertEquals(0.24402038726773384, pp.get(196, 1, 2));
      assertEquals(0.54018753640391937, pp.get(730, 2, 3));
    }
  }

  @Test
  void rowOrderDoesNotMatter() throws IOException {
    List<String> lines = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(ReferenceFiles.GRID_A_PRODUCTION))) {
      Collections.addAll(lines, new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    }
    String header = lines.remove(0);
    Collections.shuffle(lines, new Random(3));
    lines.add(0, header);
    Path shuffled = ReferenceFiles.write(dir, "shuffled.csv", lines.toArray(String[]::new));
    GridVariable a = LongCsvReader.readProduction(ReferenceFiles.GRID_A_PRODUCTION, DEFAULTS);
    GridVariable b = LongCsvReader.readProduction(shuffled, DEFAULTS);
    try (Forcing fa = a.forcing(); Forcing fb = b.forcing()) {
      assertArrayEquals(fa.toDoubleArray(), fb.toDoubleArray());
      assertEquals(a.time(), b.time());
    }
  }

  @Test
  void unitsAreConvertedAndFloatIsHonoured() {
    Path t = ReferenceFiles.write(dir, "t.csv", "time,lat,lon,layer,value", "2000-01-01,0,0,1,300.15");
    Path pp = ReferenceFiles.write(dir, "pp.csv", "time,lat,lon,value", "2000-01-01,0,0,250");
    LoadOptions o = LoadOptions.builder().temperatureUnits("K").productionUnits("mg/m2/day")
        .dataType(DataType.FLOAT).build();
    try (Forcing ft = LongCsvReader.readTemperature(t, o).forcing();
        Forcing fp = LongCsvReader.readProduction(pp, o).forcing()) {
      assertEquals(DataType.FLOAT, ft.dataType());
      // 300.15 − 273.15 in double is 27.000000000000023; float32 rounding then dominates (≤ 2e-6).
      assertEquals(27.0, ft.get(0, 0, 0, 0), 2e-6);
      assertEquals(0.25, fp.get(0, 0, 0), 0.25 * 6e-8);
    }
  }

  @Test
  void duplicateRowsNameBothLines() {
    String m = productionError("2000-01-01,0,0,1", "2000-01-02,0,0,1", "2000-01-01,0,0,2");
    assertTrue(m.contains("pp.csv") && m.contains("line 4") && m.contains("duplicate")
        && m.contains("time=2000-01-01, lat=0.0, lon=0.0") && m.contains("line 2"), m);
  }

  @Test
  void missingRowsNameTheFirstAbsentCombinationAndTheCount() {
    String m = productionError("2000-01-01,0,0,1", "2000-01-01,0,1,1", "2000-01-02,0,0,1");
    assertTrue(m.contains("pp.csv") && m.contains("missing rows") && m.contains("1 are absent")
        && m.contains("time=2000-01-02, lat=0.0, lon=1.0"), m);
  }

  @Test
  void aNonUniformTimeAxisNamesTheGap() {
    String m = productionError("2000-01-01,0,0,1", "2000-01-02,0,0,1", "2000-01-04,0,0,1");
    assertTrue(m.contains("pp.csv") && m.contains("not uniform") && m.contains("2000-01-02")
        && m.contains("2000-01-04") && m.contains("2 days"), m);
  }

  @Test
  void anUnparseableDateGivesItsLineNumber() {
    String m = productionError("2000-01-01,0,0,1", "01/02/2000,0,0,1");
    assertTrue(m.contains("line 3") && m.contains("'01/02/2000'") && m.contains("yyyy-MM-dd"), m);
    m = productionError("2000-01-01T12:00:00,0,0,1");
    assertTrue(m.contains("line 2") && m.contains("T12:00"), m);
  }

  @Test
  void midnightTimestampsAreDates() {
    Path f = ReferenceFiles.write(dir, "pp.csv", "time,lat,lon,value", "2000-01-01T00:00:00,0,0,1",
        "2000-01-02 00:00:00,0,0,2");
    try (Forcing pp = LongCsvReader.readProduction(f, DEFAULTS).forcing()) {
      assertEquals(2.0, pp.get(1, 0, 0));
    }
  }

  @Test
  void badCoordinatesGiveTheirLineNumber() {
    String m = productionError("2000-01-01,0,0,1", "2000-01-01,north,0,1");
    assertTrue(m.contains("line 3") && m.contains("column 'lat'") && m.contains("'north'"), m);
    Path t = ReferenceFiles.write(dir, "t.csv", "time,lat,lon,layer,value", "2000-01-01,0,0,1.5,3");
    m = assertThrows(IllegalArgumentException.class,
        () -> LongCsvReader.readTemperature(t, DEFAULTS)).getMessage();
    assertTrue(m.contains("line 2") && m.contains("column 'layer'") && m.contains("'1.5'"), m);
  }

  @Test
  void negativeProductionGivesItsLineAndValue() {
    String m = productionError("2000-01-01,0,0,1", "2000-01-02,0,0,-0.5");
    assertTrue(m.contains("pp.csv") && m.contains("line 3") && m.contains("≥ 0") && m.contains("-0.5"), m);
  }

  @Test
  void nanMarksLandAndMissingLayers() {
    Path t = ReferenceFiles.write(dir, "t.csv", "time,lat,lon,layer,value", "2000-01-01,0,0,1,20",
        "2000-01-01,0,0,2,NaN");
    try (Forcing f = LongCsvReader.readTemperature(t, DEFAULTS).forcing()) {
      assertEquals(20.0, f.get(0, 0, 0, 0));
      assertTrue(Double.isNaN(f.get(0, 0, 0, 1)));
    }
  }
}
