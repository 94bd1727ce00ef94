package io.github.seapopym4j.model;

import io.github.seapopym4j.internal.HostBuffers;
import io.github.seapopym4j.kernel.Biomass;
import io.github.seapopym4j.kernel.CohortQueue;
import io.github.seapopym4j.kernel.Cohorts;
import io.github.seapopym4j.kernel.Mortality;
import io.github.seapopym4j.kernel.Pipeline;
import java.nio.DoubleBuffer;
import org.nd4j.linalg.api.concurrency.AffinityManager;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The array-at-a-time strategy ({@link KernelStrategy#ARRAY}): the transcendental fields are
 * whole-field ND4J operations over [time, cell], then the time recursion steps every cell at once.
 *
 * <ol>
 *   <li>mortality λ = λ0·exp(γλ·Tm) [time, cell] ({@link Mortality#field});
 *   <li>recruitment: the thresholds Tmin [cohort] and the first recruited cohort k* [time, cell]
 *       ({@link Cohorts#firstRecruitedField}), the vectorised form of every comparison Tm ≥ Tmin_k;
 *   <li>for each time step, for every cell (contiguous in memory): one {@link CohortQueue} step from
 *       the k* estimate, then the biomass update.
 * </ol>
 *
 * <p>Steps 1–2 are what ND4J's CUDA backend would run on the device; the recursion reads their
 * results from host memory. State: one queue per cell (O(cohorts) each) and one biomass row.
 */
final class ArrayStrategy {

  static final Pipeline<ModelPass> STEPS = Pipeline.<ModelPass>named("no-transport groups (array)")
      .step("average temperature", p -> p.groups.forEach(GroupState::averageTemperature))
      .step("mortality", p -> p.groups.forEach(ArrayStrategy::mortality))
      .step("recruitment thresholds", p -> p.groups.forEach(ArrayStrategy::thresholds))
      .step("recruited production and biomass", ArrayStrategy::timeSteps)
      .build();

  /** Cells per task when the recursion is split over an executor. */
  private static final int ALIGN = 512;

  private ArrayStrategy() {}

  /** λ [time, cell] as one ND4J field operation, copied into the run's block. */
  static void mortality(GroupState s) {
    Mortality.fieldInto(s.context.averageTemperatureArray(s.dayLayer, s.nightLayer),
        s.group.lambdaTemperature0(), s.group.gammaLambdaTemperature(), s.mortalityField());
  }

  /** Tmin [cohort] and the k* field [time, cell] (scratch, freed after the recursion). */
  static void thresholds(GroupState s) {
    s.thresholds();
    s.firstRecruited = Cohorts.firstRecruitedField(
        s.context.averageTemperatureArray(s.dayLayer, s.nightLayer), s.group.tr0(),
        s.group.gammaTr(), s.dt());
  }

  /** R and B [time, cell] of every group; the cells may be split over the pass's tasks. */
  static void timeSteps(ModelPass pass) {
    for (GroupState s : pass.groups) {
      Nd4j.getAffinityManager().ensureLocation(s.firstRecruited, AffinityManager.Location.HOST);
      pass.forEachCellRange(ALIGN, (from, to) -> timeSteps(s, from, to));
      s.firstRecruited.close();
      s.firstRecruited = null;
    }
  }

  /** R and B [time, cell] of cells [from, to): each step updates all of them. */
  static void timeSteps(GroupState s, int from, int to) {
    int steps = s.context.timeSize();
    int cells = s.context.cellCount();
    DoubleBuffer tm = s.averageTemperature;
    DoubleBuffer pp = s.context.primaryProduction();
    DoubleBuffer hint = HostBuffers.doubles(s.firstRecruited); // on the host: see timeSteps(pass)
    DoubleBuffer lambda = s.mortalityField();
    DoubleBuffer recruitedOut = s.recruitedField();
    DoubleBuffer biomassOut = s.biomassField();
    double e = s.group.energyTransfert();
    double dt = s.dt();
    boolean explicit = s.explicit();
    boolean[] producing = s.producing();
    CohortQueue queue = new CohortQueue(s.minTemperature, to - from);
    double[] b = new double[to - from];
    for (int t = 0; t < steps; t++) {
      for (int c = from, i = t * cells + from; c < to; c++, i++) {
        double p = producing == null || producing[c] ? e * pp.get(i) : 0.0;
        double r = queue.step(c - from, p, tm.get(i), (int) hint.get(i));
        double l = lambda.get(i);
        int j = c - from;
        b[j] = explicit ? Biomass.explicitStep(b[j], r, l, dt) : Biomass.implicitStep(b[j], r, l, dt);
        recruitedOut.put(i, r);
        biomassOut.put(i, b[j]);
      }
    }
  }
}
