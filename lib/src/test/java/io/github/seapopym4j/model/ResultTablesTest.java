package io.github.seapopym4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.seapopym4j.forcing.ForcingSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ResultTablesTest {

  @Test
  void longTablesHaveOneRowPerValue() {
    try (ForcingSet f = TestForcings.grid(10, 2, 2);
        NoTransportModel model = NoTransportModel.prepare(f, ModelConfig.defaults());
        ModelRun run = model.start(TestForcings.epipelagic(), TestForcings.migrant())) {
      Table b = ResultTables.biomass(run);
      assertEquals("biomass", b.name());
      assertEquals(List.of("time", "lat", "lon", "group", "group_name", "value"), b.columnNames());
      assertEquals(2 * 10 * 4, b.rowCount());
      int row = 40 + 9 * 4 + 3; // group 1, t = 9, lat 21, lon 151
      assertEquals(LocalDate.of(2000, 1, 10), b.dateColumn("time").get(row));
      assertEquals("D2N1", b.stringColumn("group_name").get(row));
      assertEquals(run.biomass(1, 9, 1, 1), b.doubleColumn("value").get(row), 0.0);
      Table dl = ResultTables.table(run, OutputVariable.DAY_LENGTH);
      assertEquals(List.of("time", "lat", "lon", "value"), dl.columnNames());
      assertEquals(40, dl.rowCount());
    }
  }
}
