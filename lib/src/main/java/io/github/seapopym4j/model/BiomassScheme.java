package io.github.seapopym4j.model;

/** The time scheme of the biomass equation {@code dB/dt = R − λ·B}. */
public enum BiomassScheme {
  /**
   * Explicit Euler, {@code B_t = B_{t−1} + dt·R_t − dt·λ_t·B_{t−1}}: SeapoPym v0.1's default, stable
   * only while {@code dt·λ < 2}.
   */
  EXPLICIT,
  /**
   * Semi-implicit, {@code B_t = (B_{t−1} + dt·R_t) / (1 + dt·λ_t)}: later SeapoPym lines and the older
   * one; unconditionally stable.
   */
  IMPLICIT
}
