package io.github.seapopym4j.space;

import io.github.seapopym4j.model.GroupParameter;
import io.github.seapopym4j.space.ParamSpec.Fixed;
import io.github.seapopym4j.space.ParamSpec.Free;
import io.github.seapopym4j.model.FunctionalGroup;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The calibration space of one functional group: every {@link GroupParameter} is {@link Fixed} or {@link
 * Free}. Immutable; {@link #free(GroupParameter)} and {@link #fix(GroupParameter, double)} return copies.
 *
 * <pre>{@code
 * GroupSpace g = GroupSpace.fixedAt(truth).free(GroupParameter.ENERGY_TRANSFERT)
 *     .free(GroupParameter.LAMBDA_TEMPERATURE_0, 0.005, 0.05);
 * }</pre>
 *
 * @param name the group name
 * @param specs one spec per parameter; layers fixed at integers; fixed values and free bounds
 *     within the range the model accepts
 */
public record GroupSpace(String name, Map<GroupParameter, ParamSpec> specs)
    implements java.io.Serializable {

  public GroupSpace {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("group name must not be blank, but was '" + name + "'");
    }
    Objects.requireNonNull(specs, "specs");
    EnumMap<GroupParameter, ParamSpec> copy = new EnumMap<>(GroupParameter.class);
    for (GroupParameter p : GroupParameter.values()) {
      ParamSpec s = specs.get(p);
      if (s == null) {
        throw new IllegalArgumentException(String.format(
            "group '%s': parameter %s has no spec (expected every one of %s)", name, p.csvName(),
            GroupParameter.csvNames()));
      }
      check(name, p, s);
      copy.put(p, s);
    }
    specs = Collections.unmodifiableMap(copy);
  }

  private static void check(String group, GroupParameter p, ParamSpec s) {
    if (s instanceof Free f) {
      if (!p.calibratable()) {
        throw new IllegalArgumentException(String.format(
            "group '%s': %s must be fixed (layers are integer labels), but was free %s", group,
            p.csvName(), f));
      }
      if (!p.allows(f.min()) || !p.allows(f.max())) {
        throw new IllegalArgumentException(String.format(
            "group '%s': bounds of %s [%s] must be %s, but were [%s, %s]", group, p.csvName(),
            p.unit(), p.allowedRange(), f.min(), f.max()));
      }
    } else if (s instanceof Fixed x && !p.allows(x.value())) {
      throw new IllegalArgumentException(String.format("group '%s': %s [%s] must be %s, but was %s",
          group, p.csvName(), p.unit(), p.allowedRange(), x.value()));
    }
  }

  /** Every parameter fixed at its value in {@code group}. */
  public static GroupSpace fixedAt(FunctionalGroup group) {
    EnumMap<GroupParameter, ParamSpec> m = new EnumMap<>(GroupParameter.class);
    for (GroupParameter p : GroupParameter.values()) {
      m.put(p, new Fixed(p.valueOf(group)));
    }
    return new GroupSpace(group.name(), m);
  }

  /** A copy with {@code p} free within the SeapoPym v0.1 paper's default bounds. */
  public GroupSpace free(GroupParameter p) {
    double[] b = p.defaultBounds();
    return free(p, b[0], b[1]);
  }

  /** A copy with {@code p} free within [min, max] (in {@code p}'s unit). */
  public GroupSpace free(GroupParameter p, double min, double max) {
    return with(p, Free.of(qualifiedName(p), min, max, p.unit()));
  }

  /** {@code "<group>.<parameter>"} ({@link ParameterName}), the name of a free parameter in logbooks. */
  public String qualifiedName(GroupParameter p) {
    return new ParameterName(name, p).toString();
  }

  private GroupSpace with(GroupParameter p, ParamSpec s) {
    EnumMap<GroupParameter, ParamSpec> m = new EnumMap<>(specs);
    m.put(p, s);
    return new GroupSpace(name, m);
  }
}
