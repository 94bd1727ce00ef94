package io.github.seapopym4j.kernel;

import io.github.seapopym4j.internal.HostBuffers;
import java.nio.DoubleBuffer;
import org.nd4j.linalg.api.concurrency.AffinityManager;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Temperature-dependent mortality (SeapoPym's {@code mortality_field}):
 * {@code λ = λ0·exp(γλ·Tm)}.
 *
 * <p>Units: λ0 [1/day], γλ [1/°C], Tm [°C] → λ [1/day]. Equivalent to a mortality time
 * {@code τm = 1/λ = τm0·exp(−γλ·Tm)}.
 */
public final class Mortality {

  private Mortality() {}

  /** λ for one temperature. */
  public static double rate(double lambda0, double gammaLambda, double averageTemperature) {
    return lambda0 * Math.exp(gammaLambda * averageTemperature);
  }

  /**
   * λ of {@code n} temperatures {@code tm[0..n)}, all in [0, {@code maxTm}] °C (mean temperatures
   * are clipped at 0), into {@code out}. Where {@code |γλ|·maxTm ≤ 16} the exponentials come from
   * {@link FastExp} (a loop the JIT vectorises, within 38 ulps of {@code Math.exp}); otherwise, or
   * when {@code maxTm} is not finite, from {@link #rate}.
   */
  public static void ratesInto(double[] tm, int n, double lambda0, double gammaLambda, double maxTm,
      double[] out) {
    double g = Math.abs(gammaLambda);
    if (!(g * maxTm <= FastExp.LIMIT)) {
      for (int i = 0; i < n; i++) {
        out[i] = rate(lambda0, gammaLambda, tm[i]);
      }
    } else if (gammaLambda >= 0) {
      for (int i = 0; i < n; i++) {
        out[i] = lambda0 * FastExp.ofNonNegative(g * tm[i]);
      }
    } else {
      for (int i = 0; i < n; i++) {
        out[i] = lambda0 / FastExp.ofNonNegative(g * tm[i]);
      }
    }
  }

  /**
   * The field λ [time, cell] computed by {@link #field} (vectorised ND4J) and copied into {@code out}
   * (host memory; on a GPU backend the result is brought back from the device first).
   */
  public static void fieldInto(INDArray averageTemperature, double lambda0, double gammaLambda,
      DoubleBuffer out) {
    try (INDArray lambda = field(averageTemperature, lambda0, gammaLambda)) {
      Nd4j.getAffinityManager().ensureLocation(lambda, AffinityManager.Location.HOST);
      out.duplicate().clear().put(HostBuffers.doubles(lambda));
    }
  }

  /**
   * The field λ [time, cell] as one vectorised pass (whole-field ND4J ops).
   *
   * @param averageTemperature Tm [time, cell] in °C; read, not changed
   * @return a new DOUBLE array of the same shape, owned by the caller (close it)
   */
  public static INDArray field(INDArray averageTemperature, double lambda0, double gammaLambda) {
    INDArray out = averageTemperature.mul(gammaLambda);
    try {
      Transforms.exp(out, false);
      return out.muli(lambda0);
    } catch (RuntimeException e) {
      out.close();
      throw e;
    }
  }
}
