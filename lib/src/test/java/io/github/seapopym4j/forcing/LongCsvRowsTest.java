package io.github.seapopym4j.forcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongCsvRowsTest {

  @TempDir Path dir;

  private static LongCsvRows readProduction(Path file) {
    return LongCsvRows.read(file, LongCsvReader.PRODUCTION_HEADER, LongCsvReader.TEMPERATURE_HEADER,
        "primary production");
  }

  private static String message(Path file) {
    return assertThrows(IllegalArgumentException.class, () -> readProduction(file)).getMessage();
  }

  @Test
  void rowsAreSplitIntoKeyIdsAndValues() {
    Path f = ReferenceFiles.write(dir, "pp.csv", "time,lat,lon,value", "2000-01-01,1.5,10,0.5",
        "2000-01-01,1.5,11,NaN", "2000-01-02,1.5,10,", "2000-01-02,1.5,11,-1e-3");
    LongCsvRows rows = readProduction(f);
    assertEquals(4, rows.size);
    assertEquals(java.util.List.of("2000-01-01", "2000-01-02"), rows.keys[0].strings);
    assertEquals(java.util.List.of("10", "11"), rows.keys[2].strings);
    assertEquals(java.util.List.of(2, 3), rows.keys[2].firstLine);
    assertEquals(0.5, rows.values[0]);
    assertTrue(Double.isNaN(rows.values[1]) && Double.isNaN(rows.values[2]));
    assertEquals(-1e-3, rows.values[3]);
    assertEquals(5, rows.lines[3]);
  }

  @Test
  void crlfLineEndsByteOrderMarkAndBlankLinesAreAccepted() {
    Path f = dir.resolve("pp.csv");
    try {
      Files.writeString(f, "\uFEFFtime, lat, lon, value\r\n2000-01-01,1.5,10,0.25\r\n\r\n"
          + "2000-01-02,1.5,10,0.75", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LongCsvRows rows = readProduction(f);
    assertEquals(2, rows.size);
    assertEquals(0.75, rows.values[1]);
    assertEquals(4, rows.lines[1]);
  }

  @Test
  void gzippedFilesAreReadThroughGzip() throws IOException {
    Path f = dir.resolve("pp.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write("time,lat,lon,value\n2000-01-01,1.5,10,0.25\n".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(0.25, readProduction(f).values[0]);
  }

  @Test
  void aMissingFileNamesTheFile() {
    Path f = dir.resolve("nope.csv");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> readProduction(f));
    assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("does not exist"),
        e.getMessage());
  }

  @Test
  void aWrongHeaderNamesTheFileTheExpectedAndTheFoundHeader() {
    String m = message(ReferenceFiles.write(dir, "pp.csv", "date,y,x,npp", "2000-01-01,1,1,1"));
    assertTrue(m.contains("pp.csv") && m.contains("line 1") && m.contains("'time,lat,lon,value'")
        && m.contains("'date,y,x,npp'"), m);
  }

  @Test
  void swappedFilesAreHintedAt() {
    String m = message(ReferenceFiles.write(dir, "t.csv", "time,lat,lon,layer,value"));
    assertTrue(m.contains("other forcing file"), m);
  }

  @Test
  void emptyAndHeaderOnlyFilesAreRefused() {
    assertTrue(message(ReferenceFiles.write(dir, "a.csv", "time,lat,lon,value")).contains("no data rows"));
    Path empty = dir.resolve("b.csv");
    try {
      Files.writeString(empty, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String m = message(empty);
    assertTrue(m.contains("is empty") && m.contains("time,lat,lon,value"), m);
  }

  @Test
  void aRowWithTheWrongNumberOfColumnsGivesItsLineNumber() {
    String m = message(ReferenceFiles.write(dir, "pp.csv", "time,lat,lon,value",
        "2000-01-01,1.5,10,0.5", "2000-01-02,1.5,10,1,0.5"));
    assertTrue(m.contains("line 3") && m.contains("expected 4") && m.contains("found 5"), m);
    m = message(ReferenceFiles.write(dir, "pp2.csv", "time,lat,lon,value", "2000-01-01,1.5"));
    assertTrue(m.contains("line 2") && m.contains("found 2"), m);
  }

  @Test
  void anUnparseableNumberGivesItsLineNumberAndText() {
    String m = message(ReferenceFiles.write(dir, "pp.csv", "time,lat,lon,value",
        "2000-01-01,1.5,10,0.5", "2000-01-02,1.5,10,0.5x"));
    assertTrue(m.contains("pp.csv") && m.contains("line 3") && m.contains("'0.5x'")
        && m.contains("finite number or NaN"), m);
    m = message(ReferenceFiles.write(dir, "inf.csv", "time,lat,lon,value", "2000-01-01,1.5,10,Infinity"));
    assertTrue(m.contains("line 2") && m.contains("'Infinity'"), m);
  }
}
