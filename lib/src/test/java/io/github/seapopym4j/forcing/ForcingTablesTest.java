package io.github.seapopym4j.forcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import tech.tablesaw.api.Table;

class ForcingTablesTest {

  /** 2 steps, 1 × 2 cells, layers 1 and 3; the second cell's layer 3 is missing at step 0. */
  private static ForcingSet tiny(DataType type) {
    double[] t = {10, 1, 20, Double.NaN, 12, 3, 22, 5};
    double[] pp = {0.5, 1.5, Double.NaN, 2.5};
    return ForcingSet.builder().daily(LocalDate.of(2000, 1, 1), 2).latitude(0.5).longitude(10, 11)
        .layers(1, 3).temperature(t).primaryProduction(pp).dataType(type).source("tiny").build();
  }

  @Test
  void summaryHasOneRowPerLayerAndOneForProduction() {
    try (ForcingSet f = tiny(DataType.DOUBLE)) {
      Table s = ForcingTables.summary(f);
      assertEquals(List.of("variable", "units", "layer", "min", "mean", "max", "nan_count"), s.columnNames());
      assertEquals(3, s.rowCount());
      // Layer 1 values 10, 20, 12, 22; layer 3 values 1, NaN, 3, 5; production 0.5, 1.5, NaN, 2.5.
      assertEquals("temperature", s.stringColumn("variable").get(0));
      assertEquals(1, s.intColumn("layer").get(0));
      assertEquals(10.0, s.doubleColumn("min").get(0));
      assertEquals(16.0, s.doubleColumn("mean").get(0));
      assertEquals(22.0, s.doubleColumn("max").get(0));
      assertEquals(3, s.intColumn("layer").get(1));
      assertEquals(3.0, s.doubleColumn("mean").get(1));
      assertEquals(1, s.intColumn("nan_count").get(1));
      assertEquals("primary_production", s.stringColumn("variable").get(2));
      assertEquals("g/m2/day", s.stringColumn("units").get(2));
      assertTrue(s.intColumn("layer").isMissing(2));
      assertEquals(1.5, s.doubleColumn("mean").get(2));
      assertEquals(1, s.intColumn("nan_count").get(2));
    }
  }

  @Test
  void summaryReadsFloatSetsToo() {
    try (ForcingSet f = tiny(DataType.FLOAT)) {
      assertEquals(16.0, ForcingTables.summary(f).doubleColumn("mean").get(0));
    }
  }

  @Test
  void cellSeriesHasDateTemperaturePerLayerAndProduction() {
    try (ForcingSet f = tiny(DataType.DOUBLE)) {
      Table c = ForcingTables.cellSeries(f, 0, 1);
      assertEquals(List.of("date", "T_Z1", "T_Z3", "PP"), c.columnNames());
      assertEquals(2, c.rowCount());
      assertEquals(LocalDate.of(2000, 1, 2), c.dateColumn("date").get(1));
      assertEquals(20.0, c.doubleColumn("T_Z1").get(0));
      assertTrue(c.doubleColumn("T_Z3").isMissing(0), "NaN is Tablesaw's missing value");
      assertEquals(5.0, c.doubleColumn("T_Z3").get(1));
      assertEquals(2.5, c.doubleColumn("PP").get(1));
      assertTrue(c.name().contains("lon 11.0"), c.name());
    }
  }

  @Test
  void aCellOutsideTheGridIsRefused() {
    try (ForcingSet f = tiny(DataType.DOUBLE)) {
      IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
          () -> ForcingTables.cellSeries(f, 0, 2));
      assertTrue(e.getMessage().contains("(0, 2)") && e.getMessage().contains("[0, 2)"), e.getMessage());
    }
  }
}
