package io.github.seapopym4j.forcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStampTest {

  @TempDir Path dir;

  @Test
  void theStampChangesWithTheContentSize() throws IOException {
    Path f = Files.writeString(dir.resolve("a.csv"), "x");
    FileStamp before = FileStamp.of(f, "temperature");
    assertEquals(before, FileStamp.of(dir.resolve(".").resolve("a.csv"), "temperature"));
    assertTrue(before.path().isAbsolute());
    Files.writeString(f, "xy");
    assertNotEquals(before, FileStamp.of(f, "temperature"));
    String m = assertThrows(IllegalStateException.class, () -> before.checkUnchanged("temperature"))
        .getMessage();
    assertTrue(m.contains("a.csv") && m.contains("changed") && m.contains("1 → 2 bytes"), m);
  }

  @Test
  void aMissingFileOrADirectoryIsNamed() {
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> FileStamp.of(dir.resolve("none.nc"), "primary production"));
    assertTrue(e.getMessage().contains("primary production file") && e.getMessage().contains("none.nc")
        && e.getMessage().contains("does not exist"), e.getMessage());
    e = assertThrows(UncheckedIOException.class, () -> FileStamp.of(dir, "temperature"));
    assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
  }
}
