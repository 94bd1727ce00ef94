package io.github.seapopym4j.space;

import io.github.seapopym4j.model.GroupParameter;
import java.util.Objects;

/**
 * The qualified name of one group parameter, written {@code GROUP.parameter} everywhere (logbooks,
 * parameter spaces, command-line options), e.g. {@code D1N1.tr_0}.
 *
 * <p>The old sweep spelling {@code GROUP_parameter} ({@code D1N1_tr_0}) survives only as a sweep
 * column name, where a dot is not allowed.
 *
 * @param group the group name, not blank
 * @param parameter the parameter
 */
public record ParameterName(String group, GroupParameter parameter) implements java.io.Serializable {

  public ParameterName {
    Objects.requireNonNull(parameter, "parameter");
    if (group == null || group.isBlank()) {
      throw new IllegalArgumentException("a parameter name needs a group, but was '" + group + "'");
    }
  }

  /** {@code GROUP.parameter}, e.g. {@code D1N1.tr_0}. */
  @Override
  public String toString() {
    return parameter.qualifiedName(group);
  }
}
