package io.github.seapopym4j.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.DoublePredicate;
import java.util.function.ToDoubleFunction;

/**
 * The seven parameters of a {@link FunctionalGroup}, named as in the groups CSV file, with their
 * unit, the range the model accepts and the default calibration bounds of the SeapoPym v0.1 paper.
 *
 * <p>The layers are labels, not continuous quantities: they can only be fixed, never free.
 */
public enum GroupParameter {
  /** E, dimensionless, in [0, 1]; default bounds [0, 0.5]. */
  ENERGY_TRANSFERT("energy_transfert", "dimensionless", "[0, 1]", v -> v >= 0 && v <= 1,
      0, 0.5, FunctionalGroup::energyTransfert, FunctionalGroup::withEnergyTransfert),
  /** Day layer label (an integer); fixed only. */
  DAY_LAYER("day_layer", "layer label", "an integer", GroupParameter::isInteger, Double.NaN,
      Double.NaN, FunctionalGroup::dayLayer, (g, v) -> g.withLayers(layer(v), g.nightLayer())),
  /** Night layer label (an integer); fixed only. */
  NIGHT_LAYER("night_layer", "layer label", "an integer", GroupParameter::isInteger, Double.NaN,
      Double.NaN, FunctionalGroup::nightLayer, (g, v) -> g.withLayers(g.dayLayer(), layer(v))),
  /** λ0 [1/day], &gt; 0; default bounds [0.001, 0.1]. */
  LAMBDA_TEMPERATURE_0("lambda_temperature_0", "1/day", "> 0", v -> v > 0, 0.001, 0.1,
      FunctionalGroup::lambdaTemperature0, FunctionalGroup::withLambdaTemperature0),
  /** γλ [1/°C], finite; default bounds [0.001, 0.25]. */
  GAMMA_LAMBDA_TEMPERATURE("gamma_lambda_temperature", "1/degC", "finite", v -> true, 0.001, 0.25,
      FunctionalGroup::gammaLambdaTemperature, FunctionalGroup::withGammaLambdaTemperature),
  /**
   * τr0 [day], &gt; 0 and at most {@link FunctionalGroup#TR_0_MAX} (ten years; see there for the
   * source, and for the message that names the upper bound); default bounds [0.001, 300].
   */
  TR_0("tr_0", "day", "> 0", v -> v > 0, 0.001, 300,
      FunctionalGroup::tr0, FunctionalGroup::withTr0),
  /** γτr [1/°C], &lt; 0; default bounds [−0.25, −0.001]. */
  GAMMA_TR("gamma_tr", "1/degC", "< 0", v -> v < 0, -0.25, -0.001, FunctionalGroup::gammaTr,
      FunctionalGroup::withGammaTr);

  private final String csvName;
  private final String unit;
  private final String constraint;
  private final DoublePredicate allowed;
  private final double defaultMin;
  private final double defaultMax;
  private final ToDoubleFunction<FunctionalGroup> getter;
  private final BiFunction<FunctionalGroup, Double, FunctionalGroup> setter;

  GroupParameter(String csvName, String unit, String constraint, DoublePredicate allowed,
      double defaultMin, double defaultMax, ToDoubleFunction<FunctionalGroup> getter,
      BiFunction<FunctionalGroup, Double, FunctionalGroup> setter) {
    this.csvName = csvName;
    this.unit = unit;
    this.constraint = constraint;
    this.allowed = allowed;
    this.defaultMin = defaultMin;
    this.defaultMax = defaultMax;
    this.getter = getter;
    this.setter = setter;
  }

  /** The column name of the groups CSV file, e.g. {@code "tr_0"}. */
  public String csvName() {
    return csvName;
  }

  public String unit() {
    return unit;
  }

  /** The values the model accepts, in words, e.g. {@code "> 0"} or {@code "in [0, 1]"}. */
  public String allowedRange() {
    return constraint.startsWith("[") ? "in " + constraint : constraint;
  }

  /**
   * The values the model accepts as {@link FunctionalGroup}'s messages write them after "must be",
   * e.g. {@code "> 0"} or {@code "[0, 1]"}.
   */
  public String constraint() {
    return constraint;
  }

  /** Whether the model accepts {@code value} (always false for NaN and infinities). */
  public boolean allows(double value) {
    return Double.isFinite(value) && allowed.test(value);
  }

  /** Whether the parameter can be free (false for the two layers). */
  public boolean calibratable() {
    return this != DAY_LAYER && this != NIGHT_LAYER;
  }

  /** The SeapoPym v0.1 paper's calibration bounds {min, max}; fails for the layers. */
  public double[] defaultBounds() {
    if (!calibratable()) {
      throw new IllegalStateException(csvName + " is a layer label and has no calibration bounds");
    }
    return new double[] {defaultMin, defaultMax};
  }

  /** This parameter's value in {@code group}. */
  public double valueOf(FunctionalGroup group) {
    return getter.applyAsDouble(group);
  }

  /**
   * A copy of {@code group} with this parameter set to {@code value}; the group's constructor
   * validates it (a layer must be an integer).
   */
  public FunctionalGroup with(FunctionalGroup group, double value) {
    return setter.apply(group, value);
  }

  /** The qualified name {@code GROUP.parameter}, e.g. {@code "D1N1.tr_0"}. */
  public String qualifiedName(String group) {
    return group + "." + csvName;
  }

  /** All CSV names, in declaration order. */
  public static List<String> csvNames() {
    return Arrays.stream(values()).map(GroupParameter::csvName).toList();
  }

  /** The CSV names of the parameters not in {@code present}, in declaration order. */
  public static List<String> csvNamesMissingFrom(Set<GroupParameter> present) {
    return Arrays.stream(values()).filter(p -> !present.contains(p)).map(GroupParameter::csvName)
        .toList();
  }

  /** The parameter whose CSV name is {@code name}, if any. */
  public static Optional<GroupParameter> byCsvName(String name) {
    return Arrays.stream(values()).filter(p -> p.csvName.equals(name)).findFirst();
  }

  private static int layer(double v) {
    if (!isInteger(v)) {
      throw new IllegalArgumentException("a layer must be an integer label, but was " + v);
    }
    return (int) v;
  }

  private static boolean isInteger(double v) {
    return v == Math.rint(v) && Math.abs(v) <= Integer.MAX_VALUE;
  }
}
