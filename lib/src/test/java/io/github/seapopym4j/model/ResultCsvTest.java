package io.github.seapopym4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.forcing.ForcingSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCsvTest {

  @Test
  void writesEveryVariableInTheReferenceLayoutAndReadsBackExactly(@TempDir Path dir) throws Exception {
    RunResult result;
    try (ForcingSet f = TestForcings.grid(20, 2, 3, 4);
        NoTransportModel model = NoTransportModel.prepare(f, ModelConfig.defaults());
        ModelRun run = model.start(TestForcings.epipelagic(), TestForcings.migrant())) {
      ResultCsv.writeAll(run, dir);
      result = run.detach();
    }
    try (var files = Files.list(dir)) {
      assertEquals(List.of("average_temperature.csv", "biomass.csv", "day_length.csv", "mortality.csv",
          "production_recruited.csv"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    for (OutputVariable v : OutputVariable.values()) {
      List<String> lines = Files.readAllLines(dir.resolve(v.fileName()));
      int groups = v.perGroup() ? 2 : 1;
      assertEquals(1 + groups * 20 * 6, lines.size(), v.fileName());
      assertEquals(v.perGroup() ? "time,lat,lon,group,value" : "time,lat,lon,value", lines.get(0));
      for (int i = 1; i < lines.size(); i++) {
        // rows in [group, time, lat, lon] order, as the reference files
        int k = i - 1;
        int g = k / (20 * 6);
        int t = (k / 6) % 20;
        int y = (k / 3) % 2;
        int x = k % 3;
        String[] fields = lines.get(i).split(",");
        assertEquals(result.time().date(t).toString(), fields[0]);
        assertEquals(20.0 + y, Double.parseDouble(fields[1]));
        assertEquals(150.0 + x, Double.parseDouble(fields[2]));
        if (v.perGroup()) {
          assertEquals(g, Integer.parseInt(fields[3]));
        }
        assertEquals(v.value(result, g, t, y, x), Double.parseDouble(fields[fields.length - 1]), 0.0,
            "17 significant digits round-trip: " + lines.get(i));
      }
    }
    assertTrue(Files.readString(dir.resolve("biomass.csv")).contains("2000-01-20,21,151,0,0\n"),
        "land cell (21, 151) writes 0 with coordinates in %.17g form");
  }

  @Test
  void unsimulatedCellsOfASubGridAreWrittenAsNaN(@TempDir Path dir) throws Exception {
    try (ForcingSet f = TestForcings.grid(2, 2, 2);
        NoTransportModel model = NoTransportModel.prepare(f, ModelConfig.defaults(),
            CellSelection.of(new int[] {0, 1}, new int[] {0, 1}));
        ModelRun run = model.start(TestForcings.epipelagic())) {
      ResultCsv.write(run, OutputVariable.BIOMASS, dir.resolve("b.csv"));
    }
    assertEquals("2000-01-01,20,151,0,NaN", Files.readAllLines(dir.resolve("b.csv")).get(2));
  }

  @Test
  void readReturnsEveryWrittenValueBitForBit(@TempDir Path dir) throws Exception {
    RunResult result;
    try (ForcingSet f = TestForcings.grid(5, 2, 3, 4);
        NoTransportModel model = NoTransportModel.prepare(f, ModelConfig.defaults());
        ModelRun run = model.start(TestForcings.epipelagic(), TestForcings.migrant())) {
      ResultCsv.writeAll(run, dir);
      result = run.detach();
    }
    for (OutputVariable v : OutputVariable.values()) {
      OutputField field = ResultCsv.read(dir.resolve(v.fileName()), v);
      assertEquals(v.perGroup() ? 2 : 1, field.groups(), v.fileName());
      assertEquals(result.time(), field.time());
      for (int g = 0; g < field.groups(); g++) {
        for (int t = 0; t < 5; t++) {
          for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
              assertEquals(v.value(result, g, t, y, x), field.value(g, t, y, x), 0.0, v.fileName());
            }
          }
        }
      }
    }
    OutputField biomass = ResultCsv.read(dir.resolve("biomass.csv"));
    assertEquals(result.biomass(1, 4, 1, 2), biomass.value(1, result.time().date(4), 21.0, 152.0));
  }

  @Test
  void readLooksUpAReferenceValueByDateAndCoordinates() {
    Path ref = Reference.path("grid-A/biomass.csv.gz");
    OutputField biomass = ResultCsv.read(ref, OutputVariable.BIOMASS);
    assertEquals(2, biomass.groups());
    assertEquals(731, biomass.time().size());
    double v = biomass.value(0, LocalDate.of(2000, 1, 1), 20.5, 151.5);
    assertEquals(0.088076870140039315, v, 0.0, "second row of the reference file");
  }

  @Test
  void readNamesTheFileLineAndColumnOfBadContent(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("b.csv");
    Files.writeString(file, "time,lat,lon,group,value\n2000-01-01,20,150,0,x\n");
    assertEquals(file + ": line 2, column 'value': expected a number, found 'x'",
        assertThrows(IllegalArgumentException.class, () -> ResultCsv.read(file)).getMessage());
    Files.writeString(file, "time,lat,lon,value\n2000-01-01,20,150,1\n");
    assertEquals(file + ": line 1: expected the header 'time,lat,lon,group,value', found "
        + "'time,lat,lon,value'", assertThrows(IllegalArgumentException.class,
            () -> ResultCsv.read(file, OutputVariable.BIOMASS)).getMessage());
  }
}
