package io.github.seapopym4j.fitness;

import java.util.Objects;

/**
 * How observations are matched to model output.
 *
 * @param periodRule which groups day and night observations compare with (default
 *     {@link PeriodRule#shallowestLayer()})
 * @param window the dates of model output averaged per observation (default
 *     {@link TimeWindow#none()})
 * @param cellToleranceDegrees how far [°] an observation may lie from the centre of its nearest cell,
 *     along latitude and along longitude; NaN (default) means half the grid spacing (the observation
 *     lies inside the cell), or 1e-6° on an axis with a single coordinate
 * @param failOutsidePeriod false (default): an observation dated outside the simulated period is left
 *     out and listed in the {@link MatchReport}; true: it is an error
 * @param modelUnit the unit of the model's biomass: {@code g/m2} (default) or {@code kg/m2} (the older
 *     SeapoPym unit setting); predictions are converted to g m⁻²
 */
public record MatchConfig(PeriodRule periodRule, TimeWindow window, double cellToleranceDegrees,
    boolean failOutsidePeriod, String modelUnit) implements java.io.Serializable {

  /** Validates the settings. */
  public MatchConfig {
    Objects.requireNonNull(periodRule, "periodRule");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(modelUnit, "modelUnit");
    if (!Double.isNaN(cellToleranceDegrees) && !(cellToleranceDegrees >= 0
        && cellToleranceDegrees <= 180)) {
      throw new IllegalArgumentException(
          "cell tolerance [°] must be NaN (auto) or in [0, 180], but was " + cellToleranceDegrees);
    }
    if (ObservationUnits.isConcentration(modelUnit)) {
      throw new IllegalArgumentException(
          "model biomass unit must be a mass per area (g/m2 or kg/m2), but was " + modelUnit);
    }
    ObservationUnits.toGramsPerSquareMetre(modelUnit, Double.NaN, "model biomass unit");
  }

  /** Shallowest-layer rule, no averaging, cells by half the grid spacing, report out-of-period. */
  public static MatchConfig defaults() {
    return new MatchConfig(PeriodRule.shallowestLayer(), TimeWindow.none(), Double.NaN, false,
        ObservationUnits.MODEL_UNIT);
  }

  public MatchConfig withPeriodRule(PeriodRule v) {
    return new MatchConfig(v, window, cellToleranceDegrees, failOutsidePeriod, modelUnit);
  }

  public MatchConfig withWindow(TimeWindow v) {
    return new MatchConfig(periodRule, v, cellToleranceDegrees, failOutsidePeriod, modelUnit);
  }

  public MatchConfig withCellTolerance(double degrees) {
    return new MatchConfig(periodRule, window, degrees, failOutsidePeriod, modelUnit);
  }

  public MatchConfig withFailOutsidePeriod(boolean v) {
    return new MatchConfig(periodRule, window, cellToleranceDegrees, v, modelUnit);
  }

  public MatchConfig withModelUnit(String v) {
    return new MatchConfig(periodRule, window, cellToleranceDegrees, failOutsidePeriod, v);
  }
}
