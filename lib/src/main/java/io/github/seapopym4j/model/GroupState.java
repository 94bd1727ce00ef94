package io.github.seapopym4j.model;

import io.github.seapopym4j.kernel.Biomass;
import io.github.seapopym4j.kernel.Cohorts;
import io.github.seapopym4j.kernel.ForcingAdapter;
import io.github.seapopym4j.kernel.Mortality;
import io.github.seapopym4j.kernel.Pipeline;
import io.github.seapopym4j.kernel.Production;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The fields of one functional group in one run, filled by the group pipeline {@link #STEPS}. It owns
 * its mortality, recruited production and biomass arrays; the mean temperature belongs to the shared
 * {@link PreparedContext}.
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

  final FunctionalGroup group;
  private final PreparedContext context;
  private final int dayLayer;
  private final int nightLayer;
  INDArray averageTemperature;
  INDArray mortality;
  INDArray recruited;
  INDArray biomass;
  double[] minTemperature;

  GroupState(PreparedContext context, FunctionalGroup group, int dayLayer, int nightLayer) {
    this.context = context;
    this.group = group;
    this.dayLayer = dayLayer;
    this.nightLayer = nightLayer;
  }

  /** Tm [time, cell] from the context's cache (shared). */
  private void averageTemperature() {
    averageTemperature = context.averageTemperatureArray(dayLayer, nightLayer);
  }

  /** λ [time, cell] = λ0·exp(γλ·Tm). */
  private void mortality() {
    mortality = Mortality.field(averageTemperature, group.lambdaTemperature0(),
        group.gammaLambdaTemperature());
  }

  /** Tmin [cohort]. */
  private void thresholds() {
    minTemperature = Cohorts.minTemperature(group.tr0(), group.gammaTr(), context.time().stepDays());
  }

  /** R [time, cell] from E·PP through the cohorts. */
  private void production() {
    recruited = Nd4j.createUninitialized(DataType.DOUBLE, context.timeSize(), context.cellCount());
    boolean[] producing = context.config().missingLayer() == MissingLayerPolicy.MASK_PRODUCTION
        ? context.groupMask(dayLayer, nightLayer) : null;
    Production.recruitedInto(context.timeSize(), context.cellCount(), context.primaryProduction(),
        group.energyTransfert(), producing, context.averageTemperature(dayLayer, nightLayer),
        minTemperature, ForcingAdapter.buffer(recruited));
  }

  /** B [time, cell] from R and λ. */
  private void biomass() {
    biomass = Nd4j.createUninitialized(DataType.DOUBLE, context.timeSize(), context.cellCount());
    double dt = context.time().stepDays();
    if (context.config().scheme() == BiomassScheme.EXPLICIT) {
      Biomass.explicitInto(context.timeSize(), context.cellCount(), dt, ForcingAdapter.buffer(recruited),
          ForcingAdapter.buffer(mortality), ForcingAdapter.buffer(biomass));
    } else {
      Biomass.implicitInto(context.timeSize(), context.cellCount(), dt, ForcingAdapter.buffer(recruited),
          ForcingAdapter.buffer(mortality), ForcingAdapter.buffer(biomass));
    }
  }

  /** Off-heap bytes this state owns. */
  long ownedBytes() {
    long n = 0;
    for (INDArray a : new INDArray[] {mortality, recruited, biomass}) {
      n += a == null ? 0 : a.length() * Double.BYTES;
    }
    return n;
  }

  /** Frees the arrays this state owns (not the shared mean temperature). */
  @Override
  public void close() {
    for (INDArray a : new INDArray[] {mortality, recruited, biomass}) {
      if (a != null && !a.wasClosed()) {
        a.close();
      }
    }
    mortality = null;
    recruited = null;
    biomass = null;
    averageTemperature = null;
  }
}
