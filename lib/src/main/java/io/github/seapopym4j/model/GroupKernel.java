package io.github.seapopym4j.model;

import io.github.seapopym4j.kernel.Biomass;
import io.github.seapopym4j.kernel.Mortality;
import java.nio.DoubleBuffer;

/**
 * What the fused strategy's lanes ({@link FusedLane}, {@link LockstepLane}) need of one group: its
 * parameters and output fields, and the per-value steps around the cohorts: λ, E·PP and B.
 */
final class GroupKernel {

  final DoubleBuffer lambdaOut;
  final DoubleBuffer recruitedOut;
  final DoubleBuffer biomassOut;
  final double[] minTemperature;
  private final double lambda0;
  private final double gammaLambda;
  private final double maxTemperature;
  private final double e;
  final double dt;
  final boolean explicit;
  private final boolean[] producing;

  GroupKernel(GroupState s) {
    lambdaOut = s.mortalityField();
    recruitedOut = s.recruitedField();
    biomassOut = s.biomassField();
    minTemperature = s.minTemperature;
    lambda0 = s.group.lambdaTemperature0();
    gammaLambda = s.group.gammaLambdaTemperature();
    maxTemperature = s.context.maxAverageTemperature(s.dayLayer, s.nightLayer);
    e = s.group.energyTransfert();
    dt = s.dt();
    explicit = s.explicit();
    producing = s.producing();
  }

  /** Whether every E·PP of the context is finite. */
  boolean finiteProduction(PreparedContext context) {
    return Math.abs(e) * context.productionMaxAbs() <= Double.MAX_VALUE;
  }

  /** λ of {@code n} temperatures ({@link Mortality#ratesInto}). */
  void rates(double[] tm, int n, double[] out) {
    Mortality.ratesInto(tm, n, lambda0, gammaLambda, maxTemperature, out);
  }

  /**
   * E·PP of {@code rows} steps of cells {@code c0..c0+w−1} ({@code rows × w} values), 0 where the
   * group's layers are missing under {@link MissingLayerPolicy#MASK_PRODUCTION}.
   */
  void production(double[] pp, int rows, int c0, int w, double[] out) {
    if (producing == null) {
      for (int i = 0; i < rows * w; i++) {
        out[i] = e * pp[i];
      }
    } else {
      for (int r = 0, i = 0; r < rows; r++) {
        for (int j = 0; j < w; j++, i++) {
          out[i] = producing[c0 + j] ? e * pp[i] : 0.0;
        }
      }
    }
  }

  /** One biomass step of the run's scheme ({@link Biomass}). */
  double biomass(double previous, double recruited, double lambda) {
    return explicit ? Biomass.explicitStep(previous, recruited, lambda, dt)
        : Biomass.implicitStep(previous, recruited, lambda, dt);
  }
}
