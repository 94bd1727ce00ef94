package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {

  private static final String HEADER = "time,lat,lon,group,value\n";

  @TempDir
  Path dir;

  private String failure(String biomass, String groups) throws IOException {
    Files.writeString(dir.resolve("biomass.csv"), biomass);
    if (groups != null) {
      Files.writeString(dir.resolve("groups.csv"), groups);
    }
    return assertThrows(IllegalArgumentException.class, () -> RunDirectory.read(dir)).getMessage();
  }

  @Test
  void readsTheLongFormatIntoItsGrid() throws IOException {
    Files.writeString(dir.resolve("biomass.csv"), HEADER
        + "2000-01-01,21.5,151.5,0,0.25\n2000-01-02,21.5,151.5,0,0.5\n");
    RunDirectory r = RunDirectory.read(dir);
    assertEquals(LocalDate.of(2000, 1, 1), r.grid().time().start());
    assertEquals(2, r.grid().time().size());
    assertEquals("0", r.grid().groups().get(0).name());
    assertEquals(0.5, r.biomass(0, 1, 0, 0));
  }

  @Test
  void malformedFilesAreNamedWithTheirLine() throws IOException {
    String header = failure("time,lat,lon,value\n", null);
    assertTrue(header.contains("expected the header 'time,lat,lon,group,value'"), header);
    String missing = failure(HEADER + "2000-01-01,21.5,151.5,0,1\n2000-01-02,21.5,151.5,1,1\n",
        null);
    assertTrue(missing.contains("2 groups × 2 dates") && missing.contains("found 2 rows"), missing);
    String repeated = failure(HEADER + "2000-01-01,21.5,151.5,0,1\n2000-01-01,21.5,151.5,0,2\n",
        null);
    assertTrue(repeated.contains("line 3") && repeated.contains("repeats"), repeated);
    String group = failure(HEADER + "2000-01-01,21.5,151.5,x,1\n", null);
    assertTrue(group.contains("line 2") && group.contains("'x'"), group);
  }

  @Test
  void theGroupsFileMustMatchTheGroupIndices() throws IOException {
    String m = failure(HEADER + "2000-01-01,21.5,151.5,0,1\n",
        "name,energy_transfert,day_layer,night_layer\nA,0.1,1,1\nB,0.1,2,1\n");
    assertTrue(m.contains("groups.csv: has 2 groups") && m.contains("has 1"), m);
    String layer = failure(HEADER + "2000-01-01,21.5,151.5,0,1\n",
        "name,energy_transfert,day_layer,night_layer\nA,0.1,top,1\n");
    assertTrue(layer.contains("line 2") && layer.contains("'day_layer'") && layer.contains("'top'"),
        layer);
  }

  @Test
  void aMissingDirectoryIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RunDirectory.read(dir.resolve("nothing")));
    assertTrue(e.getMessage().contains("nothing") && e.getMessage().contains("biomass.csv"),
        e.getMessage());
  }
}
