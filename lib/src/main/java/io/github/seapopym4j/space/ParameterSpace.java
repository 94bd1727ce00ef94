package io.github.seapopym4j.space;

import io.github.seapopym4j.model.GroupParameter;
import io.github.seapopym4j.space.ParamSpec.Fixed;
import io.github.seapopym4j.space.ParamSpec.Free;
import io.github.seapopym4j.model.FunctionalGroup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The calibration space of a set of functional groups: which parameters are fixed, which are free
 * and within which bounds. It maps a parameter vector {@code double[]} (the free parameters in group
 * order, then in {@link GroupParameter} order) to validated {@link FunctionalGroup}s, so cost functions see
 * domain records only (Jenetics' {@code Codec}). Decoding sets each free parameter by name through
 * {@link GroupParameter#with}, so it does not depend on the order of {@link FunctionalGroup}'s
 * record components.
 *
 * <pre>{@code
 * ParameterSpace space = ParameterSpace.of(List.of(
 *     GroupSpace.fixedAt(truth).free(GroupParameter.ENERGY_TRANSFERT).free(GroupParameter.LAMBDA_TEMPERATURE_0)));
 * List<FunctionalGroup> groups = space.decode(new double[] {0.1668, 0.00333});
 * }</pre>
 *
 * @implNote Immutable and thread-safe.
 */
public final class ParameterSpace implements java.io.Serializable {

  private final List<GroupSpace> groups;
  private final List<Free> free;
  private final List<GroupParameter> freeParameter;
  private final int[] freeGroup;
  /** Per group: the fixed values, with each free parameter at its lower bound. */
  private final List<FunctionalGroup> templates;

  private ParameterSpace(List<GroupSpace> groups) {
    this.groups = List.copyOf(groups);
    List<Free> f = new ArrayList<>();
    List<GroupParameter> fp = new ArrayList<>();
    List<Integer> fg = new ArrayList<>();
    for (int g = 0; g < this.groups.size(); g++) {
      for (GroupParameter p : GroupParameter.values()) {
        if (this.groups.get(g).specs().get(p) instanceof Free fr) {
          f.add(fr);
          fp.add(p);
          fg.add(g);
        }
      }
    }
    this.free = List.copyOf(f);
    this.freeParameter = List.copyOf(fp);
    this.freeGroup = fg.stream().mapToInt(Integer::intValue).toArray();
    this.templates = this.groups.stream().map(ParameterSpace::template).toList();
  }

  private static FunctionalGroup template(GroupSpace g) {
    FunctionalGroup.Builder b = FunctionalGroup.builder(g.name());
    g.specs().forEach((p, s) -> b.set(p, s instanceof Fixed x ? x.value() : ((Free) s).min()));
    return b.build();
  }

  /**
   * A space over {@code groups}, in this order.
   *
   * @throws IllegalArgumentException when there is no group, two groups share a name, or no
   *     parameter is free
   */
  public static ParameterSpace of(List<GroupSpace> groups) {
    Objects.requireNonNull(groups, "groups");
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("a parameter space needs at least one group, but had none");
    }
    Set<String> names = new HashSet<>();
    for (GroupSpace g : groups) {
      if (!names.add(g.name())) {
        throw new IllegalArgumentException("group names must be distinct, but '" + g.name()
            + "' appears twice");
      }
    }
    ParameterSpace s = new ParameterSpace(groups);
    if (s.free.isEmpty()) {
      throw new IllegalArgumentException("a parameter space needs at least one free parameter, but "
          + "every parameter of " + names + " is fixed");
    }
    return s;
  }

  public List<GroupSpace> groups() {
    return groups;
  }

  /** The free parameters in vector order. */
  public List<Free> freeParameters() {
    return free;
  }

  /** The number of free parameters, the length of a parameter vector. */
  public int dimension() {
    return free.size();
  }

  /** Qualified names of the free parameters ({@code "D1N1.tr_0"}), in vector order. */
  public List<String> names() {
    return free.stream().map(Free::name).toList();
  }

  /** The free parameters as {@link ParameterName}s, in vector order. */
  public List<ParameterName> parameterNames() {
    List<ParameterName> n = new ArrayList<>(free.size());
    for (int i = 0; i < free.size(); i++) {
      n.add(new ParameterName(groups.get(freeGroup[i]).name(), freeParameter.get(i)));
    }
    return List.copyOf(n);
  }

  /** Units of the free parameters, in vector order. */
  public List<String> units() {
    return free.stream().map(Free::unit).toList();
  }

  /** The search box of the free parameters. */
  public Domain domain() {
    return new Domain(names(), free.stream().mapToDouble(Free::min).toArray(),
        free.stream().mapToDouble(Free::max).toArray());
  }

  /**
   * The groups for parameter vector {@code x}.
   *
   * @throws IllegalArgumentException when {@code x} has the wrong length or a value lies outside its
   *     bounds (naming the parameter, its unit, the bounds and the value)
   */
  public List<FunctionalGroup> decode(double[] x) {
    if (x.length != free.size()) {
      throw new IllegalArgumentException(String.format(
          "parameter vector must have %d values %s, but had %d", free.size(), names(), x.length));
    }
    for (int i = 0; i < x.length; i++) {
      Free f = free.get(i);
      if (!f.contains(x[i])) {
        throw new IllegalArgumentException(String.format("%s [%s] must be in [%s, %s], but was %s",
            f.name(), f.unit(), f.min(), f.max(), x[i]));
      }
    }
    List<FunctionalGroup> out = new ArrayList<>(templates);
    for (int i = 0; i < x.length; i++) {
      out.set(freeGroup[i], freeParameter.get(i).with(out.get(freeGroup[i]), x[i]));
    }
    return List.copyOf(out);
  }

  /**
   * The parameter vector of {@code groups} (matched by name): the inverse of {@link #decode}.
   *
   * @throws IllegalArgumentException when a group of this space is missing from {@code groups}
   */
  public double[] encode(List<FunctionalGroup> groups) {
    double[] x = new double[free.size()];
    for (int i = 0; i < x.length; i++) {
      String name = this.groups.get(freeGroup[i]).name();
      FunctionalGroup g = groups.stream().filter(fg -> fg.name().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no group named '" + name + "' in "
              + groups.stream().map(FunctionalGroup::name).toList()));
      x[i] = freeParameter.get(i).valueOf(g);
    }
    return x;
  }

  @Override
  public String toString() {
    return "ParameterSpace" + free;
  }
}
