package io.github.seapopym4j.sensitivity;

import java.util.List;

/**
 * The outputs of a {@link SensitivityFunction} at every point of a {@link Design}.
 *
 * @param design the design
 * @param outputs the output names
 * @param values one column per output, indexed by point (NaN where not evaluated)
 * @param complete whether every point has been evaluated
 * @param evaluated points evaluated by this run (resumed ones excluded)
 * @param resumed points read back from an earlier run
 * @param wallSeconds wall time of the evaluation
 */
public record DesignResult(Design design, List<String> outputs, double[][] values,
    boolean complete, long evaluated, long resumed, double wallSeconds) {

  /** Checks the shape. */
  public DesignResult {
    outputs = List.copyOf(outputs);
    if (values.length != outputs.size()) {
      throw new IllegalArgumentException("expected one column per output (" + outputs.size()
          + "), found " + values.length);
    }
  }

  /** The column of output {@code name}. */
  public double[] column(String name) {
    int i = outputs.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no output '" + name + "'; outputs are " + outputs);
    }
    return values[i];
  }
}
