package io.github.seapopym4j.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {

  @TempDir
  Path dir;

  @Test
  void appendedEntriesReadBackInOrder() {
    Path f = dir.resolve("history.csv");
    Machine m = new Machine("box, one", 4, "Linux 6", "JDK 17");
    History.Entry a = new History.Entry(Instant.parse("2024-01-01T00:00:00Z"), "abc1234", m,
        "baseline", "wall_s", 1.5, 1.25, 2, 3);
    History.Entry b = new History.Entry(Instant.parse("2024-01-02T00:00:00Z"), "unknown", m,
        "baseline", "wall_s", 1.75, 1.5, 2, 3);
    History.append(f, List.of(a));
    History.append(f, List.of(b));
    List<History.Entry> back = History.read(f);
    assertEquals(List.of(a, b), back);
    assertEquals("box  one", back.get(0).machine().host());
    assertEquals(2, History.table(back).rowCount());
  }

  @Test
  void aFileThatIsNotAHistoryIsRefused() throws Exception {
    Path f = dir.resolve("other.csv");
    Files.writeString(f, "a,b\n1,2\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> History.append(f, List.of()));
    assertTrue(e.getMessage().contains("other.csv line 1: expected header"), e.getMessage());
  }

  @Test
  void entryNowUsesThisMachineAndTheRepeats() {
    History.Entry e = History.Entry.now("baseline", "wall_s", new double[] {3, 1, 2});
    assertEquals(2, e.median());
    assertEquals(1, e.min());
    assertEquals(3, e.max());
    assertEquals(Runtime.getRuntime().availableProcessors(), e.machine().cores());
    assertTrue(e.commit().equals("unknown") || e.commit().matches("[0-9a-f]{40}"), e.commit());
  }

  @Test
  void inconsistentFiguresAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new History.Entry(Instant.EPOCH, "x", Machine.current(), "b", "m", 5, 1, 2, 1));
    assertTrue(e.getMessage().contains("min <= median <= max"), e.getMessage());
  }
}
