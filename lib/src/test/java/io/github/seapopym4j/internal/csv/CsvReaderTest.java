package io.github.seapopym4j.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

  private static List<CsvRecord> read(String text) {
    try (CsvReader r = CsvReader.of("f.csv", new StringReader(text))) {
      return r.rest();
    }
  }

  @Test
  void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() {
    List<CsvRecord> rows = read("a,\"b,c\",\"say \"\"hi\"\"\"\n\"two\nlines\",x,\n");
    assertEquals(List.of("a", "b,c", "say \"hi\""), rows.get(0).fields());
    assertEquals(List.of("two\nlines", "x", ""), rows.get(1).fields());
  }

  @Test
  void aRecordKnowsTheLineItStartsOnAcrossQuotedLineBreaksAndBlankLines() {
    List<CsvRecord> rows = read("h\n\"a\nb\"\n\n  \nc\n");
    assertEquals(List.of(1L, 2L, 6L), rows.stream().map(CsvRecord::line).toList());
  }

  @Test
  void aByteOrderMarkIsDroppedAndCrLfOrCrEndRecords() {
    List<CsvRecord> rows = read("\uFEFFname,value\r\nx,1\ry,2");
    assertEquals(List.of("name", "value"), rows.get(0).fields());
    assertEquals(List.of("x", "1"), rows.get(1).fields());
    assertEquals(List.of("y", "2"), rows.get(2).fields());
    assertEquals(3L, rows.get(2).line());
  }

  @Test
  void headerNamesTheColumnsAndErrorsUseTheOneFormat() {
    try (CsvReader r = CsvReader.of("f.csv", new StringReader(" name , value\nx,abc\n"))) {
      assertEquals(List.of("name", "value"), r.header());
      CsvRecord row = r.next();
      assertEquals("x", row.get("name"));
      CsvFormatException e = assertThrows(CsvFormatException.class, () -> row.number("value"));
      assertEquals("f.csv: line 2, column 'value': expected a number, found 'abc'", e.getMessage());
      assertEquals(2L, e.line());
      assertNull(r.next());
    }
  }

  @Test
  void anUnclosedQuoteNamesTheLineWhereTheFieldStarts() {
    CsvFormatException e = assertThrows(CsvFormatException.class, () -> read("a\nb,\"open\nmore\n"));
    assertEquals("f.csv: line 2: expected a closing double quote, found the end of the file",
        e.getMessage());
  }

  @Test
  void wrongFieldCountAndWholeFileErrorsKeepTheFormat() {
    CsvRecord row = read("a,b\n").get(0);
    assertEquals("f.csv: line 1: expected 3 fields, found 2",
        assertThrows(CsvFormatException.class, () -> row.requireSize(3)).getMessage());
    assertEquals("f.csv: column 'x': expected a value, found none",
        new CsvFormatException("f.csv", 0, "x", "a value", "none").getMessage());
  }

  @Test
  void splitTokenisesOneLineAndQuoteRoundTrips() {
    assertEquals(List.of("", "a b", "c\"d", ""), CsvReader.split("\uFEFF,\"a b\",\"c\"\"d\",", "s", 4));
    for (String s : List.of("plain", "with,comma", "with \"quote\"", " padded ")) {
      assertEquals(List.of(s), CsvReader.split(CsvReader.quote(s), "s", 1));
    }
    assertEquals("plain", CsvReader.quote("plain"));
  }

  @Test
  void gzippedFilesAreReadByTheirSuffix(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("t.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("\uFEFFa,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
    }
    List<CsvRecord> rows = CsvReader.readAll(file);
    assertEquals(List.of("1", "2"), rows.get(1).fields());
    assertEquals(file.toString(), rows.get(1).source());
  }
}
