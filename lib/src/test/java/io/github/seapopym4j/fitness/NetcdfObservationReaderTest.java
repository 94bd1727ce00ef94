package io.github.seapopym4j.fitness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableDataset;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small files written with jHDF in the layout of the SeapoPym products (netCDF-4 dimension ids in
 * {@code _Netcdf4Dimid} / {@code _Netcdf4Coordinates}), and the real products when present.
 */
class NetcdfObservationReaderTest {

  private static final String PRODUCTS = "seapopym-data/historical_products/";

  @TempDir
  Path dir;

  /** day(time=3, latitude=2, longitude=1, layer=1) and night, mg/m3; dims lat 0, lon 1, layer 2, time 3. */
  private Path gridded(String units, String calendar, int layers) {
    Path f = dir.resolve("product.nc");
    try (WritableHdfFile h = HdfFile.write(f)) {
      coordinate(h, "latitude", new double[] {21.5, 22.5}, 0, "degrees_north");
      coordinate(h, "longitude", new double[] {-158.0}, 1, "degrees_east");
      coordinate(h, "layer", layers == 1 ? new long[] {0} : new long[] {0, 1, 2}, 2, null);
      WritableDataset t = coordinate(h, "time", new long[] {0, 1, 40}, 3, "days since 2000-01-01 00:00:00");
      if (calendar != null) {
        t.putAttribute("calendar", calendar);
      }
      double[][][][] day = new double[3][2][1][layers];
      double[][][][] night = new double[3][2][1][layers];
      for (int i = 0; i < 3; i++) {
        for (int y = 0; y < 2; y++) {
          for (int z = 0; z < layers; z++) {
            day[i][y][0][z] = 1 + i + 10 * y;
            night[i][y][0][z] = Double.NaN;
          }
        }
      }
      night[2][1][0][0] = 4;
      variable(h, "day", day, new int[] {3, 0, 1, 2}, units);
      variable(h, "night", night, new int[] {3, 0, 1, 2}, units);
    }
    return f;
  }

  private static WritableDataset coordinate(WritableHdfFile h, String name, Object data, int dimId,
      String units) {
    WritableDataset d = h.putDataset(name, data);
    d.putAttribute("_Netcdf4Dimid", dimId);
    if (units != null) {
      d.putAttribute("units", units);
    }
    return d;
  }

  private static void variable(WritableHdfFile h, String name, Object data, int[] dims,
      String units) {
    WritableDataset d = h.putDataset(name, data);
    d.putAttribute("_Netcdf4Coordinates", dims);
    if (units != null) {
      d.putAttribute("units", units);
    }
  }

  @Test
  void readsDayAndNightAndIntegratesConcentrationsOverTheDepth() {
    ObservationSet s = NetcdfObservationReader.read(gridded("mg/m3", "proleptic_gregorian", 1), 150);
    // 6 day values and 1 night value; NaN means "not observed".
    assertEquals(7, s.size());
    // day[t=0][y=1] = 11 mg m-3 × 150 m = 1650 mg m-2 = 1.65 g m-2.
    assertEquals(LocalDate.of(2000, 1, 1), s.date(1));
    assertEquals(22.5, s.latitude(1));
    assertEquals(-158.0, s.longitude(1));
    assertEquals(Period.DAY, s.period(1));
    assertEquals(1.65, s.value(1), 1e-12);
    // night[t=2][y=1] = 4 mg m-3 at 2000-01-01 + 40 days.
    assertEquals(Period.NIGHT, s.period(6));
    assertEquals(LocalDate.of(2000, 2, 10), s.date(6));
    assertEquals(0.6, s.value(6), 1e-12);
    assertEquals(3, s.row(6));
  }

  @Test
  void aConcentrationWithoutDepthIsAnError() {
    Path f = gridded("mg/m3", null, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NetcdfObservationReader.read(f, Double.NaN));
    assertTrue(e.getMessage().contains("variable 'day'") && e.getMessage().contains("mg/m3")
        && e.getMessage().contains("integration depth"), e.getMessage());
  }

  @Test
  void missingOrUnconvertibleUnitsAreNamed() {
    Path f = gridded(null, null, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NetcdfObservationReader.read(f, 100));
    assertTrue(e.getMessage().contains("variable 'day'") && e.getMessage().contains("no unit"),
        e.getMessage());
    Path g = gridded("mgC/m3", null, 1);
    e = assertThrows(IllegalArgumentException.class, () -> NetcdfObservationReader.read(g, 100));
    assertTrue(e.getMessage().contains("'mgC/m3'"), e.getMessage());
  }

  @Test
  void anUnsupportedCalendarIsNamed() {
    Path f = gridded("g/m2", "noleap", 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NetcdfObservationReader.read(f, Double.NaN));
    assertTrue(e.getMessage().contains("variable 'time'") && e.getMessage().contains("'noleap'"),
        e.getMessage());
  }

  @Test
  void severalLayersAreRejected() {
    Path f = gridded("g/m2", null, 3);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NetcdfObservationReader.read(f, Double.NaN));
    assertTrue(e.getMessage().contains("3 layers"), e.getMessage());
  }

  @Test
  void aStationTimeSeriesNeedsThePosition() {
    Path f = dir.resolve("station.nc");
    try (WritableHdfFile h = HdfFile.write(f)) {
      coordinate(h, "time", new double[] {0.5, 2.25}, 0, "hours since 2001-03-01");
      variable(h, "night", new double[] {2.0, -1.0}, new int[] {0}, "g/m2");
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NetcdfObservationReader.read(f, Double.NaN));
    assertTrue(e.getMessage().contains("station position"), e.getMessage());
    // With the position, the negative value is reported with its date.
    e = assertThrows(IllegalArgumentException.class,
        () -> NetcdfObservationReader.read(f, Double.NaN, 22.75, -158));
    assertTrue(e.getMessage().contains("variable 'night'") && e.getMessage().contains("2001-03-01")
        && e.getMessage().contains("-1.0"), e.getMessage());
  }

  @Test
  void aFileWithoutDayOrNightIsNamed() {
    Path f = dir.resolve("other.nc");
    try (WritableHdfFile h = HdfFile.write(f)) {
      h.putDataset("biomass", new double[] {1});
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NetcdfObservationReader.read(f, 100));
    assertTrue(e.getMessage().contains("no variable 'day' or 'night'")
        && e.getMessage().contains("biomass"), e.getMessage());
  }

  @Test
  void theRealHotProductEqualsItsOlderStationVersion() {
    // Two layouts of the same data: day(time, latitude, longitude, layer) with coordinates, and the
    // 2024 station series day(time) that needs the position.
    ObservationSet gridded = NetcdfObservationReader.read(
        SharedData.require(PRODUCTS + "1c417c98__Hot_zooplankton.nc"), 100);
    ObservationSet station = NetcdfObservationReader.read(
        SharedData.require(PRODUCTS + "3d517c3d__hot_zooplankton.nc"), 100, 22.75, -158);
    // PROVENANCE.md: 546 dates from 1994-02-17 to 2022-09-02.
    assertEquals(LocalDate.of(1994, 2, 17), gridded.firstDate());
    assertEquals(LocalDate.of(2022, 9, 2), gridded.lastDate());
    assertEquals(gridded.size(), station.size());
    for (int i = 0; i < gridded.size(); i++) {
      assertEquals(gridded.date(i), station.date(i));
      assertEquals(gridded.period(i), station.period(i));
      assertEquals(gridded.value(i), station.value(i));
      assertEquals(22.75, gridded.latitude(i));
      assertEquals(-158.0, gridded.longitude(i));
    }
  }

  @Test
  void theRealMergedProductDecodesNegativeTimeOffsets() {
    // final_zooplankton: time in days since 1995-05-10, HOT starts 447 days earlier.
    ObservationSet s = NetcdfObservationReader.read(
        SharedData.require(PRODUCTS + "1c417c98__final_zooplankton.nc"), 100);
    assertEquals(LocalDate.of(1994, 2, 17), s.firstDate());
    assertEquals(LocalDate.of(2022, 12, 13), s.lastDate());
    ObservationSet papa = NetcdfObservationReader.read(
        SharedData.require(PRODUCTS + "1c417c98__Papa_zooplankton.nc"), 100);
    assertEquals(LocalDate.of(1995, 9, 24), papa.firstDate());
    assertEquals(LocalDate.of(2020, 8, 31), papa.lastDate());
  }
}
