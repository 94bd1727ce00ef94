package io.github.seapopym4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir
  Path dir;

  @Test
  void writeLeavesOnlyTheTargetBehind() throws IOException {
    Path file = dir.resolve("sub/out.csv");
    AtomicFiles.write(file, w -> w.write("a,b\n"));
    assertEquals("a,b\n", Files.readString(file));
    try (Stream<Path> s = Files.list(file.getParent())) {
      assertEquals(List.of(file), s.toList());
    }
  }

  @Test
  void temporariesLeftByAKilledRunAreDeletedInTheFolderAndBelowIt() throws IOException {
    Files.writeString(dir.resolve(".logbook.csv.12-3.tmp"), "partial");
    Files.createDirectories(dir.resolve(".run.12-4.tmp/inner"));
    Files.createDirectories(dir.resolve("member-11"));
    Files.writeString(dir.resolve("member-11/.checkpoint.properties.12-5.tmp"), "partial");
    Files.writeString(dir.resolve("member-11/logbook.csv"), "kept");
    Files.writeString(dir.resolve("notes.tmp"), "not hidden: kept");

    List<String> deleted = AtomicFiles.deleteTemporaries(dir);

    assertEquals(3, deleted.size(), deleted.toString());
    assertTrue(deleted.contains(Path.of("member-11", ".checkpoint.properties.12-5.tmp")
        .toString()), deleted.toString());
    assertFalse(Files.exists(dir.resolve(".run.12-4.tmp")));
    assertFalse(Files.exists(dir.resolve("member-11/.checkpoint.properties.12-5.tmp")));
    assertEquals("kept", Files.readString(dir.resolve("member-11/logbook.csv")));
    assertTrue(Files.exists(dir.resolve("notes.tmp")));
  }
}
