package io.github.seapopym4j.calibration;

import io.github.seapopym4j.internal.AtomicFiles;
import io.github.seapopym4j.internal.csv.CsvReader;
import io.github.seapopym4j.internal.csv.CsvRecord;
import io.github.seapopym4j.profile.MemorySnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * Memory per generation of a calibration (a soak test checks that it stays flat).
 *
 * @param generations generation indices, one per sample
 * @param samples the memory after each generation
 */
public record MemorySeries(List<Long> generations, List<MemorySnapshot> samples) {

  private static final String HEADER = "generation,heap_bytes,off_heap_bytes,resident_bytes";

  public MemorySeries {
    generations = List.copyOf(generations);
    samples = List.copyOf(samples);
    if (generations.size() != samples.size()) {
      throw new IllegalArgumentException(String.format(
          "memory series: %d generations but %d samples", generations.size(), samples.size()));
    }
  }

  /** An empty series. */
  public static MemorySeries empty() {
    return new MemorySeries(List.of(), List.of());
  }

  /** This series with one more sample. */
  public MemorySeries plus(long generation, MemorySnapshot sample) {
    List<Long> g = new ArrayList<>(generations);
    List<MemorySnapshot> s = new ArrayList<>(samples);
    g.add(generation);
    s.add(sample);
    return new MemorySeries(g, s);
  }

  public int size() {
    return samples.size();
  }

  /** A table {@code generation, heap_bytes, off_heap_bytes, resident_bytes}. */
  public Table table() {
    LongColumn g = LongColumn.create("generation");
    LongColumn h = LongColumn.create("heap_bytes");
    LongColumn o = LongColumn.create("off_heap_bytes");
    LongColumn r = LongColumn.create("resident_bytes");
    for (int i = 0; i < samples.size(); i++) {
      g.append(generations.get(i));
      h.append(samples.get(i).heapUsedBytes());
      o.append(samples.get(i).offHeapBytes());
      r.append(samples.get(i).residentBytes());
    }
    return Table.create("memory", g, h, o, r);
  }

  /** The CSV form of {@link #table()}. */
  public String csv() {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < samples.size(); i++) {
      MemorySnapshot m = samples.get(i);
      b.append(generations.get(i)).append(',').append(m.heapUsedBytes()).append(',')
          .append(m.offHeapBytes()).append(',').append(m.residentBytes()).append('\n');
    }
    return b.toString();
  }

  /** Writes {@link #csv()} atomically. */
  public void write(Path file) {
    AtomicFiles.write(file, w -> w.write(csv()));
  }

  /**
   * Reads a file written by {@link #write}.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed row
   */
  public static MemorySeries read(Path file) {
    List<CsvRecord> lines = CsvReader.readAll(file, HEADER);
    List<Long> g = new ArrayList<>();
    List<MemorySnapshot> s = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String[] c = lines.get(i).toArray();
      try {
        if (c.length != 4) {
          throw new NumberFormatException("expected 4 columns");
        }
        g.add(Long.parseLong(c[0]));
        s.add(new MemorySnapshot(Long.parseLong(c[1]), Long.parseLong(c[2]), Long.parseLong(c[3])));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(String.format(
            "%s line %d: expected 4 integers (%s), found '%s'", file, lines.get(i).line(), HEADER,
            String.join(",", c)), e);
      }
    }
    return new MemorySeries(g, s);
  }

  /** A copy holding only generations below {@code generation}. */
  public MemorySeries before(long generation) {
    List<Long> g = new ArrayList<>();
    List<MemorySnapshot> s = new ArrayList<>();
    for (int i = 0; i < samples.size(); i++) {
      if (generations.get(i) < generation) {
        g.add(generations.get(i));
        s.add(samples.get(i));
      }
    }
    return new MemorySeries(g, s);
  }
}
