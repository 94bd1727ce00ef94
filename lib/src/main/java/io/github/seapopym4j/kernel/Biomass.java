package io.github.seapopym4j.kernel;

import java.nio.DoubleBuffer;

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
   * Biomass [time, cell] by explicit Euler.
   *
   * @param recruited R [time, cell] row-major
   * @param mortality λ [time, cell] row-major
   * @param out B [time, cell] row-major, written
   */
  public static void explicitInto(int steps, int cells, double dt, DoubleBuffer recruited,
      DoubleBuffer mortality, DoubleBuffer out) {
    for (int c = 0; c < cells; c++) {
      double b = 0.0;
      for (int t = 0; t < steps; t++) {
        int tc = t * cells + c;
        b = explicitStep(b, recruited.get(tc), mortality.get(tc), dt);
        out.put(tc, b);
      }
    }
  }

  /** Biomass [time, cell] by the semi-implicit scheme; arguments as {@link #explicitInto}. */
  public static void implicitInto(int steps, int cells, double dt, DoubleBuffer recruited,
      DoubleBuffer mortality, DoubleBuffer out) {
    for (int c = 0; c < cells; c++) {
      double b = 0.0;
      for (int t = 0; t < steps; t++) {
        int tc = t * cells + c;
        b = implicitStep(b, recruited.get(tc), mortality.get(tc), dt);
        out.put(tc, b);
      }
    }
  }
}
