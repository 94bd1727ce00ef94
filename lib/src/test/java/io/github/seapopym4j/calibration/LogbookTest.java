package io.github.seapopym4j.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.seapopym4j.profile.MemorySnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class LogbookTest {

  @TempDir
  Path tmp;

  private static Generation generation(long index, double[][] x, double[] f) {
    return new Generation(index, new ScoredPopulation(x, f), 42, 2_500_000,
        EvaluationReport.empty(), new MemorySnapshot(1, 2, 3), 0);
  }

  private static Logbook sample() {
    Logbook book = Logbook.empty(List.of("D1N1.energy_transfert", "D1N1.tr_0"));
    book.append(generation(0, new double[][] {{0.1, 0.1 + 0.2}, {1.0 / 3, 7}}, new double[] {5, 4}));
    book.append(generation(1, new double[][] {{Math.ulp(1.0), 1e-300}, {0.2, 9}},
        new double[] {3, PopulationEvaluator.PENALTY}));
    return book;
  }

  @Test
  void tableHasOneRowPerIndividualAndTheDocumentedColumns() {
    Table t = sample().table();
    assertEquals(List.of("generation", "individual", "D1N1.energy_transfert", "D1N1.tr_0",
        "fitness", "seed", "wall_ms"), t.columnNames());
    assertEquals(4, t.rowCount());
    assertEquals(1L, t.longColumn("generation").get(2));
    assertEquals(1, t.intColumn("individual").get(3));
    assertEquals(2.5, t.doubleColumn("wall_ms").get(0));
    assertEquals(42L, t.longColumn("seed").get(0));
  }

  @Test
  void theCsvRoundTripsEveryBit() {
    Path f = tmp.resolve("logbook.csv");
    Logbook book = sample();
    book.write(f);
    Logbook back = Logbook.read(f);
    assertEquals(book.csv(true), back.csv(true));
    assertArrayEquals(new double[] {0.1, 0.30000000000000004}, back.parameters(0));
    assertArrayEquals(new double[] {Math.ulp(1.0), 1e-300}, back.parameters(2));
    assertEquals(PopulationEvaluator.PENALTY, back.fitness(3));
  }

  @Test
  void bestSoFarIsTheRunningMinimumPerGeneration() {
    assertEquals(List.of(4.0, 3.0), sample().bestSoFar());
    assertEquals(2, sample().bestRow());
  }

  @Test
  void beforeKeepsOnlyEarlierGenerations() {
    Logbook b = sample().before(1);
    assertEquals(2, b.size());
    assertEquals(1, b.generations());
  }

  @Test
  void aMalformedRowIsReportedWithFileAndLine() throws IOException {
    Path f = tmp.resolve("bad.csv");
    Files.writeString(f, "generation,individual,x0,fitness,seed,wall_ms\n0,0,abc,1,42,0.5\n");
    var e = assertThrows(IllegalArgumentException.class, () -> Logbook.read(f));
    assertEquals(f + " line 2: expected numbers, found '0,0,abc,1,42,0.5'", e.getMessage());
  }
}
