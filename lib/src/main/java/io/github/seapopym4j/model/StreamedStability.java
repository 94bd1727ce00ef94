package io.github.seapopym4j.model;

import static io.github.seapopym4j.model.ExplicitStability.rate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link ExplicitStability}'s check gathered while a streamed run computes ({@link StreamedTile}):
 * for each group, the first step and cell where λ·dt ≥ 1 under the explicit scheme, and the range of
 * its Tm, so that the run warns as the whole-grid run does, without a second pass over the
 * temperatures. One per band, {@link #merge}d in row order. Not thread-safe.
 */
final class StreamedStability {

  private final StreamedPlan plan;
  private final int firstRow;
  private final double[] warmest;
  private final double[] coldest;
  private final int[] firstStep;
  private final int[] firstCell;
  private final double[] firstLambda;

  /** An empty record for the band starting at row {@code firstRow}. */
  StreamedStability(StreamedPlan plan, int firstRow) {
    this.plan = plan;
    this.firstRow = firstRow;
    int n = plan.groupArray.length;
    warmest = new double[n];
    coldest = new double[n];
    java.util.Arrays.fill(warmest, Double.NEGATIVE_INFINITY);
    java.util.Arrays.fill(coldest, Double.POSITIVE_INFINITY);
    firstStep = new int[n];
    java.util.Arrays.fill(firstStep, -1);
    firstCell = new int[n];
    firstLambda = new double[n];
  }

  /**
   * Adds step {@code t} of group {@code g} on lanes whose Tm are {@code tm[0..w)}, within [{@code
   * cold}, {@code warm}], at band cells {@code cell}.
   */
  void observe(int g, int t, double[] tm, int w, double cold, double warm, int[] cell) {
    warmest[g] = Math.max(warmest[g], warm);
    coldest[g] = Math.min(coldest[g], cold);
    if (firstStep[g] >= 0) {
      return;
    }
    FunctionalGroup fg = plan.groupArray[g];
    double extreme = fg.gammaLambdaTemperature() >= 0 ? warm : cold;
    if (!(rate(fg, extreme) * plan.dt >= 1)) {
      return;
    }
    for (int j = 0; j < w; j++) {
      double lambda = rate(fg, tm[j]);
      if (lambda * plan.dt >= 1 && (firstStep[g] < 0 || cell[j] < firstCell[g])) {
        firstStep[g] = t;
        firstCell[g] = cell[j];
        firstLambda[g] = lambda;
      }
    }
  }

  /**
   * The warning of the bands' records (in row order), as {@link ExplicitStability#check} words it;
   * empty when every λ·dt &lt; 1 or the scheme is implicit.
   */
  static Optional<String> merge(StreamedPlan plan, List<StreamedStability> bands) {
    if (!plan.explicit) {
      return Optional.empty();
    }
    List<String> unstable = new ArrayList<>();
    for (int g = 0; g < plan.groupArray.length; g++) {
      StreamedStability first = null;
      double warm = Double.NEGATIVE_INFINITY;
      double cold = Double.POSITIVE_INFINITY;
      for (StreamedStability b : bands) {
        warm = Math.max(warm, b.warmest[g]);
        cold = Math.min(cold, b.coldest[g]);
        if (b.firstStep[g] >= 0 && (first == null || b.firstStep[g] < first.firstStep[g])) {
          first = b;
        }
      }
      if (first != null) {
        FunctionalGroup fg = plan.groupArray[g];
        int row = first.firstRow + first.firstCell[g] / plan.lon;
        int col = first.firstCell[g] % plan.lon;
        double largest = Math.max(rate(fg, warm), rate(fg, cold)) * plan.dt;
        unstable.add(ExplicitStability.unstableGroup(fg, plan.time.date(first.firstStep[g]),
            plan.lat[row], plan.lonValues[col], first.firstLambda[g], plan.time.stepDays(),
            largest));
      }
    }
    return unstable.isEmpty() ? Optional.empty() : Optional.of(ExplicitStability.warning(unstable));
  }
}
