package io.github.seapopym4j.calibration;

import io.github.seapopym4j.internal.AtomicFiles;
import io.github.seapopym4j.internal.csv.CsvReader;
import io.github.seapopym4j.internal.csv.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * Every individual of every generation of a calibration: one row per individual with columns
 * {@code generation, individual, <free parameters…>, fitness, seed, wall_ms} (seapopym-optimization's
 * logbook frame), where {@code wall_ms} is the wall time of the whole generation.
 *
 * <p>{@link #table()} gives a fresh Tablesaw table, so {@code summarize(..).by(..)} works and the
 * logbook itself never changes through it. The CSV form prints numbers with {@link
 * Double#toString}, which round-trips exactly: a resumed run reads back the very bits it wrote.
 *
 * @implNote Not thread-safe; a {@link Calibration} appends from its own thread.
 */
public final class Logbook {

  private record Row(long generation, int individual, double[] x, double fitness, long seed,
      double wallMs) {}

  private final List<String> names;
  private final List<Row> rows;

  private Logbook(List<String> names, List<Row> rows) {
    this.names = List.copyOf(names);
    this.rows = rows;
  }

  /** An empty logbook for the free parameters {@code names}. */
  public static Logbook empty(List<String> names) {
    return new Logbook(names, new ArrayList<>());
  }

  /** Adds every individual of {@code g}. */
  void append(Generation g) {
    double wallMs = g.wallNanos() / 1e6;
    for (int i = 0; i < g.population().size(); i++) {
      double[] x = g.population().parameters(i);
      if (x.length != names.size()) {
        throw new IllegalArgumentException(String.format(
            "generation %d individual %d has %d parameters, but the logbook has %d %s", g.index(),
            i, x.length, names.size(), names));
      }
      rows.add(new Row(g.index(), i, x, g.population().fitness(i), g.seed(), wallMs));
    }
  }

  /** The free-parameter names (the parameter columns). */
  public List<String> names() {
    return names;
  }

  /** The number of rows (individuals over all generations). */
  public int size() {
    return rows.size();
  }

  /** The number of generations logged: the highest generation index + 1, 0 when empty. */
  public long generations() {
    return rows.isEmpty() ? 0 : rows.get(rows.size() - 1).generation + 1;
  }

  /** A copy holding only generations below {@code generation}. */
  public Logbook before(long generation) {
    return new Logbook(names, rows.stream().filter(r -> r.generation < generation)
        .collect(Collectors.toCollection(ArrayList::new)));
  }

  /** The best fitness found up to and including each generation, index = generation. */
  public List<Double> bestSoFar() {
    List<Double> out = new ArrayList<>();
    double best = Double.POSITIVE_INFINITY;
    for (Row r : rows) {
      while (out.size() <= r.generation) {
        out.add(best);
      }
      best = Math.min(best, r.fitness);
      out.set((int) r.generation, best);
    }
    return out;
  }

  /** The row of the lowest fitness (the earliest on ties); fails when empty. */
  public int bestRow() {
    if (rows.isEmpty()) {
      throw new IllegalStateException("the logbook is empty");
    }
    int best = 0;
    for (int i = 1; i < rows.size(); i++) {
      if (rows.get(i).fitness < rows.get(best).fitness) {
        best = i;
      }
    }
    return best;
  }

  /** A copy of the parameters in {@code row}. */
  public double[] parameters(int row) {
    return rows.get(row).x.clone();
  }

  public double fitness(int row) {
    return rows.get(row).fitness;
  }

  public long generation(int row) {
    return rows.get(row).generation;
  }

  /** A new table with the logbook's rows. */
  public Table table() {
    LongColumn gen = LongColumn.create("generation");
    IntColumn ind = IntColumn.create("individual");
    DoubleColumn[] params = names.stream().map(DoubleColumn::create).toArray(DoubleColumn[]::new);
    DoubleColumn fit = DoubleColumn.create("fitness");
    LongColumn seed = LongColumn.create("seed");
    DoubleColumn wall = DoubleColumn.create("wall_ms");
    for (Row r : rows) {
      gen.append(r.generation);
      ind.append(r.individual);
      for (int j = 0; j < params.length; j++) {
        params[j].append(r.x[j]);
      }
      fit.append(r.fitness);
      seed.append(r.seed);
      wall.append(r.wallMs);
    }
    Table t = Table.create("logbook", gen, ind);
    t.addColumns(params);
    t.addColumns(fit, seed, wall);
    return t;
  }

  /** The CSV text; without {@code wall_ms} when {@code withWallTime} is false (for comparisons). */
  public String csv(boolean withWallTime) {
    StringBuilder b = new StringBuilder(header(withWallTime)).append('\n');
    return rows(b, withWallTime, Long.MIN_VALUE).toString();
  }

  /** Appends the rows (of {@code generation} only, unless it is {@code Long.MIN_VALUE}) to b. */
  private StringBuilder rows(StringBuilder b, boolean withWallTime, long generation) {
    for (Row r : rows) {
      if (generation != Long.MIN_VALUE && r.generation != generation) {
        continue;
      }
      b.append(r.generation).append(',').append(r.individual);
      for (double v : r.x) {
        b.append(',').append(v);
      }
      b.append(',').append(r.fitness).append(',').append(r.seed);
      if (withWallTime) {
        b.append(',').append(r.wallMs);
      }
      b.append('\n');
    }
    return b;
  }

  private String header(boolean withWallTime) {
    return "generation,individual," + String.join(",", names) + ",fitness,seed"
        + (withWallTime ? ",wall_ms" : "");
  }

  /** Writes the CSV (with wall time) atomically. */
  public void write(Path file) {
    AtomicFiles.write(file, w -> w.write(csv(true)));
  }

  /**
   * Appends the rows of {@code generation} to {@code file}, which holds the earlier generations
   * (written by {@link #write}, then appended to), in one write forced to disk: a kill leaves at
   * most a partial last generation, which {@link #recover} cuts off. Cheaper than {@link #write} of
   * the whole logbook after every generation.
   *
   * @throws UncheckedIOException naming the file
   */
  public void append(Path file, long generation) {
    byte[] text = rows(new StringBuilder(), true, generation).toString()
        .getBytes(StandardCharsets.UTF_8);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND)) {
      ByteBuffer buf = ByteBuffer.wrap(text);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the logbook {@code file} of a calibration resumed at {@code nextGeneration}, first cutting
   * the file back to the generations before it: rows a killed run appended after its last
   * checkpoint, and a partial last line, are removed from the file.
   *
   * @throws IllegalArgumentException as {@link #read} for malformed content before the cut
   */
  public static Logbook recover(Path file, long nextGeneration) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ,
        StandardOpenOption.WRITE)) {
      byte[] b = Files.readAllBytes(file);
      long keep = 0;
      boolean header = true;
      for (int start = 0; start < b.length; ) {
        int end = start;
        while (end < b.length && b[end] != '\n') {
          end++;
        }
        if (end == b.length) {
          break; // a partial last line
        }
        if (!header && generationOf(b, start, end) >= nextGeneration) {
          break;
        }
        header = false;
        start = end + 1;
        keep = start;
      }
      if (keep < b.length) {
        ch.truncate(keep);
        ch.force(false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return read(file).before(nextGeneration);
  }

  /** The generation of the row in b[start, end), or −1 when it does not start with an integer. */
  private static long generationOf(byte[] b, int start, int end) {
    long g = 0;
    int i = start;
    for (; i < end && b[i] >= '0' && b[i] <= '9'; i++) {
      g = 10 * g + (b[i] - '0');
    }
    return i == start || i == end || b[i] != ',' ? -1 : g;
  }

  /**
   * Reads a logbook CSV written by {@link #write}.
   *
   * @throws IllegalArgumentException naming the file, line and column of a malformed value
   */
  public static Logbook read(Path file) {
    List<CsvRecord> lines = CsvReader.readAll(file);
    String[] head = lines.isEmpty() ? new String[0] : lines.get(0).toArray();
    int n = head.length - 5;
    if (n < 1 || !head[0].equals("generation") || !head[1].equals("individual")
        || !head[n + 2].equals("fitness") || !head[n + 3].equals("seed")
        || !head[n + 4].equals("wall_ms")) {
      throw new IllegalArgumentException(String.format("%s line 1: expected header "
          + "'generation,individual,<parameters…>,fitness,seed,wall_ms', found '%s'", file,
          lines.isEmpty() ? "" : String.join(",", lines.get(0).fields())));
    }
    Logbook book = empty(Arrays.asList(head).subList(2, n + 2));
    for (int i = 1; i < lines.size(); i++) {
      String[] c = lines.get(i).toArray();
      long line = lines.get(i).line();
      if (c.length != head.length) {
        throw new IllegalArgumentException(String.format("%s line %d: expected %d columns, found %d",
            file, line, head.length, c.length));
      }
      try {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
          x[j] = Double.parseDouble(c[j + 2]);
        }
        book.rows.add(new Row(Long.parseLong(c[0]), Integer.parseInt(c[1]), x,
            Double.parseDouble(c[n + 2]), Long.parseLong(c[n + 3]), Double.parseDouble(c[n + 4])));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(String.format("%s line %d: expected numbers, found '%s'",
            file, line, String.join(",", c)), e);
      }
    }
    return book;
  }
}
