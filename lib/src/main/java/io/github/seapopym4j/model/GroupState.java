package io.github.seapopym4j.model;

import io.github.seapopym4j.internal.OffHeapDoubles;
import io.github.seapopym4j.kernel.Biomass;
import io.github.seapopym4j.kernel.Cohorts;
import io.github.seapopym4j.kernel.Mortality;
import io.github.seapopym4j.kernel.Pipeline;
import io.github.seapopym4j.kernel.Production;
import java.nio.DoubleBuffer;

/**
 * The fields of one functional group in one run, filled by the group pipeline {@link #STEPS}. It owns
 * one off-heap block holding its mortality, recruited production and biomass [time, cell]; the mean
 * temperature belongs to the shared {@link PreparedContext}.
 */
final class GroupState implements AutoCloseable {

  /** The model for one group, in order. */
  static final Pipeline<GroupState> STEPS = Pipeline.<GroupState>named("no-transport group")
      .step("average temperature", GroupState::averageTemperature)
      .step("mortality", GroupState::mortality)
      .step("recruitment thresholds", GroupState::thresholds)
      .step("recruited production", GroupState::production)
      .step("biomass", GroupState::biomass)
      .build();

  /**
   * Fields of at least this many values get λ from whole-field ND4J operations (vectorised,
   * multi-threaded); smaller ones from a plain loop, which avoids ND4J's per-operation dispatch
   * (measured crossover: about 16k values).
   */
  static final int VECTORISE_FROM = 1 << 14;

  private static final int MORTALITY = 0;
  private static final int RECRUITED = 1;
  private static final int BIOMASS = 2;

  final FunctionalGroup group;
  private final PreparedContext context;
  private final int dayLayer;
  private final int nightLayer;
  private final OffHeapDoubles fields;
  DoubleBuffer averageTemperature;
  double[] minTemperature;

  GroupState(PreparedContext context, FunctionalGroup group, int dayLayer, int nightLayer) {
    this.context = context;
    this.group = group;
    this.dayLayer = dayLayer;
    this.nightLayer = nightLayer;
    this.fields = new OffHeapDoubles(3, (long) context.timeSize() * context.cellCount());
  }

  DoubleBuffer mortalityField() {
    return fields.slice(MORTALITY);
  }

  DoubleBuffer recruitedField() {
    return fields.slice(RECRUITED);
  }

  DoubleBuffer biomassField() {
    return fields.slice(BIOMASS);
  }

  /** Tm [time, cell] from the context's cache (shared, read-only). */
  private void averageTemperature() {
    averageTemperature = context.averageTemperature(dayLayer, nightLayer);
  }

  /** λ [time, cell] = λ0·exp(γλ·Tm). */
  private void mortality() {
    double l0 = group.lambdaTemperature0();
    double gl = group.gammaLambdaTemperature();
    if (fields.sliceLength() >= VECTORISE_FROM) {
      Mortality.fieldInto(context.averageTemperatureArray(dayLayer, nightLayer), l0, gl, mortalityField());
    } else {
      Mortality.into(averageTemperature, l0, gl, mortalityField());
    }
  }

  /** Tmin [cohort]. */
  private void thresholds() {
    minTemperature = Cohorts.minTemperature(group.tr0(), group.gammaTr(), context.time().stepDays());
  }

  /** R [time, cell] from E·PP through the cohorts. */
  private void production() {
    boolean[] producing = context.config().missingLayer() == MissingLayerPolicy.MASK_PRODUCTION
        ? context.groupMask(dayLayer, nightLayer) : null;
    Production.recruitedInto(context.timeSize(), context.cellCount(), context.primaryProduction(),
        group.energyTransfert(), producing, averageTemperature, minTemperature, recruitedField());
  }

  /** B [time, cell] from R and λ. */
  private void biomass() {
    double dt = context.time().stepDays();
    if (context.config().scheme() == BiomassScheme.EXPLICIT) {
      Biomass.explicitInto(context.timeSize(), context.cellCount(), dt, recruitedField(),
          mortalityField(), biomassField());
    } else {
      Biomass.implicitInto(context.timeSize(), context.cellCount(), dt, recruitedField(),
          mortalityField(), biomassField());
    }
  }

  /** Off-heap bytes this state owns. */
  long ownedBytes() {
    return fields.bytes();
  }

  /** Frees the block this state owns (not the shared mean temperature). */
  @Override
  public void close() {
    fields.close();
  }
}
