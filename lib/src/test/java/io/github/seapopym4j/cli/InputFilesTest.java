package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  @TempDir
  Path dir;

  private static String fileError(String what, Path p) {
    return assertThrows(IllegalArgumentException.class, () -> InputFiles.requireFile(what, p))
        .getMessage();
  }

  private static String dirError(String what, Path p) {
    return assertThrows(IllegalArgumentException.class, () -> InputFiles.requireDirectory(what, p))
        .getMessage();
  }

  @Test
  void aReadableFileIsReturned() throws IOException {
    Path f = Files.writeString(dir.resolve("g.csv"), "x\n");
    assertEquals(f, InputFiles.requireFile("groups file", f));
    assertEquals(dir, InputFiles.requireDirectory("run directory", dir));
  }

  @Test
  void aMissingFileOrDirectoryIsNamedAsMissing() {
    Path g = dir.resolve("g.csv");
    assertEquals("groups file " + g + " does not exist", fileError("groups file", g));
    assertEquals("run directory " + g + " does not exist", dirError("run directory", g));
  }

  @Test
  void aDirectoryIsNotAFileAndAFileIsNotADirectory() throws IOException {
    Path f = Files.writeString(dir.resolve("g.csv"), "x\n");
    assertEquals("space file " + dir + " is a directory, not a file", fileError("space file", dir));
    assertEquals("run directory " + f + " is not a directory", dirError("run directory", f));
  }

  @Test
  void anUnreadableFileIsNamedAsUnreadable() throws IOException {
    Path f = Files.writeString(dir.resolve("g.csv"), "x\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("-w-------"));
    assumeFalse(Files.isReadable(f), "the user can read any file (root): nothing to test");
    assertEquals("groups file " + f + " is not readable", fileError("groups file", f));
  }
}
