package io.github.seapopym4j.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TablesTest {

  @Test
  void doubleColumnsPrintWithFourSignificantDigitsAndOthersAsTheyAre() {
    Table t = Table.create("stages", StringColumn.create("stage", "load", "run"),
        DoubleColumn.create("total_ms", 83.301351, 0.000123456789),
        DoubleColumn.create("share", 0.23647884240368425, Double.NaN),
        LongColumn.create("bytes", 6378160, 14567));
    Table r = Tables.rounded(t);
    assertEquals(List.of("stage", "total_ms", "share", "bytes"), r.columnNames());
    assertEquals(List.of("83.3", "0.0001235"), r.stringColumn("total_ms").asList());
    assertEquals(List.of("0.2365", ""), r.stringColumn("share").asList());
    assertEquals(6378160L, r.longColumn("bytes").get(0));
    assertEquals("1262000", Tables.text(1_261_895_680.0 / 1000));
    assertEquals("0", Tables.text(0));
  }
}
