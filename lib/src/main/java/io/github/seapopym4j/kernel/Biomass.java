package io.github.seapopym4j.kernel;

/**
 * Biomass from {@code dB/dt = R − λ·B}, B = 0 before the first step (SeapoPym's {@code biomass}).
 *
 * <pre>
 * explicit Euler (SeapoPym v0.1):      B_t = B_{t−1} + dt·R_t − dt·λ_t·B_{t−1}
 * semi-implicit (later SeapoPym):      B_t = (B_{t−1} + dt·R_t) / (1 + dt·λ_t)
 * </pre>
 *
 * <p>Units: R [g m⁻² d⁻¹], λ [1/day], dt [day] → B [g m⁻²]. The explicit scheme is only stable for
 * {@code dt·λ < 2} and may oscillate or go negative beyond, as upstream does; the semi-implicit one is
 * unconditionally stable.
 */
public final class Biomass {

  private Biomass() {}

  /** One explicit Euler step. */
  public static double explicitStep(double previous, double recruited, double mortality, double dt) {
    return previous + dt * recruited - dt * mortality * previous;
  }

  /** One semi-implicit step. */
  public static double implicitStep(double previous, double recruited, double mortality, double dt) {
    return (previous + dt * recruited) / (1 + dt * mortality);
  }

  /**
   * One step of {@code n} lanes in place: {@code biomass[j]} becomes {@link #explicitStep} (or
   * {@link #implicitStep}) of itself, {@code recruited[j]} and {@code mortality[j]}; a loop the JIT
   * vectorises.
   */
  public static void stepInto(double[] biomass, double[] recruited, double[] mortality, double dt,
      boolean explicit, int n) {
    if (explicit) {
      for (int j = 0; j < n; j++) {
        biomass[j] = explicitStep(biomass[j], recruited[j], mortality[j], dt);
      }
    } else {
      for (int j = 0; j < n; j++) {
        biomass[j] = implicitStep(biomass[j], recruited[j], mortality[j], dt);
      }
    }
  }
}
