package io.github.seapopym4j.fitness;

/**
 * Reads one biomass value of a model output, {@code [group, time, lat, lon]} in the model's unit;
 * {@code output::biomass} of any {@link io.github.seapopym4j.model.ModelOutput} is one.
 */
@FunctionalInterface
public interface BiomassReader {

  /** Biomass of {@code group} at step {@code time} in cell ({@code lat}, {@code lon}). */
  double biomass(int group, int time, int lat, int lon);
}
