package io.github.seapopym4j.fitness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Which model groups a day or a night observation compares with: the sum of their biomass is the
 * prediction. An untagged ({@link Period#NONE}) observation always compares with all groups, and an
 * observation tagged with a group name with that group alone; a rule only decides DAY and NIGHT.
 *
 * <ul>
 *   <li>{@link #surfaceLayer(int)}: a DAY observation sums the groups whose day layer is the given
 *       (sampled) layer, a NIGHT observation those whose night layer is. With SeapoPym's labels this
 *       gives, for a net towed in layer 1: by day D1N1 only, by night D1N1 + D2N1 + D3N1.
 *   <li>{@link #shallowestLayer()} (the default): the same with the smallest layer label any group
 *       uses, by day or by night (SeapoPym labels layers from the surface down).
 *   <li>{@link #explicit(Map)}: named groups for each period.
 * </ul>
 * A rule that selects no group is an error, never a silent zero prediction.
 */
public sealed interface PeriodRule extends java.io.Serializable {

  /**
   * The indices of the groups whose summed biomass a {@code period} observation compares with.
   *
   * @throws IllegalArgumentException when the rule selects no group or names an unknown one
   */
  int[] select(Period period, List<GroupLayers> groups);

  /** Compare with the groups that are in layer {@code label} during the observation's period. */
  static PeriodRule surfaceLayer(int label) {
    return new SurfaceLayer(label);
  }

  /** Compare with the groups that are in the shallowest layer any group uses. */
  static PeriodRule shallowestLayer() {
    return new ShallowestLayer();
  }

  /** Compare a period's observations with the groups named for it (DAY and NIGHT keys). */
  static PeriodRule explicit(Map<Period, List<String>> groupsByPeriod) {
    return new Explicit(Map.copyOf(groupsByPeriod));
  }

  /**
   * Groups in a given layer.
   *
   * @param label the layer label of the sampled layer
   */
  record SurfaceLayer(int label) implements PeriodRule {
    @Override
    public int[] select(Period period, List<GroupLayers> groups) {
      if (period == Period.NONE) {
        return IntStream.range(0, groups.size()).toArray();
      }
      List<Integer> out = new ArrayList<>();
      for (int g = 0; g < groups.size(); g++) {
        OptionalInt layer = groups.get(g).layer(period);
        if (layer.isEmpty()) {
          throw new IllegalArgumentException(String.format("%s observations are matched by layer, "
              + "but the layers of group '%s' are unknown; give the groups' layers or use "
              + "PeriodRule.explicit", period, groups.get(g).name()));
        }
        if (layer.getAsInt() == label) {
          out.add(g);
        }
      }
      if (out.isEmpty()) {
        throw new IllegalArgumentException(String.format("%s observations compare with the groups "
            + "in layer %d by %s, but no group is there (%s layers: %s)", period, label,
            period.label(), period.label(), groups.stream().map(x -> x.name() + "="
                + x.layer(period).getAsInt()).collect(Collectors.joining(", "))));
      }
      return out.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** Groups in the shallowest layer used by any group. */
  record ShallowestLayer() implements PeriodRule {
    @Override
    public int[] select(Period period, List<GroupLayers> groups) {
      if (period == Period.NONE) {
        return IntStream.range(0, groups.size()).toArray();
      }
      int min = Integer.MAX_VALUE;
      for (GroupLayers g : groups) {
        if (g.dayLayer().isEmpty() || g.nightLayer().isEmpty()) {
          throw new IllegalArgumentException(String.format("%s observations are matched by layer, "
              + "but the layers of group '%s' are unknown; give the groups' layers or use "
              + "PeriodRule.explicit", period, g.name()));
        }
        min = Math.min(min, Math.min(g.dayLayer().getAsInt(), g.nightLayer().getAsInt()));
      }
      return new SurfaceLayer(min).select(period, groups);
    }
  }

  /**
   * Named groups per period.
   *
   * @param groupsByPeriod the group names for DAY and for NIGHT
   */
  record Explicit(Map<Period, List<String>> groupsByPeriod) implements PeriodRule {
    /** Validates the map. */
    public Explicit {
      Objects.requireNonNull(groupsByPeriod, "groupsByPeriod");
    }

    @Override
    public int[] select(Period period, List<GroupLayers> groups) {
      if (period == Period.NONE) {
        return IntStream.range(0, groups.size()).toArray();
      }
      List<String> names = groupsByPeriod.get(period);
      if (names == null || names.isEmpty()) {
        throw new IllegalArgumentException(String.format(
            "the period rule names no group for %s observations; it names %s", period,
            groupsByPeriod));
      }
      List<String> known = groups.stream().map(GroupLayers::name).toList();
      int[] out = new int[names.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = known.indexOf(names.get(i));
        if (out[i] < 0) {
          throw new IllegalArgumentException(String.format("the period rule names group '%s' for %s "
              + "observations, but the model's groups are %s", names.get(i), period, known));
        }
      }
      return out;
    }
  }
}
