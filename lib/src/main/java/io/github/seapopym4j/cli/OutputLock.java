package io.github.seapopym4j.cli;

import io.github.seapopym4j.internal.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The lock a command holds on its {@code --out} directory while it writes there: the file {@value
 * #FILE} in the directory, holding the owner's {@code pid}, {@code host} and start time, and an
 * operating-system lock on that file for as long as the owner runs.
 *
 * <p>A second command on the same directory is refused while the owner runs. A lock left by a
 * process that no longer runs (killed, or its machine restarted) is stale: it is taken over with a
 * note. Stale means the operating-system lock is free and the owner is not a running process of
 * this host (same pid and start time); a lock of another host whose operating-system lock is free
 * is also stale, since that host's process would hold it. On acquiring, temporaries left in the
 * directory by an interrupted run ({@link AtomicFiles#deleteTemporaries}) are removed. Closing
 * deletes the lock file, and the directory when the lock created it and nothing was written.
 */
public final class OutputLock implements AutoCloseable {

  /** The lock file's name in the locked directory. */
  static final String FILE = ".seapopym.lock";

  private final Path dir;
  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final boolean createdDir;

  private OutputLock(Path dir, Path file, FileChannel channel, FileLock lock, boolean createdDir) {
    this.dir = dir;
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.createdDir = createdDir;
  }

  /**
   * Creates {@code dir} when needed and locks it, printing a note on {@code err} when a stale
   * lock is taken over.
   *
   * @throws IllegalStateException naming the owner (pid, host, start) when another process holds it
   * @throws UncheckedIOException naming the directory when it cannot be created or locked
   */
  public static OutputLock acquire(Path dir, PrintWriter err) {
    Objects.requireNonNull(err, "err");
    Path file = dir.resolve(FILE);
    boolean created = !Files.isDirectory(dir);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      IOException cause = fileInTheWay(dir).<IOException>map(f -> new FileAlreadyExistsException(
          f.toString())).orElse(e);
      throw new UncheckedIOException("cannot create --out " + dir + ": " + (cause == e ? ""
          : cause.getMessage() + ": ") + SeapopymCli.reason(cause, dir.toString()), cause);
    }
    for (int attempt = 0; attempt < 10; attempt++) {
      OutputLock l = tryAcquire(dir, file, created, err);
      if (l != null) {
        AtomicFiles.deleteTemporaries(dir);
        return l;
      }
    }
    throw new IllegalStateException("cannot lock " + dir + ": " + file + " keeps changing; is "
        + "another command starting on this directory?");
  }

  /** One attempt: the lock, or null when the file changed under us (try again). */
  private static OutputLock tryAcquire(Path dir, Path file, boolean created, PrintWriter err) {
    FileChannel ch = null;
    try {
      ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      Object key = fileKey(file);
      FileLock os = null;
      boolean held = false;
      try {
        os = ch.tryLock();
        held = os == null;
      } catch (OverlappingFileLockException e) {
        held = true; // held by this very JVM (another command running in it)
      } catch (IOException e) {
        // no OS locks here (some network file systems): judge by pid and host alone
      }
      Owner previous = Owner.read(ch);
      boolean otherHostUnknown = os == null && previous != null && !previous.onThisHost();
      if (held || otherHostUnknown || (previous != null && previous.running())) {
        ch.close();
        throw busy(dir, file, previous == null ? "a process that has not yet written its name"
            : previous.toString());
      }
      if (key != null && !key.equals(fileKey(file))) {
        ch.close(); // deleted or replaced by its owner between our open and our lock
        return null;
      }
      if (previous != null) {
        SeapopymCli.note(err, String.format("%s: taking over the stale lock of %s, which is no "
            + "longer running", file, previous));
      }
      byte[] me = Owner.current().text().getBytes(StandardCharsets.UTF_8);
      ch.truncate(0);
      ch.write(ByteBuffer.wrap(me), 0);
      ch.force(false);
      return new OutputLock(dir, file, ch, os, created);
    } catch (IOException e) {
      closeQuietly(ch);
      throw new UncheckedIOException("cannot lock --out " + dir + " (" + file + "): "
          + SeapopymCli.reason(e, file.toString()), e);
    } catch (RuntimeException e) {
      closeQuietly(ch);
      throw e;
    }
  }

  private static IllegalStateException busy(Path dir, Path file, String owner) {
    return new IllegalStateException(String.format("--out %s is in use by %s (lock file %s); wait "
        + "for it to finish or choose another --out; if that process is gone, delete the lock "
        + "file", dir, owner, file));
  }

  private static Object fileKey(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    } catch (NoSuchFileException e) {
      return "deleted";
    } catch (IOException e) {
      return null;
    }
  }

  /** The locked directory. */
  Path directory() {
    return dir;
  }

  /** Deletes the lock file and releases the lock (idempotent, best effort). */
  @Override
  public synchronized void close() {
    if (!channel.isOpen()) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a stale lock file is taken over by the next command
    }
    closeQuietly(channel); // releases the OS lock
    if (createdDir) {
      try {
        Files.deleteIfExists(dir);
      } catch (IOException ignored) {
        // not empty (something was written: keep it), or best effort
      }
    }
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // nothing to do
      }
    }
  }

  /** The nearest existing ancestor of {@code dir} that is a file, not a directory, if any. */
  private static Optional<Path> fileInTheWay(Path dir) {
    for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        return Files.isDirectory(p) ? Optional.empty() : Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Who holds a lock: pid, host and the process's start time. */
  record Owner(long pid, String host, String started) {

    static Owner current() {
      ProcessHandle me = ProcessHandle.current();
      return new Owner(me.pid(), localHost(), me.info().startInstant().map(Instant::toString).orElse(""));
    }

    /** The owner in the lock file, or null when it is empty or unreadable. */
    static Owner read(FileChannel ch) throws IOException {
      long size = ch.size();
      if (size == 0 || size > 4096) {
        return null;
      }
      ByteBuffer b = ByteBuffer.allocate((int) size);
      while (b.hasRemaining() && ch.read(b, b.position()) > 0) {
        // read it all
      }
      Properties p = new Properties();
      p.load(new java.io.StringReader(new String(b.array(), 0, b.position(),
          StandardCharsets.UTF_8)));
      try {
        return new Owner(Long.parseLong(p.getProperty("pid", "").strip()),
            p.getProperty("host", "?"), p.getProperty("started", ""));
      } catch (NumberFormatException e) {
        return null;
      }
    }

    String text() {
      return "# seapopym4j output lock\npid=" + pid + "\nhost=" + host + "\nstarted=" + started
          + "\n";
    }

    /** True when the owner ran on this host. */
    boolean onThisHost() {
      return host.equals(localHost());
    }

    /** True when this is a process running on this host (same pid and, when known, start). */
    boolean running() {
      if (!onThisHost()) {
        return false;
      }
      Optional<ProcessHandle> p = ProcessHandle.of(pid);
      if (p.isEmpty() || !p.get().isAlive()) {
        return false;
      }
      Optional<Instant> start = p.get().info().startInstant();
      return started.isEmpty() || start.isEmpty() || start.get().toString().equals(started);
    }

    @Override
    public String toString() {
      return "process " + pid + " on host " + host + (started.isEmpty() ? "" : " (started "
          + started + ")");
    }

    private static String localHost() {
      try {
        return InetAddress.getLocalHost().getHostName();
      } catch (IOException e) {
        return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("localhost");
      }
    }
  }
}
