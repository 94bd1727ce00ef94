package io.github.seapopym4j.benchmark;

import io.github.seapopym4j.internal.AtomicFiles;
import io.github.seapopym4j.internal.csv.CsvReader;
import io.github.seapopym4j.internal.csv.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A CSV history of benchmark figures, one row per figure and run, appended atomically (the whole
 * file is rewritten to a temporary file and moved into place, so a reader never sees half a row).
 * Header: {@value #HEADER}. Text fields have commas and line breaks replaced by spaces.
 *
 * <pre>{@code
 * History.append(Path.of("build/history.csv"), List.of(History.Entry.now("baseline", "wall_s",
 *     report.time().candidate())));
 * Optional<Alert> a = RegressionRule.DEFAULT.check(History.read(file), "baseline", "wall_s");
 * }</pre>
 */
public final class History {

  /** The header line. */
  public static final String HEADER =
      "date,commit,host,cores,os,jvm,benchmark,metric,median,min,max,repeats";

  private History() {}

  /**
   * One figure of one run.
   *
   * @param date when it was measured
   * @param commit {@code git rev-parse HEAD} of the code measured, or "unknown"
   * @param machine where
   * @param benchmark what ran, e.g. "baseline"
   * @param metric which figure, e.g. "seapopym4j_wall_s" (lower is better for the alert rule)
   * @param median median over the repeats
   * @param min lowest repeat
   * @param max highest repeat
   * @param repeats how many repeats
   */
  public record Entry(Instant date, String commit, Machine machine, String benchmark, String metric,
      double median, double min, double max, int repeats) {

    public Entry {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(machine, "machine");
      commit = field(commit);
      benchmark = field(benchmark);
      metric = field(metric);
      if (!(min <= median && median <= max) || repeats < 1) {
        throw new IllegalArgumentException(String.format("history entry %s/%s: expected min <= "
            + "median <= max and repeats >= 1, but got %s, %s, %s and %d", benchmark, metric, min,
            median, max, repeats));
      }
    }

    /** A figure measured now on this machine at the current commit, from its repeats. */
    public static Entry now(String benchmark, String metric, double[] samples) {
      return new Entry(Instant.now(), currentCommit(Path.of(".")), Machine.current(), benchmark,
          metric, Comparison.median(samples), Comparison.min(samples), Comparison.max(samples),
          samples.length);
    }

    String csv() {
      return String.join(",", date.toString(), CsvReader.quote(commit),
          CsvReader.quote(machine.host()), Integer.toString(machine.cores()),
          CsvReader.quote(machine.os()), CsvReader.quote(machine.jvm()), CsvReader.quote(benchmark),
          CsvReader.quote(metric), num(median), num(min), num(max), Integer.toString(repeats));
    }
  }

  /** Appends {@code entries} to {@code file} (created with its header when absent). */
  public static synchronized void append(Path file, List<Entry> entries) {
    StringBuilder b = new StringBuilder();
    if (Files.exists(file)) {
      try {
        b.append(Files.readString(file));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read history " + file, e);
      }
      read(file); // refuses to append to a file that is not a history
    } else {
      b.append(HEADER).append('\n');
    }
    entries.forEach(e -> b.append(e.csv()).append('\n'));
    AtomicFiles.write(file, w -> w.write(b.toString()));
  }

  /**
   * Reads a history.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed row
   */
  public static List<Entry> read(Path file) {
    List<CsvRecord> lines = CsvReader.readAll(file, HEADER);
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String[] c = lines.get(i).toArray();
      try {
        if (c.length != 12) {
          throw new IllegalArgumentException("expected 12 columns, found " + c.length);
        }
        out.add(new Entry(Instant.parse(c[0]), c[1],
            new Machine(c[2], Integer.parseInt(c[3]), c[4], c[5]), c[6], c[7],
            Double.parseDouble(c[8]), Double.parseDouble(c[9]), Double.parseDouble(c[10]),
            Integer.parseInt(c[11])));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new IllegalArgumentException(String.format("%s line %d: expected %s, found '%s' (%s)",
            file, lines.get(i).line(), HEADER, String.join(",", c), e.getMessage()), e);
      }
    }
    return out;
  }

  /** The entries as a table with the columns of the file. */
  public static Table table(List<Entry> entries) {
    StringColumn date = StringColumn.create("date");
    StringColumn commit = StringColumn.create("commit");
    StringColumn host = StringColumn.create("host");
    StringColumn bench = StringColumn.create("benchmark");
    StringColumn metric = StringColumn.create("metric");
    DoubleColumn med = DoubleColumn.create("median");
    DoubleColumn min = DoubleColumn.create("min");
    DoubleColumn max = DoubleColumn.create("max");
    IntColumn n = IntColumn.create("repeats");
    for (Entry e : entries) {
      date.append(e.date().toString());
      commit.append(e.commit());
      host.append(e.machine().host());
      bench.append(e.benchmark());
      metric.append(e.metric());
      med.append(e.median());
      min.append(e.min());
      max.append(e.max());
      n.append(e.repeats());
    }
    return Table.create("history", date, commit, host, bench, metric, med, min, max, n);
  }

  /**
   * {@code git rev-parse HEAD} run in {@code dir}, or "unknown" when git is missing, {@code dir} is
   * not in a repository, or git takes more than 5 s.
   */
  public static String currentCommit(Path dir) {
    try {
      Process p = new ProcessBuilder("git", "rev-parse", "HEAD").directory(dir.toFile())
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroy();
        return "unknown";
      }
      return p.exitValue() == 0 && out.matches("[0-9a-f]{7,64}") ? out : "unknown";
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  /** A text field safe for the file: no commas or line breaks; "unknown" when null or blank. */
  static String field(String s) {
    return s == null || s.isBlank() ? "unknown" : s.replaceAll("[,\\r\\n]", " ").strip();
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
