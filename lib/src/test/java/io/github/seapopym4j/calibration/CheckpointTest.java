package io.github.seapopym4j.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.seapopym4j.space.Domain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {

  @TempDir
  Path tmp;

  @Test
  void writeThenReadGivesTheSameCheckpoint() {
    Checkpoint c = new Checkpoint("ga", "population=4", "x0[0.0,1.0]", -7, 12,
        Map.of("size", "4", "individual.000000", "3 0.1 0.30000000000000004"), Map.of(),
        Checkpoint.Totals.NONE);
    Path f = tmp.resolve("checkpoint.properties");
    c.write(f);
    assertEquals(c, Checkpoint.read(f));
  }

  @Test
  void aMissingEntryIsNamed() throws IOException {
    Path f = tmp.resolve("checkpoint.properties");
    Files.writeString(f, "optimizer=ga\nsettings=x\ndomain=y\nseed=1\n");
    var e = assertThrows(IllegalArgumentException.class, () -> Checkpoint.read(f));
    assertEquals(f + ": expected an entry 'next_generation', found none", e.getMessage());
  }

  @Test
  void anotherSeedIsRefused() {
    Checkpoint c = new Checkpoint("cmaes", CmaEs.withDefaults().settings(),
        Domain.cube(1, 0, 1).fingerprint(), 1, 3, Map.of(), Map.of(), Checkpoint.Totals.NONE);
    var e = assertThrows(IllegalArgumentException.class,
        () -> c.requireCompatible(CmaEs.withDefaults(), Domain.cube(1, 0, 1), 2, Path.of("cp")));
    assertEquals("cp: cannot resume: seed differs; expected '2' (this run), found '1' (checkpoint)",
        e.getMessage());
  }
}
