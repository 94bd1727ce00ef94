package io.github.seapopym4j.fitness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotZooplanktonReaderTest {

  private static final String HEADER =
      ",time,lat,lon,depth,cruise,frac,tow,vol,svol,wwt,dwt,carb,nit,abnd\n";
  /** Sums are exact in binary only approximately: 3-term sums of decimals, so 1e-15. */
  private static final double TOL = 1e-15;

  @TempDir
  Path dir;

  private static String row(int i, String time, String cruise, int frac, int tow, String dwt) {
    return String.format("%d,%s,22.75,-158,175,%s,%d,%d,700,,0.5,%s,1.0,0.2,10.0%n", i, time, cruise,
        frac, tow, dwt);
  }

  /** A day tow, two night tows (one after midnight), one with a gap and one with a negative. */
  private Path smallFile() throws IOException {
    String s = HEADER
        + row(0, "2000-01-10T11:08:00", "HOT100", 0, 1, "0.1")
        + row(1, "2000-01-10T11:08:00", "HOT100", 1, 1, "0.2")
        + row(2, "2000-01-10T11:08:00", "HOT100", 2, 1, "0.3")
        + row(3, "2000-01-10T23:00:00", "HOT100", 0, 2, "0.5")
        + row(4, "2000-01-10T23:00:00", "HOT100", 1, 2, "0.25")
        + row(5, "2000-01-11T00:30:00", "HOT100", 0, 3, "1.0")
        + row(6, "2000-01-11T00:30:00", "HOT100", 1, 3, "0.5")
        + row(7, "2000-01-11T13:00:00", "HOT100", 0, 4, "")
        + row(8, "2000-01-11T13:00:00", "HOT100", 1, 4, "0.5")
        + row(9, "2000-01-11T22:00:00", "HOT100", 0, 5, "-0.01")
        + row(10, "2000-01-11T22:00:00", "HOT100", 1, 5, "0.5");
    Path f = dir.resolve("hot_zooplankton.csv");
    Files.writeString(f, s);
    return f;
  }

  @Test
  void sumsTheFractionsOfEachTowAndTagsDayOrNightByLocalTime() throws IOException {
    ObservationSet s = HotZooplanktonReader.read(smallFile());
    assertEquals(3, s.size());
    assertEquals(0.6, s.value(0), TOL);
    assertEquals(Period.DAY, s.period(0));
    assertEquals(LocalDate.of(2000, 1, 10), s.date(0));
    assertEquals(0.75, s.value(1), TOL);
    assertEquals(Period.NIGHT, s.period(1));
    assertEquals(22.75, s.latitude(1));
    assertEquals(-158.0, s.longitude(1));
    // The 00:30 tow keeps its own (local) calendar date.
    assertEquals(LocalDate.of(2000, 1, 11), s.date(2));
    assertEquals(Period.NIGHT, s.period(2));
    assertEquals(1.5, s.value(2), TOL);
    // Observations are numbered by the line of the tow's first fraction.
    assertEquals(7, s.row(2));
  }

  @Test
  void towsWithAMissingOrNegativeFractionAreSkippedAndNamed() throws IOException {
    ObservationSet s = HotZooplanktonReader.read(smallFile());
    String notes = String.join("\n", s.notes());
    assertTrue(notes.contains("2 tows skipped") && notes.contains("HOT100 tow 4")
        && notes.contains("no dry weight") && notes.contains("HOT100 tow 5")
        && notes.contains("negative dry weight -0.01"), notes);
  }

  @Test
  void strictReadingFailsOnTheFirstIncompleteTow() throws IOException {
    Path f = smallFile();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HotZooplanktonReader.read(f, HotZooplanktonReader.Options.defaults().withStrict(true)));
    assertTrue(e.getMessage().contains("line 9") && e.getMessage().contains("'dwt'")
        && e.getMessage().contains("HOT100 tow 4"), e.getMessage());
  }

  @Test
  void theDayWindowIsConfigurable() throws IOException {
    // With day = [12:00, 24:00) the 11:08 tow is a night tow and the 23:00 tow a day tow.
    ObservationSet s = HotZooplanktonReader.read(smallFile(), new HotZooplanktonReader.Options(
        LocalTime.NOON, LocalTime.MAX, false));
    assertEquals(Period.NIGHT, s.period(0));
    assertEquals(Period.DAY, s.period(1));
  }

  @Test
  void theUnitComesFromTheMetaFileWhenPresent() throws IOException {
    Path f = smallFile();
    Files.writeString(dir.resolve("hot_zooplankton_meta.csv"),
        ",Variable,Unit,Dataset_Description\n0,abnd,#/m2,\"a, b\"\n1,dwt,mg/m2,\"x\"\n");
    assertEquals(0.6e-3, HotZooplanktonReader.read(f).value(0), 1e-18);
    Files.writeString(dir.resolve("hot_zooplankton_meta.csv"), ",Variable,Unit\n1,dwt,ml/m3\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HotZooplanktonReader.read(f));
    assertTrue(e.getMessage().contains("'ml/m3'") && e.getMessage().contains("dwt"),
        e.getMessage());
  }

  @Test
  void anUnparseableTimeOrMissingColumnIsNamed() throws IOException {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, HEADER + row(0, "17/02/1994 11:08", "HOT052", 0, 8, "0.1"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HotZooplanktonReader.read(f));
    assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("'17/02/1994 11:08'"),
        e.getMessage());
    Files.writeString(f, ",time,lat,lon,cruise,frac,tow\n");
    e = assertThrows(IllegalArgumentException.class, () -> HotZooplanktonReader.read(f));
    assertTrue(e.getMessage().contains("missing column 'dwt'"), e.getMessage());
  }

  @Test
  void readsTheRealHotFile() {
    Path f = SharedData.require("seapopym-data/raw_head_4872810/hot__hot_zooplankton.csv");
    ObservationSet s = HotZooplanktonReader.read(f);
    // Counted independently (Python csv): 1558 tows of 6 fractions; 20 have an empty or negative
    // dwt; of the 1538 others 768 start in [06:00, 18:00) HST.
    assertEquals(1538, s.size());
    long day = java.util.stream.IntStream.range(0, s.size())
        .filter(i -> s.period(i) == Period.DAY).count();
    assertEquals(768, day);
    // First tow HOT052/8 at 1994-02-17T11:08: 0.0132+0.0417+0.023+0.0374+0.0302+0.1456.
    assertEquals(LocalDate.of(1994, 2, 17), s.date(0));
    assertEquals(0.2911, s.value(0), 1e-12);
    assertEquals(Period.DAY, s.period(0));
    // Last tow HOT339/1640 at 2022-09-02T22:13, a night tow.
    assertEquals(LocalDate.of(2022, 9, 2), s.lastDate());
    assertEquals(3.0896, s.value(s.size() - 1), 1e-12);
    assertEquals(Period.NIGHT, s.period(s.size() - 1));
    assertTrue(s.notes().get(1).startsWith("20 tows skipped"), s.notes().toString());
  }
}
