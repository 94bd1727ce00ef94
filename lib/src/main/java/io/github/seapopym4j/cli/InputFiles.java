package io.github.seapopym4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks of the files a command reads, before it reads them, so that a missing file is reported as
 * such ({@code groups file /tmp/g.csv does not exist}) rather than as the reader's I/O error.
 */
public final class InputFiles {

  private InputFiles() {}

  /**
   * {@code file}, checked to be an existing, readable regular file.
   *
   * @param what what the file is, e.g. "groups file", named first in the message
   * @throws IllegalArgumentException "&lt;what&gt; &lt;file&gt; does not exist" (or "is a directory,
   *     not a file", "is not readable")
   */
  public static Path requireFile(String what, Path file) {
    return require(what, file, false);
  }

  /**
   * {@code dir}, checked to be an existing, readable directory.
   *
   * @throws IllegalArgumentException "&lt;what&gt; &lt;dir&gt; does not exist" (or "is not a
   *     directory", "is not readable")
   */
  static Path requireDirectory(String what, Path dir) {
    return require(what, dir, true);
  }

  private static Path require(String what, Path path, boolean directory) {
    String problem = !Files.exists(path) ? "does not exist"
        : Files.isDirectory(path) != directory
            ? (directory ? "is not a directory" : "is a directory, not a file")
        : !Files.isReadable(path) ? "is not readable" : null;
    if (problem != null) {
      throw new IllegalArgumentException(what + " " + path + " " + problem);
    }
    return path;
  }
}
