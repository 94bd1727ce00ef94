package io.github.seapopym4j.forcing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The identity of a file's content as far as the loader can tell cheaply: absolute path, last
 * modification time and size. Used as the cache key and to detect a file changed between the header
 * read and a lazy data read.
 *
 * @param path absolute, normalised path
 * @param lastModifiedNanos last modification time, nanoseconds since the epoch
 * @param size size in bytes
 */
record FileStamp(Path path, long lastModifiedNanos, long size) {

  /**
   * The stamp of {@code file} now.
   *
   * @param what the forcing, named in the error ("temperature")
   * @throws UncheckedIOException naming the file when it does not exist or cannot be read
   */
  static FileStamp of(Path file, String what) {
    Path abs = file.toAbsolutePath().normalize();
    try {
      BasicFileAttributes a = Files.readAttributes(abs, BasicFileAttributes.class);
      if (!a.isRegularFile()) {
        throw new UncheckedIOException(what + " file " + abs + " is not a regular file",
            new NoSuchFileException(abs.toString()));
      }
      return new FileStamp(abs, a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
          a.size());
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(what + " file " + abs + " does not exist", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what + " file " + abs + ": " + e.getMessage(), e);
    }
  }

  /**
   * Fails when the file changed since this stamp was taken.
   *
   * @throws IllegalStateException naming the file
   */
  void checkUnchanged(String what) {
    FileStamp now = of(path, what);
    if (!now.equals(this)) {
      throw new IllegalStateException(String.format(
          "%s file %s changed since it was opened (size %d → %d bytes, modified %d → %d ns); "
              + "load it again", what, path, size, now.size, lastModifiedNanos, now.lastModifiedNanos));
    }
  }
}
