package io.github.seapopym4j.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The age structure of pre-recruitment production and its recruitment thresholds (SeapoPym's
 * {@code age_to_dataset} and {@code min_temperature_by_cohort}, without cohort aggregation).
 *
 * <pre>
 * n      = ceil(τr0 / dt)                          cohorts
 * age_k  = (k + 1)·dt                              [day], k = 0..n−1
 * Tmin_k = ln(age_k / τr0) / γτr                   [°C]
 * </pre>
 *
 * <p>Since the recruitment age is {@code τr = τr0·exp(γτr·T)}, cohort k reaches it, and is recruited,
 * where the temperature is at least {@code Tmin_k}. Tmin decreases with age; the last cohort's
 * threshold is ≤ 0 °C, so with temperatures clipped at 0 it is always recruited.
 */
public final class Cohorts {

  private Cohorts() {}

  /** {@code ceil(τr0 / dt)}, the number of cohorts. */
  public static int count(double tr0, double dtDays) {
    return (int) Math.ceil(tr0 / dtDays);
  }

  /** Ages [cohort] in days: {@code (k + 1)·dt}. */
  public static double[] ages(double tr0, double dtDays) {
    double[] ages = new double[count(tr0, dtDays)];
    for (int k = 0; k < ages.length; k++) {
      ages[k] = (k + 1) * dtDays;
    }
    return ages;
  }

  /** Recruitment thresholds [cohort] in °C: {@code ln(age_k / τr0) / γτr}. */
  public static double[] minTemperature(double tr0, double gammaTr, double dtDays) {
    double[] ages = ages(tr0, dtDays);
    double[] tmin = new double[ages.length];
    for (int k = 0; k < ages.length; k++) {
      tmin[k] = Math.log(ages[k] / tr0) / gammaTr;
    }
    return tmin;
  }

  /**
   * The first recruited cohort [time, cell] as one vectorised pass (whole-field ND4J operations),
   * from {@code Tm ≥ Tmin_k ⇔ (k+1)·dt ≥ τr0·exp(γτr·Tm)}:
   *
   * <pre>
   * k* = ceil(τr0/dt · exp(γτr·Tm)) − 1
   * </pre>
   *
   * <p>An estimate: rounding may move it by one cohort where Tm sits on a threshold, and it is not
   * clipped to [0, n]; {@link CohortQueue#firstRecruited} walks from it to the exact answer.
   *
   * @param averageTemperature Tm [time, cell] in °C; read, not changed
   * @return a new DOUBLE array [time, cell] of cohort indices, owned by the caller (close it)
   */
  public static INDArray firstRecruitedField(INDArray averageTemperature, double tr0, double gammaTr,
      double dtDays) {
    INDArray out = averageTemperature.mul(gammaTr);
    try {
      Transforms.exp(out, false);
      out.muli(tr0 / dtDays);
      Transforms.ceil(out, false);
      return out.subi(1.0);
    } catch (RuntimeException e) {
      out.close();
      throw e;
    }
  }
}
