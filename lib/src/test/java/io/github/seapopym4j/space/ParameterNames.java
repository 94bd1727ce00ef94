package io.github.seapopym4j.space;

import io.github.seapopym4j.model.GroupParameter;
import java.util.Objects;

/**
 * Reads a {@link ParameterName} from its text, refusing the old sweep spelling {@code
 * GROUP_parameter} with a message that gives the spelling to write instead.
 */
final class ParameterNames {

  private ParameterNames() {}

  /**
   * Reads {@code GROUP.parameter}; the group is everything before the last dot.
   *
   * @throws IllegalArgumentException when {@code text} has no group, no known parameter, or uses
   *     the old spelling {@code GROUP_parameter} (the message gives the spelling to write)
   */
  static ParameterName parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.trim();
    int dot = s.lastIndexOf('.');
    if (dot < 0) {
      for (GroupParameter p : GroupParameter.values()) {
        String suffix = "_" + p.csvName();
        if (s.endsWith(suffix) && s.length() > suffix.length() && !longerMatch(s, p)) {
          String group = s.substring(0, s.length() - suffix.length());
          throw new IllegalArgumentException(String.format(
              "parameter name '%s' uses the old spelling GROUP_parameter; write %s", text,
              p.qualifiedName(group)));
        }
      }
      throw new IllegalArgumentException(String.format(
          "expected a parameter name GROUP.parameter (e.g. D1N1.tr_0), but found '%s'", text));
    }
    String group = s.substring(0, dot);
    String name = s.substring(dot + 1);
    if (group.isBlank()) {
      throw new IllegalArgumentException(String.format(
          "expected a parameter name GROUP.parameter (e.g. D1N1.tr_0), but '%s' names no group",
          text));
    }
    GroupParameter p = GroupParameter.byCsvName(name).orElseThrow(() -> new IllegalArgumentException(
        String.format("parameter name '%s': expected a parameter among %s, but found '%s'", text,
            GroupParameter.csvNames(), name)));
    return new ParameterName(group, p);
  }

  /** Whether a parameter other than {@code p} also ends {@code s} with a longer name (tr_0 vs ...). */
  private static boolean longerMatch(String s, GroupParameter p) {
    for (GroupParameter q : GroupParameter.values()) {
      if (q != p && q.csvName().length() > p.csvName().length() && s.endsWith("_" + q.csvName())) {
        return true;
      }
    }
    return false;
  }
}
