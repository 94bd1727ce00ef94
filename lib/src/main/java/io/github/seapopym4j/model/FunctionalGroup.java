package io.github.seapopym4j.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one SEAPOPYM functional group (a population of zooplankton or micronekton that
 * lives in {@code dayLayer} by day and in {@code nightLayer} by night).
 *
 * <p>Ranges are SeapoPym's, declared once in {@link GroupParameter}: every constructor argument is
 * checked and a violation names the parameter, its unit, the allowed range and the value.
 *
 * <p>Build one by name rather than by position:
 *
 * <pre>{@code
 * FunctionalGroup g = FunctionalGroup.builder("D1N1").energyTransfert(0.1668).layers(1, 1)
 *     .lambdaTemperature0(1 / 150.0).gammaLambdaTemperature(0.15).tr0(10.38).gammaTr(-0.11)
 *     .build();
 * }</pre>
 *
 * @param name a label, e.g. {@code "D1N1"}
 * @param energyTransfert E, the fraction of primary production that enters the group, in [0, 1]
 *     (dimensionless)
 * @param dayLayer the label (Z coordinate) of the layer the group lives in by day
 * @param nightLayer the label (Z coordinate) of the layer the group lives in by night
 * @param lambdaTemperature0 λ0, mortality at 0 °C, &gt; 0 [1/day]
 * @param gammaLambdaTemperature γλ, the thermal sensitivity of mortality [1/°C] (finite)
 * @param tr0 τr0, recruitment age at 0 °C, &gt; 0 [day]
 * @param gammaTr γτr, the thermal sensitivity of the recruitment age, &lt; 0 [1/°C]
 */
public record FunctionalGroup(String name, double energyTransfert, int dayLayer, int nightLayer,
    double lambdaTemperature0, double gammaLambdaTemperature, double tr0, double gammaTr)
    implements java.io.Serializable {

  /**
   * The largest τr0 [day] accepted: ten years. τr0 is the age at which a cohort's production is
   * recruited at 0 °C; SeapoPym v0.1 calibrates it within [0.001, 300] days (the default bounds of
   * {@link GroupParameter#TR_0}), and no zooplankton or micronekton group takes years to recruit, so
   * ten years leaves a wide margin. The bound also caps the cohort count ceil(τr0/dt), which sets a
   * run's memory: τr0 = 1e9 would ask for a billion cohorts per cell.
   */
  public static final double TR_0_MAX = 3650;

  /** Validates every parameter. */
  public FunctionalGroup {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("functional group name must not be blank, but was '" + name + "'");
    }
    check(name, GroupParameter.ENERGY_TRANSFERT, energyTransfert);
    check(name, GroupParameter.LAMBDA_TEMPERATURE_0, lambdaTemperature0);
    check(name, GroupParameter.GAMMA_LAMBDA_TEMPERATURE, gammaLambdaTemperature);
    check(name, GroupParameter.TR_0, tr0);
    if (tr0 > TR_0_MAX) {
      throw new IllegalArgumentException(String.format("functional group '%s': tr_0 [day] must be ≤ "
          + "%s (ten years: a recruitment age, and each day of it is one cohort per cell in "
          + "memory), but was %s", name, TR_0_MAX, tr0));
    }
    check(name, GroupParameter.GAMMA_TR, gammaTr);
  }

  private static void check(String group, GroupParameter p, double value) {
    if (!p.allows(value)) {
      throw new IllegalArgumentException(String.format(
          "functional group '%s': %s [%s] must be %s, but was %s", group, p.csvName(), p.unit(),
          p.constraint(), value));
    }
  }

  /** A builder for a group named {@code name}; every parameter must be set before {@code build()}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder holding this group's values, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    for (GroupParameter p : GroupParameter.values()) {
      b.set(p, p.valueOf(this));
    }
    return b;
  }

  /** The number of cohorts for a time step of {@code dtDays}: ceil(τr0 / dt). */
  public int cohortCount(int dtDays) {
    return (int) Math.ceil(tr0 / dtDays);
  }

  public FunctionalGroup withName(String v) {
    return new FunctionalGroup(v, energyTransfert, dayLayer, nightLayer, lambdaTemperature0,
        gammaLambdaTemperature, tr0, gammaTr);
  }

  public FunctionalGroup withEnergyTransfert(double v) {
    return new FunctionalGroup(name, v, dayLayer, nightLayer, lambdaTemperature0,
        gammaLambdaTemperature, tr0, gammaTr);
  }

  public FunctionalGroup withLayers(int day, int night) {
    return new FunctionalGroup(name, energyTransfert, day, night, lambdaTemperature0,
        gammaLambdaTemperature, tr0, gammaTr);
  }

  public FunctionalGroup withLambdaTemperature0(double v) {
    return new FunctionalGroup(name, energyTransfert, dayLayer, nightLayer, v,
        gammaLambdaTemperature, tr0, gammaTr);
  }

  public FunctionalGroup withGammaLambdaTemperature(double v) {
    return new FunctionalGroup(name, energyTransfert, dayLayer, nightLayer, lambdaTemperature0, v,
        tr0, gammaTr);
  }

  public FunctionalGroup withTr0(double v) {
    return new FunctionalGroup(name, energyTransfert, dayLayer, nightLayer, lambdaTemperature0,
        gammaLambdaTemperature, v, gammaTr);
  }

  public FunctionalGroup withGammaTr(double v) {
    return new FunctionalGroup(name, energyTransfert, dayLayer, nightLayer, lambdaTemperature0,
        gammaLambdaTemperature, tr0, v);
  }

  @Override
  public String toString() {
    return String.format("FunctionalGroup[%s: E=%s, day=%d, night=%d, λ0=%s 1/day, γλ=%s 1/°C, "
            + "τr0=%s day, γτr=%s 1/°C]", name, energyTransfert, dayLayer, nightLayer,
        lambdaTemperature0, gammaLambdaTemperature, tr0, gammaTr);
  }

  /**
   * Builds a {@link FunctionalGroup} by parameter name. There are no defaults: {@link #build()}
   * fails unless every parameter was set. Values are checked by the group's constructor.
   */
  public static final class Builder {
    private final String name;
    private final Map<GroupParameter, Double> values = new EnumMap<>(GroupParameter.class);

    private Builder(String name) {
      this.name = name;
    }

    /** Sets {@code p} to {@code value} (in {@code p}'s unit); a layer must be an integer. */
    public Builder set(GroupParameter p, double value) {
      if (!p.calibratable()) {
        check(name, p, value);
      }
      values.put(p, value);
      return this;
    }

    /** E, dimensionless, in [0, 1]. */
    public Builder energyTransfert(double v) {
      return set(GroupParameter.ENERGY_TRANSFERT, v);
    }

    /** The layer labels by day and by night. */
    public Builder layers(int day, int night) {
      return set(GroupParameter.DAY_LAYER, day).set(GroupParameter.NIGHT_LAYER, night);
    }

    /** λ0 [1/day], &gt; 0. */
    public Builder lambdaTemperature0(double v) {
      return set(GroupParameter.LAMBDA_TEMPERATURE_0, v);
    }

    /** γλ [1/°C], finite. */
    public Builder gammaLambdaTemperature(double v) {
      return set(GroupParameter.GAMMA_LAMBDA_TEMPERATURE, v);
    }

    /** τr0 [day], &gt; 0. */
    public Builder tr0(double v) {
      return set(GroupParameter.TR_0, v);
    }

    /** γτr [1/°C], &lt; 0. */
    public Builder gammaTr(double v) {
      return set(GroupParameter.GAMMA_TR, v);
    }

    /**
     * The group.
     *
     * @throws IllegalStateException when a parameter was not set (naming the missing ones)
     * @throws IllegalArgumentException when a value is outside its range
     */
    public FunctionalGroup build() {
      List<String> missing = GroupParameter.csvNamesMissingFrom(values.keySet());
      if (!missing.isEmpty()) {
        throw new IllegalStateException(String.format(
            "functional group '%s': expected a value for every parameter %s, but %s not set", name,
            GroupParameter.csvNames(), missing));
      }
      return new FunctionalGroup(name, get(GroupParameter.ENERGY_TRANSFERT),
          (int) get(GroupParameter.DAY_LAYER), (int) get(GroupParameter.NIGHT_LAYER),
          get(GroupParameter.LAMBDA_TEMPERATURE_0), get(GroupParameter.GAMMA_LAMBDA_TEMPERATURE),
          get(GroupParameter.TR_0), get(GroupParameter.GAMMA_TR));
    }

    private double get(GroupParameter p) {
      return values.get(p);
    }
  }
}
