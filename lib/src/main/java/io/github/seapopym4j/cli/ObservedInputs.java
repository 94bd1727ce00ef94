package io.github.seapopym4j.cli;

import io.github.seapopym4j.fitness.ObservationSet;
import io.github.seapopym4j.fitness.Observations;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.internal.Fingerprint;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The inputs of the commands that score the model against observations ({@code calibrate},
 * {@code sweep model}), as a picocli mixin: the forcings and how they are loaded ({@link
 * ForcingOptions}), the observations, the thickness that converts observed concentrations, and how
 * observations are matched to cells ({@link MatchOptions}). Each file is checked to exist before it
 * is read, so a missing one is named as what it is ({@link InputFiles}).
 */
final class ObservedInputs {

  @Option(names = "--temperature", required = true, paramLabel = "FILE",
      description = "Temperature [time, lat, lon, layer] in °C: long CSV "
          + "(time,lat,lon,layer,value) or NetCDF-4.")
  Path temperature;

  @Option(names = "--primary-production", required = true, paramLabel = "FILE",
      description = "Primary production [time, lat, lon] in g/m2/day: long CSV (time,lat,lon,value) "
          + "or NetCDF-4.")
  Path primaryProduction;

  @Option(names = "--observations", required = true, paramLabel = "FILE",
      description = "Observed biomass: long CSV (time,lat,lon,value[,period][,group][,unit]), "
          + "NetCDF product or raw HOT zooplankton CSV.")
  Path observations;

  @Option(names = "--integration-depth", paramLabel = "M",
      description = "Thickness [m] of the sampled layer, to convert concentrations (mg/m3) to g/m2.")
  double integrationDepth = Double.NaN;

  @Mixin
  ForcingOptions forcing = new ForcingOptions();

  @Mixin
  MatchOptions matching = new MatchOptions();

  /** Checks that both forcing files exist (before the forcings are loaded, which takes a while). */
  void requireForcingFiles() {
    InputFiles.requireFile("temperature file", temperature);
    InputFiles.requireFile("primary production file", primaryProduction);
  }

  /** The observations, converted with --integration-depth. */
  ObservationSet readObservations() {
    return Observations.read(InputFiles.requireFile("observations file", observations),
        integrationDepth);
  }

  /** Loads the forcings, scanning their values (notes on {@code err}). */
  ForcingSet loadForcings(PrintWriter err) {
    return forcing.load(temperature, primaryProduction, err, true);
  }

  /**
   * What a resumed run checks against the saved one: the fingerprints of the files, {@code option}
   * (naming the file of the parameters, e.g. {@code --space}) among them, and the depth.
   */
  void fingerprints(BiConsumer<String, String> into, String option, Path file) {
    into.accept("--temperature", Fingerprint.file(temperature));
    into.accept("--primary-production", Fingerprint.file(primaryProduction));
    into.accept("--observations", Fingerprint.file(observations));
    into.accept(option, Fingerprint.file(file));
    into.accept("--integration-depth", Double.toString(integrationDepth));
  }
}
