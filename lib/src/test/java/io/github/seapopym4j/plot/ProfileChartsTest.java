package io.github.seapopym4j.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.benchmark.History;
import io.github.seapopym4j.benchmark.Machine;
import io.github.seapopym4j.calibration.MemorySeries;
import io.github.seapopym4j.profile.MemorySnapshot;
import io.github.seapopym4j.profile.Profiler;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ProfileChartsTest {

  static void assertRenders(BufferedImage img) {
    assertEquals(Charts.WIDTH, img.getWidth());
    assertEquals(Charts.HEIGHT, img.getHeight());
  }

  @Test
  void stageChartHasOneBarPerStage() {
    Profiler p = Profiler.enabled();
    p.record("load", 2_000_000, 0);
    p.record("run", 1_000_000, 0);
    var c = ProfileCharts.stages(p.table());
    assertEquals(2, c.getSeries("total").getXData().size());
    assertRenders(Charts.image(c));
  }

  @Test
  void comparedStagesFillMissingStagesWithZero() {
    Profiler a = Profiler.enabled();
    a.record("load", 4_000_000, 0);
    a.record("run", 2_000_000, 0);
    Profiler b = Profiler.enabled();
    b.record("run", 2_000_000, 0);
    var c = ProfileCharts.stagesCompared(
        new java.util.LinkedHashMap<>(Map.of("naive", a.table(), "seapopym4j", b.table())), 2);
    assertEquals(0.0, c.getSeries("seapopym4j").getYData()[List.copyOf(
        c.getSeries("seapopym4j").getXData()).indexOf("load")], 1e-12);
    assertEquals(2.0, c.getSeries("naive").getYData()[List.copyOf(
        c.getSeries("naive").getXData()).indexOf("load")], 1e-12);
    assertRenders(Charts.image(c));
  }

  @Test
  void memoryChartHasOneLinePerSeries() {
    MemorySeries s = MemorySeries.empty().plus(0, new MemorySnapshot(1, 2, 3_000_000))
        .plus(1, new MemorySnapshot(1, 2, 4_000_000));
    var c = ProfileCharts.memory(Map.of("naive", s, "seapopym4j", s));
    assertEquals(2, c.getSeriesCollection().size());
    assertEquals(4.0, c.getSeries("naive").getYData()[1], 1e-12);
    assertRenders(Charts.image(c));
  }

  @Test
  void memoryChartDoesNotZoomASmallDriftIntoAJump() {
    MemorySeries s = MemorySeries.empty().plus(0, new MemorySnapshot(1, 2, 302_900_000))
        .plus(1, new MemorySnapshot(1, 2, 303_300_000));
    var c = ProfileCharts.memory(Map.of("calibration", s));
    // 0.4 MB of drift on a 20 MB axis at least (here a tenth of the largest value, 30.33 MB), centred on the data.
    assertEquals(303.1 - 15.165, c.getStyler().getYAxisMin(), 1e-9);
    assertEquals(303.1 + 15.165, c.getStyler().getYAxisMax(), 1e-9);
  }

  @Test
  void hotMethodChartShortensNames() {
    Table hot = Table.create("hot", IntColumn.create("rank", 1, 2),
        StringColumn.create("method", "a.b.Foo.bar", "x.Y.z"), LongColumn.create("samples", 5, 3));
    var c = ProfileCharts.hotMethods(hot);
    // Horizontal bars, the hottest first (drawn at the top).
    assertEquals(List.of("Foo.bar", "Y.z"), List.copyOf(c.getSeries("samples").getYData()));
    assertEquals("Hot methods (8 JFR execution samples, top frame)", c.getTitle());
    assertRenders(Charts.image(c));
  }

  @Test
  void historyChartKeepsOnlyTheMetric() {
    Machine m = new Machine("h", 1, "os", "jvm");
    List<History.Entry> h = List.of(
        new History.Entry(Instant.EPOCH, "a", m, "baseline", "wall_s", 1, 0.9, 1.1, 3),
        new History.Entry(Instant.EPOCH, "a", m, "baseline", "other", 5, 5, 5, 1),
        new History.Entry(Instant.EPOCH, "b", m, "baseline", "wall_s", 1.2, 1.1, 1.3, 3));
    var c = ProfileCharts.history(h, "baseline", "wall_s");
    assertEquals(2, c.getSeries("wall_s").getYData().length);
    assertTrue(c.getSeries("wall_s").getExtraValues() != null);
    assertRenders(Charts.image(c));
  }
}
