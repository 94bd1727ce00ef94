package io.github.seapopym4j.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * An output stream that remembers its first write error. Standard output goes through one: a
 * {@link java.io.PrintStream} or {@link java.io.PrintWriter} swallows errors (a full disk under
 * {@code seapopym score > file} leaves a 0-byte file), so {@link SeapopymCli#execute} flushes and
 * asks {@link #error()} before it reports success.
 */
final class CheckedOutput extends FilterOutputStream {

  private volatile IOException error;

  CheckedOutput(OutputStream out) {
    super(Objects.requireNonNull(out, "out"));
  }

  @Override
  public void write(int b) throws IOException {
    checked(() -> out.write(b));
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    checked(() -> out.write(b, off, len));
  }

  @Override
  public void flush() throws IOException {
    checked(out::flush);
  }

  private interface Io {
    void run() throws IOException;
  }

  /** Runs {@code io}, remembering its first error. */
  private void checked(Io io) throws IOException {
    try {
      io.run();
    } catch (IOException e) {
      if (error == null) {
        error = e;
      }
      throw e;
    }
  }

  /** The first write error, or null. */
  IOException error() {
    return error;
  }
}
