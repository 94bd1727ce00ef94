package io.github.seapopym4j.fitness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservationCsvReaderTest {

  @TempDir
  Path dir;

  private Path write(String content) throws IOException {
    Path f = dir.resolve("obs.csv");
    Files.writeString(f, content);
    return f;
  }

  private String failure(String content) throws IOException {
    Path f = write(content);
    return assertThrows(IllegalArgumentException.class, () -> ObservationCsvReader.read(f))
        .getMessage();
  }

  @Test
  void readsTheMinimalFormat() throws IOException {
    ObservationSet s = ObservationCsvReader.read(write("time,lat,lon,value\n"
        + "2000-01-03,21.5,151.5,0.25\n2000-01-04T12:00:00,21.5,151.5,0.5\r\n\n"));
    assertEquals(2, s.size());
    assertEquals(LocalDate.of(2000, 1, 4), s.date(1));
    assertEquals(Period.NONE, s.period(0));
    assertEquals(0.5, s.value(1));
    assertEquals(3, s.row(1));
  }

  @Test
  void readsOptionalColumnsInAnyOrder() throws IOException {
    ObservationSet s = ObservationCsvReader.read(write("group,value,period,lon,lat,time,unit\n"
        + ",250,Day,-158,22.75,2000-01-03,mg/m2\n"
        + "D1N1,1.5,,-158,22.75,2000-01-03,\n"
        + ",0.75,night,-158,22.75,2000-01-03,kg/m2\n"));
    assertEquals(Period.DAY, s.period(0));
    assertEquals(0.25, s.value(0), 1e-15);
    assertEquals(Optional.of("D1N1"), s.group(1));
    assertEquals(1.5, s.value(1));
    assertEquals(750, s.value(2), 1e-12);
  }

  @Test
  void concentrationsNeedAnIntegrationDepth() throws IOException {
    Path f = write("time,lat,lon,value\n2000-01-03,21.5,151.5,2\n");
    ObservationSet s = ObservationCsvReader.read(f, "mg/m3", 100);
    // 2 mg m-3 over 100 m = 200 mg m-2 = 0.2 g m-2.
    assertEquals(0.2, s.value(0), 1e-15);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ObservationCsvReader.read(f, "mg/m3", Double.NaN));
    assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("integration depth"),
        e.getMessage());
  }

  @Test
  void anUnknownColumnIsNamed() throws IOException {
    String m = failure("time,lat,lon,value,depth\n2000-01-03,21.5,151.5,0.2,100\n");
    assertTrue(m.contains("unknown column 'depth'") && m.contains("obs.csv"), m);
  }

  @Test
  void aMissingColumnIsNamed() throws IOException {
    String m = failure("time,lat,value\n2000-01-03,21.5,0.2\n");
    assertTrue(m.contains("missing column 'lon'"), m);
  }

  @Test
  void anUnparseableDateNamesLineAndColumn() throws IOException {
    String m = failure("time,lat,lon,value\n2000-01-03,21.5,151.5,0.2\n03/01/2000,21.5,151.5,0.2\n");
    assertTrue(m.contains("line 3") && m.contains("'time'") && m.contains("'03/01/2000'"), m);
  }

  @Test
  void negativeBiomassNamesLineAndValue() throws IOException {
    String m = failure("time,lat,lon,value\n2000-01-03,21.5,151.5,-0.2\n");
    assertTrue(m.contains("line 2") && m.contains("'value'") && m.contains("-0.2"), m);
  }

  @Test
  void aUnitThatCannotBeConvertedNamesLineAndUnit() throws IOException {
    String m = failure("time,lat,lon,value,unit\n2000-01-03,21.5,151.5,2,ml/m3\n");
    assertTrue(m.contains("line 2") && m.contains("'ml/m3'"), m);
  }

  @Test
  void aBadPeriodOrNumberIsNamed() throws IOException {
    String p = failure("time,lat,lon,value,period\n2000-01-03,21.5,151.5,2,dusk\n");
    assertTrue(p.contains("'period'") && p.contains("'dusk'"), p);
    String n = failure("time,lat,lon,value\n2000-01-03,21.5,east,2\n");
    assertTrue(n.contains("'lon'") && n.contains("'east'"), n);
    String f = failure("time,lat,lon,value\n2000-01-03,21.5,151.5\n");
    assertTrue(f.contains("expected 4 fields") && f.contains("found 3"), f);
  }
}
