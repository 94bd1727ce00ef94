package io.github.seapopym4j.calibration;

import io.github.seapopym4j.internal.AtomicFiles;
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
 */
public record Checkpoint(String optimizer, String settings, String domain, long seed,
    long nextGeneration, Map<String, String> state) {

  private static final List<String> KEYS =
      List.of("optimizer", "settings", "domain", "seed", "next_generation");

  public Checkpoint {
    Objects.requireNonNull(optimizer, "optimizer");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(domain, "domain");
    state = Map.copyOf(state);
    for (Map.Entry<String, String> e : state.entrySet()) {
      if (e.getKey().contains("=") || e.getKey().contains("\n") || e.getValue().contains("\n")) {
        throw new IllegalArgumentException("checkpoint state entries must be single-line with no '=' "
            + "in keys, but found '" + e.getKey() + "'");
      }
    }
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
      (k.startsWith("state.") ? state : head).put(k.startsWith("state.") ? k.substring(6) : k,
          line.substring(eq + 1));
    }
    for (String k : KEYS) {
      if (!head.containsKey(k)) {
        throw new IllegalArgumentException(file + ": expected an entry '" + k + "', found none");
      }
    }
    try {
      return new Checkpoint(head.get("optimizer"), head.get("settings"), head.get("domain"),
          Long.parseLong(head.get("seed")), Long.parseLong(head.get("next_generation")), state);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + ": expected integers for seed and next_generation, "
          + "found '" + head.get("seed") + "' and '" + head.get("next_generation") + "'", e);
    }
  }
}
