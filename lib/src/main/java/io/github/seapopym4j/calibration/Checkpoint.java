package io.github.seapopym4j.calibration;

import io.github.seapopym4j.internal.AtomicFiles;
import io.github.seapopym4j.internal.Fingerprint;
import io.github.seapopym4j.space.Domain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything needed to continue a calibration exactly: which optimiser with which settings on which
 * domain and seed, the next generation to run, and the optimiser's state after the previous one.
 * Stored as {@code key=value} lines (numbers in {@link Double#toString} form, which round-trips).
 *
 * @param optimizer {@link Optimizer#name()}
 * @param settings {@link Optimizer#settings()}
 * @param domain {@link Domain#fingerprint()}
 * @param seed the calibration's seed
 * @param nextGeneration the generation a resumed run produces first
 * @param state {@link Evolution#state()} after generation {@code nextGeneration - 1}
 * @param inputs what else the result depends on ({@link Calibration.Builder#inputs}: input file
 *     contents, metric, model settings…), compared on resume; empty in checkpoints of earlier versions
 * @param totals the evaluation counts of generations 0 … {@code nextGeneration - 1}, over every
 *     run of the calibration ({@link Totals#NONE} in checkpoints of earlier versions)
 */
public record Checkpoint(String optimizer, String settings, String domain, long seed,
    long nextGeneration, Map<String, String> state, Map<String, String> inputs, Totals totals) {

  /** Evaluation counts (see {@link EvaluationReport}) summed over generations. */
  public record Totals(long individuals, long evaluated, long cacheHits, long failures,
      long wallNanos) {
    /** Nothing counted. */
    public static final Totals NONE = new Totals(0, 0, 0, 0, 0);

    /** The counts of {@code r}. */
    public static Totals of(EvaluationReport r) {
      return new Totals(r.individuals(), r.evaluated(), r.cacheHits(), r.failures().size(),
          r.wallNanos());
    }
  }

  private static final List<String> KEYS =
      List.of("optimizer", "settings", "domain", "seed", "next_generation");

  public Checkpoint {
    Objects.requireNonNull(optimizer, "optimizer");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(domain, "domain");
    state = Map.copyOf(state);
    inputs = Map.copyOf(inputs);
    Objects.requireNonNull(totals, "totals");
    requireSingleLine(inputs, "inputs");
    requireSingleLine(state, "state entries");
  }

  private static void requireSingleLine(Map<String, String> entries, String what) {
    entries.forEach((k, v) -> {
      if (k.contains("=") || k.contains("\n") || v.contains("\n")) {
        throw new IllegalArgumentException("checkpoint " + what + " must be single-line with no '=' "
            + "in keys, but found '" + k + "'");
      }
    });
  }

  /**
   * Fails unless this checkpoint was written by {@code opt} on {@code dom} with {@code seedValue}.
   *
   * @throws IllegalArgumentException naming the setting that differs, expected and found
   */
  public void requireCompatible(Optimizer opt, Domain dom, long seedValue, Path file) {
    require(file, "optimizer", opt.name(), optimizer);
    require(file, "settings", opt.settings(), settings);
    require(file, "domain", dom.fingerprint(), domain);
    require(file, "seed", Long.toString(seedValue), Long.toString(seed));
  }

  /**
   * Fails unless {@code now} equals the saved {@link #inputs} (skipped for a checkpoint of an
   * earlier version, which saved none).
   *
   * @throws IllegalArgumentException naming every input that changed, with how to start afresh
   */
  public void requireSameInputs(Map<String, String> now, Path file) {
    if (inputs.isEmpty()) {
      return;
    }
    List<String> changed = Fingerprint.differences(inputs, now);
    if (!changed.isEmpty()) {
      Path dir = file.toAbsolutePath().getParent();
      throw new IllegalArgumentException(String.format("%s: cannot resume: what the calibration "
          + "depends on has changed since it was saved: %s; resume with the inputs and settings it "
          + "started with, or start afresh without --resume in another directory (or delete %s)",
          file, String.join(", ", changed), dir));
    }
  }

  private static void require(Path file, String key, String expected, String found) {
    if (!expected.equals(found)) {
      throw new IllegalArgumentException(String.format(
          "%s: cannot resume: %s differs; expected '%s' (this run), found '%s' (checkpoint)", file, key,
          expected, found));
    }
  }

  /**
   * The optimiser's state restored by {@code restore}, with a malformed state entry reported as such:
   * the file, the entry and its value, and how to start afresh (rather than a bare {@code For input
   * string: "abc"}).
   *
   * @throws IllegalArgumentException when {@code restore} fails on a malformed entry
   */
  public <T> T restore(Path file, java.util.function.Supplier<T> restore) {
    try {
      return restore.get();
    } catch (IllegalArgumentException | IndexOutOfBoundsException | NullPointerException
        | IllegalStateException e) {
      String entry = null;
      String bad = e.getMessage() == null ? "" : e.getMessage().replaceAll("(?s).*[\"'](.*)[\"'].*", "$1");
      for (Map.Entry<String, String> en : state.entrySet()) {
        if (entry == null && !bad.isEmpty() && en.getValue().contains(bad)) {
          entry = "state." + en.getKey() + "=" + en.getValue();
        }
      }
      throw new IllegalArgumentException(String.format("%s: the checkpoint is corrupt%s (%s); "
          + "resume from an intact copy, or delete %s to start afresh", file,
          entry == null ? "" : ": entry '" + abbreviate(entry) + "'",
          e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), file), e);
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 100 ? s : s.substring(0, 100) + "…";
  }

  /** Writes the checkpoint atomically. */
  public void write(Path file) {
    StringBuilder b = new StringBuilder("# seapopym4j calibration checkpoint\n");
    b.append("optimizer=").append(optimizer).append('\n');
    b.append("settings=").append(settings).append('\n');
    b.append("domain=").append(domain).append('\n');
    b.append("seed=").append(seed).append('\n');
    b.append("next_generation=").append(nextGeneration).append('\n');
    new TreeMap<>(inputs).forEach((k, v) -> b.append("input.").append(k).append('=').append(v)
        .append('\n'));
    b.append("totals=").append(totals.individuals()).append(' ').append(totals.evaluated())
        .append(' ').append(totals.cacheHits()).append(' ').append(totals.failures()).append(' ')
        .append(totals.wallNanos()).append('\n');
    new TreeMap<>(state).forEach((k, v) -> b.append("state.").append(k).append('=').append(v)
        .append('\n'));
    AtomicFiles.write(file, w -> w.write(b.toString()));
  }

  /**
   * Reads a checkpoint written by {@link #write}.
   *
   * @throws IllegalArgumentException naming the file and the missing or malformed entry
   */
  public static Checkpoint read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read checkpoint " + file, e);
    }
    Map<String, String> head = new TreeMap<>();
    Map<String, String> state = new TreeMap<>();
    Map<String, String> inputs = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException(String.format("%s line %d: expected key=value, found '%s'",
            file, i + 1, line));
      }
      String k = line.substring(0, eq);
      String v = line.substring(eq + 1);
      if (k.startsWith("state.")) {
        state.put(k.substring(6), v);
      } else if (k.startsWith("input.")) {
        inputs.put(k.substring(6), v);
      } else {
        head.put(k, v);
      }
    }
    for (String k : KEYS) {
      if (!head.containsKey(k)) {
        throw new IllegalArgumentException(file + ": expected an entry '" + k + "', found none");
      }
    }
    try {
      return new Checkpoint(head.get("optimizer"), head.get("settings"), head.get("domain"),
          Long.parseLong(head.get("seed")), Long.parseLong(head.get("next_generation")), state,
          inputs, totals(file, head.get("totals")));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + ": expected integers for seed and next_generation, "
          + "found '" + head.get("seed") + "' and '" + head.get("next_generation") + "'", e);
    }
  }

  private static Totals totals(Path file, String text) {
    if (text == null) {
      return Totals.NONE;
    }
    String[] f = text.strip().split(" ");
    try {
      if (f.length == 5) {
        return new Totals(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]),
            Long.parseLong(f[3]), Long.parseLong(f[4]));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(file + ": expected 'totals=<individuals> <evaluated> "
        + "<cache hits> <failures> <wall ns>' (5 integers), found 'totals=" + text + "'");
  }
}
