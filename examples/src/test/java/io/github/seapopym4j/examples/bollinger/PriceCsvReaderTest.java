package io.github.seapopym4j.examples.bollinger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceCsvReaderTest {

  @TempDir
  Path tmp;

  private Path write(String content) throws IOException {
    Path f = tmp.resolve("bars.csv");
    Files.writeString(f, content);
    return f;
  }

  @Test
  void readsClosesAndInfersTheTickFromTheFinestDecimal() throws IOException {
    Path f = write("Date,Open,High,Low,Close,Volume\n"
        + "2024-01-02,10.0,10.5,9.9,10.25,100\n"
        + "\n"
        + "2024-01-03,10.25,10.4,10.0,10.1,120\n"
        + "2024-01-04,\"10.1\",10.2,9.8,9.800,90\n");
    PriceSeries p = PriceCsvReader.read(f);
    assertEquals(2, p.decimals());
    assertArrayEquals(new long[] {1025, 1010, 980}, p.ticks());
    assertEquals(9.8, p.close(2));
  }

  @Test
  void explicitTickMustDivideEveryClose() throws IOException {
    Path f = write("time,open,high,low,close\n1,1,1,1,1.5\n2,1,1,1,1.25\n");
    assertArrayEquals(new long[] {150, 125}, PriceCsvReader.read(f, 2).ticks());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PriceCsvReader.read(f, 1));
    assertEquals(f + " line 3 column close: expected a whole number of ticks of 1e-1 but found 1.25",
        e.getMessage());
  }

  @Test
  void badNumberNamesFileLineAndColumn() throws IOException {
    Path f = write("date,open,high,low,close\n2024-01-02,1,2,0.5,1.5\n2024-01-03,1,abc,0.5,1.5\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PriceCsvReader.read(f));
    assertEquals(f + " line 3 column high: expected a decimal number but found 'abc'",
        e.getMessage());
  }

  @Test
  void missingColumnAndWrongFieldCountAreReported() throws IOException {
    Path noClose = write("date,open,high,low\n2024-01-02,1,2,0.5\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PriceCsvReader.read(noClose));
    assertEquals(noClose + " line 1: expected a column 'close', but the header has "
        + "[date, open, high, low]", e.getMessage());

    Path shortRow = write("date,open,high,low,close\n2024-01-02,1,2,0.5,1.5\n2024-01-03,1,2\n");
    e = assertThrows(IllegalArgumentException.class, () -> PriceCsvReader.read(shortRow));
    assertEquals(shortRow + " line 3: expected 5 fields (as in the header) but found 3",
        e.getMessage());

    Path noTime = write("open,high,low,close\n1,1,1,1\n1,1,1,1\n");
    e = assertThrows(IllegalArgumentException.class, () -> PriceCsvReader.read(noTime));
    assertEquals(true, e.getMessage().startsWith(noTime + " line 1: expected a time column named "
        + "one of [date, time, datetime, timestamp]"), e.getMessage());
  }

  @Test
  void aSingleBarIsNotASeries() throws IOException {
    Path f = write("date,open,high,low,close\n2024-01-02,1,2,0.5,1.5\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PriceCsvReader.read(f));
    assertEquals(f + ": expected at least 2 bars, but found 1", e.getMessage());
  }
}
