package io.github.seapopym4j.fitness;

import io.github.seapopym4j.model.FunctionalGroup;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What matching needs to know about a model group: its name and, when known, the labels of the
 * layers it lives in by day and by night (as {@link FunctionalGroup#dayLayer()}).
 *
 * @param name the group name, matched against observation group tags
 * @param dayLayer the day layer label, empty when unknown
 * @param nightLayer the night layer label, empty when unknown
 */
public record GroupLayers(String name, OptionalInt dayLayer, OptionalInt nightLayer) {

  /** Validates the record. */
  public GroupLayers {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dayLayer, "dayLayer");
    Objects.requireNonNull(nightLayer, "nightLayer");
  }

  /** The name and layers of a model group. */
  public static GroupLayers of(FunctionalGroup g) {
    return new GroupLayers(g.name(), OptionalInt.of(g.dayLayer()), OptionalInt.of(g.nightLayer()));
  }

  /** A group whose layers are unknown (it can be scored by name or in totals only). */
  public static GroupLayers named(String name) {
    return new GroupLayers(name, OptionalInt.empty(), OptionalInt.empty());
  }

  /** The layer the group lives in during {@code period} (DAY or NIGHT). */
  OptionalInt layer(Period period) {
    return period == Period.DAY ? dayLayer : nightLayer;
  }
}
