package io.github.seapopym4j.sensitivity;

import io.github.seapopym4j.sweep.Chunk;
import io.github.seapopym4j.sweep.SweepMeasure;
import io.github.seapopym4j.sweep.SweepFunction;
import io.github.seapopym4j.sweep.SweepPlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adapter from a {@link Design} and a {@link SensitivityFunction} to the sweep engine: the sweep's
 * plan is one integer axis {@code point} = 0 … size−1, and the kernel turns each point number into
 * parameter values ({@link Design#unitPoint}, {@link SensitivityFunction#scale}) and evaluates the
 * function on the whole chunk at once. One metric per output, named {@code out_<output>} (characters
 * other than letters, digits and {@code _} become {@code _}).
 *
 * <p>This class and {@link DesignRun} are the only places that know the sweep API.
 */
final class DesignFunction implements SweepFunction {

  /** The name of the plan's single axis. */
  static final String AXIS = "point";

  private final Design design;
  private final SensitivityFunction function;
  private final List<SweepMeasure> metrics;

  DesignFunction(Design design, SensitivityFunction function) {
    if (function.parameters().size() != design.parameters()) {
      throw new IllegalArgumentException(String.format("the design has %d parameters but the "
          + "function %d %s", design.parameters(), function.parameters().size(),
          function.parameters()));
    }
    this.design = design;
    this.function = function;
    this.metrics = metrics(function.outputs());
  }

  /** Column names for the outputs, distinct and valid. */
  static List<SweepMeasure> metrics(List<String> outputs) {
    List<SweepMeasure> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String o : outputs) {
      String name = "out_" + o.replaceAll("[^A-Za-z0-9_]", "_");
      String unique = name;
      for (int i = 2; !seen.add(unique); i++) {
        unique = name + "_" + i;
      }
      out.add(SweepMeasure.real(unique, ""));
    }
    return List.copyOf(out);
  }

  @Override
  public List<SweepMeasure> metrics() {
    return metrics;
  }

  @Override
  public void check(SweepPlan plan) {
    if (plan.combinations() != design.size() || !plan.axisNames().equals(List.of(AXIS))) {
      throw new IllegalArgumentException("a design kernel needs the plan of its design ("
          + design.size() + " points on axis '" + AXIS + "'), but got " + plan);
    }
  }

  @Override
  public void evaluate(Chunk chunk) {
    int n = chunk.size();
    int k = design.parameters();
    double[][] x = new double[n][k];
    double[][] y = new double[n][metrics.size()];
    double[] u = new double[k];
    for (int p = 0; p < n; p++) {
      design.unitPoint(chunk.from() + p, u);
      function.scale(u, x[p]);
    }
    function.evaluate(x, y);
    for (int p = 0; p < n; p++) {
      for (int o = 0; o < y[p].length; o++) {
        chunk.set(o, chunk.from() + p, y[p][o]);
      }
    }
  }

  @Override
  public String describe() {
    return design.describe() + "\nfunction " + function.describe();
  }

  @Override
  public long workPerCombination() {
    return function.workPerPoint();
  }
}
