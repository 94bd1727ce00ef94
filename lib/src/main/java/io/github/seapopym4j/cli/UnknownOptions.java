package io.github.seapopym4j.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/**
 * Finds a mistyped option name on a command line and the known option it most likely meant.
 *
 * <p>picocli checks required options before it reports unknown ones, so {@code run --temprature
 * t.csv …} would fail with "Missing required option: '--temperature'", hiding the typo. The usage
 * error handler of {@link SeapopymCli} asks {@link #describe} first and reports {@code unknown option
 * '--temprature'; did you mean '--temperature'?} instead.
 */
final class UnknownOptions {

  private UnknownOptions() {}

  /**
   * The unknown long options ({@code --name} or {@code --name=value}) among {@code args}, for the
   * command {@code cl} (its own, inherited and parent options count as known), each with the nearest
   * known option when one is close; empty when every option is known.
   */
  static Optional<String> describe(CommandLine cl, String[] args) {
    Set<String> known = new HashSet<>();
    for (CommandLine c = cl; c != null; c = c.getParent()) {
      known.addAll(c.getCommandSpec().optionsMap().keySet());
    }
    List<String> reports = Arrays.stream(args).filter(a -> a.startsWith("--") && a.length() > 2)
        .map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a)
        .filter(name -> !known.contains(name))
        .map(name -> nearest(name, known)
            .map(k -> "unknown option '" + name + "'; did you mean '" + k + "'?")
            .orElse("Unknown option: '" + name + "'")).toList();
    return reports.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reports));
  }

  /**
   * The known long option nearest to {@code name} by edit distance (insertions, deletions,
   * substitutions and swaps of neighbours), when it is at most 2 edits or a third of the name away.
   */
  static Optional<String> nearest(String name, Set<String> known) {
    int limit = Math.max(2, name.length() / 3);
    return known.stream().filter(k -> k.startsWith("--")).sorted()
        .min(Comparator.comparingInt(k -> distance(name, k)))
        .filter(k -> distance(name, k) <= limit);
  }

  /** The optimal string alignment distance between {@code a} and {@code b}. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
