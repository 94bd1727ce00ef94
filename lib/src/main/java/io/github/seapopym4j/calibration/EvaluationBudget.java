package io.github.seapopym4j.calibration;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The model evaluations a calibration has spent, for {@link StopCriteria#maxEvaluations}: the
 * number of distinct parameter vectors (exact bits) in the logbook. A repeated vector is what the
 * evaluator's cache answers, so it is not counted; and because the count derives from the logbook
 * alone, a resumed run (whose cache starts empty) and 1 or 8 threads stop at the same generation.
 *
 * @implNote Not thread-safe; the calibration's own thread adds to it.
 */
final class EvaluationBudget {

  private final Set<Key> seen = new HashSet<>();

  /** Counts the new vectors of {@code pop}. */
  void add(ScoredPopulation pop) {
    for (int i = 0; i < pop.size(); i++) {
      seen.add(new Key(pop.parameters(i)));
    }
  }

  /** Counts the new vectors of every row of {@code logbook}. */
  void add(Logbook logbook) {
    for (int r = 0; r < logbook.size(); r++) {
      seen.add(new Key(logbook.parameters(r)));
    }
  }

  /** The distinct vectors seen so far. */
  long spent() {
    return seen.size();
  }

  private record Key(double[] x) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(x, k.x);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(x);
    }
  }
}
