package io.github.seapopym4j.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a text file atomically: into a temporary file in the same directory, then moved into place,
 * so readers never see a partial file and a failure leaves the previous file (or none).
 */
public final class AtomicFiles {

  /** Writes text to a {@link Writer}; may throw {@link IOException}. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer writer) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes {@code file} (UTF-8) atomically; parent directories are created.
   *
   * @throws UncheckedIOException naming the file when writing or moving fails
   */
  public static void write(Path file, Content content) {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 16)) {
        content.writeTo(w);
      }
      move(tmp, target);
      tmp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  /** Moves {@code from} onto {@code to} atomically (replacing it), or by a plain replace where the
   * file system cannot move atomically. */
  public static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // best effort: the temporary file is hidden and named *.tmp
      }
    }
  }
}
