package io.github.seapopym4j.internal;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Writes a text file atomically: into a temporary file in the same directory, then moved into place,
 * so readers never see a partial file and a failure leaves the previous file (or none).
 *
 * <p>Temporaries are named {@code .<target>.<pid>-<n>.tmp} ({@link #temporaryBeside}) and created
 * with the default permissions, so the moved file respects the umask (0644 under 022), unlike
 * {@link Files#createTempFile}'s owner-only 0600. A killed process may leave such hidden {@code
 * .tmp} entries behind; {@link #deleteTemporaries} removes them.
 */
public final class AtomicFiles {

  private static final AtomicLong TEMPORARIES = new AtomicLong();
  /** Held shared by each {@link #write} from its temporary to its move; exclusively at shutdown. */
  private static final java.util.concurrent.locks.ReentrantReadWriteLock GATE =
      new java.util.concurrent.locks.ReentrantReadWriteLock();

  /** Writes text to a {@link Writer}; may throw {@link IOException}. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer writer) throws IOException;
  }

  /** Writes bytes to an {@link OutputStream}; may throw {@link IOException}. */
  @FunctionalInterface
  public interface ByteContent {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes {@code file} (UTF-8) atomically; parent directories are created.
   *
   * @throws UncheckedIOException naming the file when writing or moving fails
   */
  public static void write(Path file, Content content) {
    writeBytes(file, out -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      content.writeTo(w);
      w.flush();
    });
  }

  /**
   * Writes {@code file} atomically, as {@link #write} does, from a (buffered) byte stream.
   *
   * @throws UncheckedIOException naming the file when writing or moving fails
   */
  public static void writeBytes(Path file, ByteContent content) {
    Path target = file.toAbsolutePath();
    Path tmp = null;
    GATE.readLock().lock();
    try {
      Files.createDirectories(target.getParent());
      tmp = temporaryBeside(target);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
        content.writeTo(out);
      }
      move(tmp, target);
      tmp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(tmp);
      GATE.readLock().unlock();
    }
  }

  /** An action on files that may throw {@link IOException}. */
  @FunctionalInterface
  public interface FileAction {
    void run() throws IOException;
  }

  /**
   * Runs {@code action}, which creates a temporary of its own and moves it into place, as {@link
   * #write} does: a shutdown that cleans temporaries waits for it, and a later one waits for the
   * shutdown ({@link #holdWritesForShutdown}).
   */
  public static void gated(FileAction action) throws IOException {
    GATE.readLock().lock();
    try {
      action.run();
    } finally {
      GATE.readLock().unlock();
    }
  }

  /**
   * For a shutdown hook, before it deletes temporaries ({@link #deleteTemporaries}): waits up to
   * {@code wait} for the {@link #write}s in flight to finish, then makes every later one wait until
   * the JVM halts, so that no thread still running creates a temporary after the hook has cleaned
   * up. Never undone: call it only when the process is ending.
   *
   * @return whether the writes in flight finished within {@code wait}
   */
  public static boolean holdWritesForShutdown(java.time.Duration wait) {
    try {
      return GATE.writeLock().tryLock(wait.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * A fresh name for a temporary entry in the directory of {@code target}: hidden, ending in
   * {@code .tmp}, unique per process and call ({@code .<name>.<pid>-<n>.tmp}). Nothing is created.
   */
  public static Path temporaryBeside(Path target) {
    Path abs = target.toAbsolutePath();
    return abs.resolveSibling(String.format(Locale.ROOT, ".%s.%d-%d.tmp", abs.getFileName(),
        ProcessHandle.current().pid(), TEMPORARIES.incrementAndGet()));
  }

  /**
   * Deletes the temporaries in {@code dir} and the folders below it (hidden entries whose names end
   * in {@code .tmp}; directories with their contents; an ensemble's member folders and a sweep's
   * chunk folder included), best effort: call it only where no other process writes (under an
   * output lock). Returns the names deleted, relative to {@code dir}.
   */
  public static List<String> deleteTemporaries(Path dir) {
    List<String> deleted = new ArrayList<>();
    deleteTemporaries(dir, dir, deleted, 4);
    return deleted;
  }

  private static void deleteTemporaries(Path root, Path dir, List<String> deleted, int depth) {
    if (depth == 0 || !Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path p : s) {
        String name = p.getFileName().toString();
        if (name.startsWith(".") && name.endsWith(".tmp")) {
          deleteTree(p);
          deleted.add(root.relativize(p).toString());
        } else {
          deleteTemporaries(root, p, deleted, depth - 1);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // best effort: what remains is hidden, and the next run tries again
    }
  }

  /** Deletes {@code p} and, for a directory, everything under it, best effort. */
  public static void deleteTree(Path p) {
    if (p == null || !Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(p)) {
      paths.sorted(Comparator.reverseOrder()).forEach(AtomicFiles::deleteQuietly);
    } catch (IOException | UncheckedIOException e) {
      // best effort
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
