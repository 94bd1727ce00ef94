package io.github.seapopym4j.sweep;

import io.github.seapopym4j.internal.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The files of a sweep written to a directory, and what makes it resumable.
 *
 * <pre>
 * DIR/sweep.manifest          plan, kernel, metrics and chunk size: what the chunks belong to
 * DIR/chunks/chunk-000123.csv the rows of chunk 123, no header; present only once complete
 * DIR/results.csv             header + every chunk in order; written when all chunks exist,
 *                             after which the chunk files are deleted
 * </pre>
 *
 * Every file is written to a temporary file in the same directory and moved into place atomically, so
 * a killed sweep leaves only complete chunk files (and perhaps a stray {@code .tmp}, deleted on the
 * next open). Files are not forced to disk (no fsync): this protects against a killed process, not
 * against a power cut. Resuming reads the complete chunks back and evaluates the others; the final file is
 * byte-for-byte the one an uninterrupted sweep writes.
 */
final class ChunkStore {

  static final String MANIFEST = "sweep.manifest";
  static final String RESULTS = "results.csv";
  static final String CHUNKS = "chunks";

  private final Path dir;
  private final Path chunkDir;

  /**
   * Opens {@code dir} for the sweep described by {@code manifest}. Without {@code resume}, the
   * directory must not hold a sweep already; with it, an existing manifest must equal {@code
   * manifest}.
   */
  ChunkStore(Path dir, String manifest, boolean resume) {
    this.dir = dir;
    this.chunkDir = dir.resolve(CHUNKS);
    try {
      Files.createDirectories(chunkDir);
      Path manifestFile = dir.resolve(MANIFEST);
      if (Files.exists(manifestFile)) {
        if (!resume) {
          throw new IllegalStateException(dir + " already holds a sweep (" + MANIFEST
              + "); resume it (--resume) or choose another directory");
        }
        String existing = Files.readString(manifestFile, StandardCharsets.UTF_8);
        if (!existing.equals(manifest)) {
          throw new IllegalStateException(dir + " holds a different sweep: " + firstDifference(
              existing, manifest) + "; choose another directory, or delete it to start over");
        }
      } else {
        if (Files.exists(dir.resolve(RESULTS)) || hasChunkFiles()) {
          throw new IllegalStateException(dir + " holds sweep files but no " + MANIFEST
              + "; choose another directory");
        }
        writeAtomically(manifestFile, manifest.getBytes(StandardCharsets.UTF_8));
      }
      deleteStrayTemporaries();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open sweep directory " + dir, e);
    }
  }

  /** The final results file (may not exist yet). */
  Path results() {
    return dir.resolve(RESULTS);
  }

  boolean resultsComplete() {
    return Files.exists(results());
  }

  Path chunk(int index) {
    return chunkFile(dir, index);
  }

  /** The file of chunk {@code index} of the sweep in {@code dir} (also for writers in other JVMs). */
  static Path chunkFile(Path dir, int index) {
    return dir.resolve(CHUNKS).resolve(String.format(Locale.ROOT, "chunk-%06d.csv", index));
  }

  List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads back what an earlier run wrote: every row of results.csv when it exists, else every
   * complete chunk, into {@code columns} (indexed by combination); marks the chunks found in {@code
   * done} and returns the number of combinations read.
   */
  long load(SweepResultsCsv csv, double[][] columns, int chunkSize, boolean[] done) {
    int n = columns.length == 0 ? 0 : columns[0].length;
    if (resultsComplete()) {
      Path file = results();
      List<String> lines = readLines(file);
      if (lines.isEmpty() || !lines.get(0).equals(csv.header())) {
        throw new IllegalStateException(file + " line 1: expected header '" + csv.header() + "'");
      }
      if (lines.size() != n + 1) {
        throw new IllegalStateException(String.format("%s: expected %d rows but found %d", file, n,
            lines.size() - 1));
      }
      for (int c = 0; c < n; c++) {
        csv.parseRow(lines.get(c + 1), c, columns, c, file, c + 2);
      }
      java.util.Arrays.fill(done, true);
      return n;
    }
    long resumed = 0;
    for (int i = 0; i < done.length; i++) {
      Path file = chunk(i);
      if (!Files.exists(file)) {
        continue;
      }
      List<String> lines = readLines(file);
      int from = i * chunkSize;
      int to = (int) Math.min(n, (long) (i + 1) * chunkSize);
      if (lines.size() != to - from) {
        throw new IllegalStateException(String.format("%s: expected %d rows but found %d", file,
            to - from, lines.size()));
      }
      for (int c = from; c < to; c++) {
        csv.parseRow(lines.get(c - from), c, columns, c, file, c - from + 1);
      }
      done[i] = true;
      resumed += to - from;
    }
    return resumed;
  }

  /** Writes header + chunks 0 … chunkCount−1 into results.csv (atomically), then deletes the chunks. */
  void assemble(String header, int chunkCount) {
    AtomicFiles.writeBytes(results(), out -> {
      out.write((header + "\n").getBytes(StandardCharsets.ISO_8859_1));
      for (int i = 0; i < chunkCount; i++) {
        Files.copy(chunk(i), out);
      }
    });
    try {
      for (int i = 0; i < chunkCount; i++) {
        Files.deleteIfExists(chunk(i));
      }
      Files.deleteIfExists(chunkDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the chunks of " + results(), e);
    }
  }

  /** Writes {@code bytes} to a temporary file beside {@code target}, then moves it into place. */
  static void writeAtomically(Path target, byte[] bytes) {
    AtomicFiles.writeBytes(target, out -> out.write(bytes));
  }

  private boolean hasChunkFiles() throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(chunkDir, "chunk-*.csv")) {
      return s.iterator().hasNext();
    }
  }

  private void deleteStrayTemporaries() throws IOException {
    for (Path d : List.of(dir, chunkDir)) {
      try (DirectoryStream<Path> s = Files.newDirectoryStream(d, ".*.tmp")) {
        for (Path p : s) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static String firstDifference(String existing, String wanted) {
    String[] a = existing.split("\n", -1);
    String[] b = wanted.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "<end>";
      String y = i < b.length ? b[i] : "<end>";
      if (!x.equals(y)) {
        return String.format("%s line %d is '%s' but this sweep has '%s'", MANIFEST, i + 1, x, y);
      }
    }
    return "manifests differ";
  }
}
