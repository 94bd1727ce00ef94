package io.github.seapopym4j.model;

import io.github.seapopym4j.internal.OffHeapDoubles;
import io.github.seapopym4j.kernel.Cohorts;
import java.nio.DoubleBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The fields of one functional group in one run, filled by the group pipeline of a {@link
 * KernelStrategy}. It holds one off-heap block, lent by the context, with its mortality, recruited
 * production and biomass [time, cell]; the mean temperature belongs to the shared {@link
 * PreparedContext}.
 */
final class GroupState implements AutoCloseable {

  private static final int MORTALITY = 0;
  private static final int RECRUITED = 1;
  private static final int BIOMASS = 2;

  final FunctionalGroup group;
  final PreparedContext context;
  final int dayLayer;
  final int nightLayer;
  private final OffHeapDoubles fields;
  /** Tm [time, cell] from the context's cache (shared, read-only). */
  DoubleBuffer averageTemperature;
  /** Tmin [cohort], °C. */
  double[] minTemperature;
  /** Scratch of the array strategy: the first recruited cohort [time, cell], estimated; or null. */
  INDArray firstRecruited;

  GroupState(PreparedContext context, FunctionalGroup group, int dayLayer, int nightLayer) {
    this.context = context;
    this.group = group;
    this.dayLayer = dayLayer;
    this.nightLayer = nightLayer;
    this.fields = context.acquireGroupBlock();
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

  /** Step: Tm [time, cell] from the context's cache. */
  void averageTemperature() {
    averageTemperature = context.averageTemperature(dayLayer, nightLayer);
  }

  /** Step: Tmin [cohort]. */
  void thresholds() {
    minTemperature = Cohorts.minTemperature(group.tr0(), group.gammaTr(), dt());
  }

  /** [cell] cells that receive production, or {@code null} for all (SeapoPym v0.1). */
  boolean[] producing() {
    return context.config().missingLayer() == MissingLayerPolicy.MASK_PRODUCTION
        ? context.groupMask(dayLayer, nightLayer) : null;
  }

  boolean explicit() {
    return context.config().scheme() == BiomassScheme.EXPLICIT;
  }

  /** The time step [day]. */
  double dt() {
    return context.time().stepDays();
  }

  /** Off-heap bytes of this state's block. */
  long ownedBytes() {
    return fields.bytes();
  }

  /** Hands the block back to the context and frees any scratch (not the shared mean temperature). */
  @Override
  public void close() {
    if (firstRecruited != null && !firstRecruited.wasClosed()) {
      firstRecruited.close();
    }
    context.releaseGroupBlock(fields);
  }
}
