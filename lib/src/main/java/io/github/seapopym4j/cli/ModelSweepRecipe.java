package io.github.seapopym4j.cli;

import io.github.seapopym4j.fitness.MatchConfig;
import io.github.seapopym4j.fitness.Observations;
import io.github.seapopym4j.fitness.ObservedModel;
import io.github.seapopym4j.forcing.ForcingLoader;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.LoadOptions;
import io.github.seapopym4j.model.FunctionalGroup;
import io.github.seapopym4j.model.ModelConfig;
import io.github.seapopym4j.sweep.Chunk;
import io.github.seapopym4j.sweep.ModelSweepFunction;
import io.github.seapopym4j.sweep.SweepFunction;
import io.github.seapopym4j.sweep.SweepFunctionFactory;
import io.github.seapopym4j.sweep.SweepMeasure;
import io.github.seapopym4j.sweep.SweepPlan;
import java.nio.file.Path;
import java.util.List;

/**
 * The function of {@code sweep model --engine spark} as a recipe that each executor rebuilds once per
 * JVM from the same files (a shared file system): the forcings, the observations matched on the full
 * grid, the model prepared over the observed cells and the metrics, exactly as the driver builds
 * them. The rebuilt function owns its forcings and model and closes them when the executor drops it.
 */
record ModelSweepRecipe(String temperature, String production, String temperatureVariable,
    String productionVariable, ModelConfig config, List<FunctionalGroup> base,
    String observations, double integrationDepth, MatchConfig match, List<String> metrics)
    implements SweepFunctionFactory {

  @Override
  public SweepFunction create() {
    ForcingSet forcings = ForcingLoader.load(Path.of(temperature), Path.of(production),
        LoadOptions.builder().temperatureVariable(temperatureVariable)
            .productionVariable(productionVariable).cache(false).build());
    ObservedModel observed = null;
    try {
      observed = ObservedModel.prepare(forcings, config, base,
          Observations.read(Path.of(observations), integrationDepth), match);
      ModelSweepFunction.Builder b = ModelSweepFunction.builder(observed, base);
      metrics.forEach(b::metric);
      return new Owning(b.build(), observed, forcings);
    } catch (RuntimeException e) {
      if (observed != null) {
        observed.close();
      }
      forcings.close();
      throw e;
    }
  }

  /** A model sweep function that closes its model and forcings. */
  private record Owning(ModelSweepFunction function, ObservedModel observed, ForcingSet forcings)
      implements SweepFunction, AutoCloseable {

    @Override
    public List<SweepMeasure> metrics() {
      return function.metrics();
    }

    @Override
    public void check(SweepPlan plan) {
      function.check(plan);
    }

    @Override
    public void evaluate(Chunk chunk) {
      function.evaluate(chunk);
    }

    @Override
    public String describe() {
      return function.describe();
    }

    @Override
    public long workPerCombination() {
      return function.workPerCombination();
    }

    @Override
    public void close() {
      observed.close();
      forcings.close();
    }
  }
}
