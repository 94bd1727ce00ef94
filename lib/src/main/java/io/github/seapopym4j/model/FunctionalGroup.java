package io.github.seapopym4j.model;

/**
 * The parameters of one SEAPOPYM functional group (a population of zooplankton or micronekton that
 * lives in {@code dayLayer} by day and in {@code nightLayer} by night).
 *
 * <p>Ranges are SeapoPym's: every constructor argument is checked and a violation names the
 * parameter, its unit, the allowed range and the value.
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
    double lambdaTemperature0, double gammaLambdaTemperature, double tr0, double gammaTr) {

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
    check(name, "energy_transfert", "dimensionless", "[0, 1]", energyTransfert,
        energyTransfert >= 0 && energyTransfert <= 1);
    check(name, "lambda_temperature_0", "1/day", "> 0", lambdaTemperature0,
        lambdaTemperature0 > 0 && Double.isFinite(lambdaTemperature0));
    check(name, "gamma_lambda_temperature", "1/degC", "finite", gammaLambdaTemperature,
        Double.isFinite(gammaLambdaTemperature));
    check(name, "tr_0", "day", "> 0", tr0, tr0 > 0 && Double.isFinite(tr0));
    check(name, "tr_0", "day", "≤ " + TR_0_MAX + " (ten years: a recruitment age, and each day of "
        + "it is one cohort per cell in memory)", tr0, tr0 <= TR_0_MAX);
    check(name, "gamma_tr", "1/degC", "< 0", gammaTr, gammaTr < 0 && Double.isFinite(gammaTr));
  }

  private static void check(String group, String param, String unit, String range, double value,
      boolean ok) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(
          "functional group '%s': %s [%s] must be %s, but was %s", group, param, unit, range, value));
    }
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
}
