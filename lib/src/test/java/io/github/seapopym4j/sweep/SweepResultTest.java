package io.github.seapopym4j.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class SweepResultTest {

  /** score = −(a − 3)² − (b − 2)², NaN when a = 0; peak 0 at (3, 2). */
  private static final SweepFunction BOWL = new SweepFunction() {
    @Override
    public List<SweepMeasure> metrics() {
      return List.of(SweepMeasure.real("score", "1"), SweepMeasure.count("twice_a"));
    }

    @Override
    public void evaluate(Chunk chunk) {
      for (int i = chunk.from(); i < chunk.to(); i++) {
        double a = chunk.value(0, i);
        double b = chunk.value(1, i);
        chunk.set(0, i, a == 0 ? Double.NaN : -(a - 3) * (a - 3) - (b - 2) * (b - 2));
        chunk.set(1, i, 2 * a);
      }
    }

    @Override
    public String describe() {
      return "bowl";
    }
  };

  private static final SweepPlan PLAN = SweepPlan.grid(Axis.integers("a", 0, 5, 6),
      Axis.linear("b", 0, 4, 5));

  @TempDir
  Path tmp;

  private static SweepResult run() {
    return Sweep.builder(PLAN, BOWL).threads(2).chunkSize(4).build().run();
  }

  @Test
  void topReturnsTheBestCombinationsFirstAndSkipsNaN() {
    SweepResult r = run();
    // (a, b) = (3, 2) is combination 3·5 + 2 = 17 with score 0; the four at distance 1 score −1:
    // (2,2)=12, (3,1)=16, (3,3)=18, (4,2)=22, ties by lower index.
    assertArrayEquals(new int[] {17, 12, 16, 18, 22}, r.top("score", 5, true));
    // worst: a = 0 rows are NaN and skipped; (1, 0), (1, 4), (5, 0), (5, 4) all score −8:
    // combinations 5, 9, 25, 29, ties by lower index.
    assertArrayEquals(new int[] {5, 9, 25}, r.top("score", 3, false));
    assertEquals(25, r.top("score", 100, true).length, "5 NaN rows of 30 skipped");
  }

  @Test
  void toTableHasIndexParametersAndMetricsWithIntegerColumnsForCounts() {
    Table t = run().toTable(new int[] {17, 12});
    assertEquals(List.of("combination", "a", "b", "score", "twice_a"), t.columnNames());
    assertEquals(ColumnType.INTEGER, t.column("a").type());
    assertEquals(ColumnType.DOUBLE, t.column("b").type());
    assertEquals(ColumnType.INTEGER, t.column("twice_a").type());
    assertEquals(17, t.intColumn("combination").get(0));
    assertEquals(3, t.intColumn("a").get(0));
    assertEquals(2.0, t.doubleColumn("b").get(0));
    assertEquals(-1.0, t.doubleColumn("score").get(1));
    assertEquals(30, run().toTable().rowCount());
  }

  @Test
  void writeCsvWritesTheChosenRowsWithAHeader() throws IOException {
    Path file = tmp.resolve("top.csv");
    SweepResult r = run();
    r.writeCsv(file, r.top("score", 2, true));
    assertEquals("combination,a,b,score,twice_a\n17,3,2.0,-0.0,6\n12,2,2.0,-1.0,4\n",
        Files.readString(file));
  }

  @Test
  void unknownMetricListsTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run().top("pnl", 3, true));
    assertEquals("no metric 'pnl'; metrics are [score, twice_a]", e.getMessage());
  }
}
