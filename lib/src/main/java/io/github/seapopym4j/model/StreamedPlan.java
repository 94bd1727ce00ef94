package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.TimeAxis;
import io.github.seapopym4j.kernel.Cohorts;
import io.github.seapopym4j.kernel.TemperatureGillooly;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What every band of a streamed run shares ({@link StreamedBand}): the grid's axes, the model
 * settings, the groups with their layer indices and recruitment thresholds, the distinct (day,
 * night) layer pairs, the layers read at each step, and the output variables written. Immutable.
 */
final class StreamedPlan {

  final ModelConfig config;
  final List<FunctionalGroup> groups;
  final TimeAxis time;
  final double[] lat;
  /** Longitudes [degrees east] and their number. */
  final double[] lonValues;
  final int lon;
  final int layerCount;
  /** The layer labels of the forcings. */
  final int[] layers;
  final List<OutputVariable> variables;
  /** The same, as an array (read in the inner loops). */
  final OutputVariable[] variableArray;
  final FunctionalGroup[] groupArray;
  /** Day and night layer index of each distinct pair. */
  final int[] pairDay;
  final int[] pairNight;
  /** The pair of each group. */
  final int[] pairOf;
  /** Layers read at steps after the first (those of some group). */
  final int[] layersRead;
  final double[][] minTemperature;
  final double factor;
  final double dt;
  final boolean explicit;
  final boolean maskProduction;
  private final boolean gillooly;
  private final boolean float32;

  /**
   * The plan of a run of {@code groups} on a grid whose temperature has layers labelled {@code
   * layers}.
   *
   * @param float32 whether the forcings are read as float32 (Gillooly then computes in float32, as
   *     the prepared context does)
   * @throws IllegalArgumentException naming the group when a layer label is not among {@code layers}
   */
  StreamedPlan(ModelConfig config, List<FunctionalGroup> groups, TimeAxis time, double[] lat,
      double[] lon, int[] layers, List<OutputVariable> variables, boolean float32) {
    this.config = Objects.requireNonNull(config, "config");
    this.groups = List.copyOf(groups);
    this.time = Objects.requireNonNull(time, "time");
    this.lat = lat.clone();
    this.lonValues = lon.clone();
    this.lon = lon.length;
    this.layerCount = layers.length;
    this.layers = layers.clone();
    this.variables = List.copyOf(variables);
    this.variableArray = this.variables.toArray(OutputVariable[]::new);
    this.groupArray = this.groups.toArray(FunctionalGroup[]::new);
    this.float32 = float32;
    if (this.groups.isEmpty()) {
      throw new IllegalArgumentException("a model run needs ≥ 1 functional group, but got none");
    }
    List<Integer> pairs = new ArrayList<>();
    pairOf = new int[this.groups.size()];
    minTemperature = new double[this.groups.size()][];
    boolean[] read = new boolean[layers.length];
    dt = time.stepDays();
    for (int g = 0; g < pairOf.length; g++) {
      FunctionalGroup fg = this.groups.get(g);
      int day = index(layers, fg, "day_layer", fg.dayLayer());
      int night = index(layers, fg, "night_layer", fg.nightLayer());
      read[day] = true;
      read[night] = true;
      int key = day * layers.length + night;
      if (!pairs.contains(key)) {
        pairs.add(key);
      }
      pairOf[g] = pairs.indexOf(key);
      minTemperature[g] = Cohorts.minTemperature(fg.tr0(), fg.gammaTr(), dt);
    }
    pairDay = pairs.stream().mapToInt(k -> k / layers.length).toArray();
    pairNight = pairs.stream().mapToInt(k -> k % layers.length).toArray();
    int[] r = new int[layers.length];
    int n = 0;
    for (int z = 0; z < layers.length; z++) {
      if (read[z]) {
        r[n++] = z;
      }
    }
    layersRead = Arrays.copyOf(r, n);
    factor = config.units().factorFromGram();
    explicit = config.scheme() == BiomassScheme.EXPLICIT;
    maskProduction = config.missingLayer() == MissingLayerPolicy.MASK_PRODUCTION;
    gillooly = config.gillooly();
  }

  private static int index(int[] layers, FunctionalGroup g, String which, int label) {
    return java.util.stream.IntStream.range(0, layers.length).filter(z -> layers[z] == label)
        .findFirst().orElseThrow(() -> new IllegalArgumentException(String.format("functional "
        + "group '%s': %s %d is not a layer of the forcings; available layer labels: %s",
        g.name(), which, label, Arrays.toString(layers))));
  }

  /**
   * A temperature after Gillooly's transform when the settings ask for it ({@link
   * TemperatureGillooly}: in float32 arithmetic for float32 forcings, as ND4J computes it there).
   */
  double gillooly(double t) {
    if (!gillooly) {
      return t;
    }
    if (float32) {
      float x = (float) t;
      float d = x / (float) TemperatureGillooly.KELVIN_OFFSET + 1.0f;
      return x / d;
    }
    return TemperatureGillooly.apply(t);
  }
}
