package io.github.seapopym4j.calibration;

/**
 * CMA-ES strategy parameters for dimension n and population λ, the defaults of Table 1 of Hansen,
 * "The CMA Evolution Strategy: A Tutorial" (arXiv:1604.00772, 2016), with active CMA: all λ
 * recombination weights, the worst ones negative.
 *
 * <ul>
 *   <li>w'_i = ln((λ + 1)/2) − ln i, i = 1..λ; μ = ⌊λ/2⌋ positive, normalised to sum 1;
 *   <li>μ_eff and μ_eff⁻ from the positive and negative raw weights;
 *   <li>c_σ = (μ_eff + 2)/(n + μ_eff + 5), d_σ = 1 + 2 max(0, √((μ_eff − 1)/(n + 1)) − 1) + c_σ;
 *   <li>c_c = (4 + μ_eff/n)/(n + 4 + 2μ_eff/n), c_1 = 2/((n + 1.3)² + μ_eff),
 *       c_μ = min(1 − c_1, 2(1/4 + μ_eff + 1/μ_eff − 2)/((n + 2)² + μ_eff)), as pycma;
 *   <li>negative weights scaled to min(α_μ⁻, α_μeff⁻, α_posdef⁻)/Σ|w'⁻| with α_μ⁻ = 1 + c_1/c_μ,
 *       α_μeff⁻ = 1 + 2μ_eff⁻/(μ_eff + 2), α_posdef⁻ = (1 − c_1 − c_μ)/(n c_μ).
 * </ul>
 */
final class CmaParameters {

  final int n;
  final int lambda;
  final int mu;
  /** λ weights, sorted best first: μ positive (sum 1), then the negative ones. */
  final double[] weights;
  final double mueff;
  final double cc;
  final double cs;
  final double c1;
  final double cmu;
  final double damps;
  /** E‖N(0, I)‖ ≈ √n (1 − 1/(4n) + 1/(21n²)). */
  final double chiN;

  CmaParameters(int n, int lambda) {
    if (n < 1 || lambda < 2) {
      throw new IllegalArgumentException(String.format(
          "CMA-ES needs dimension >= 1 and population >= 2, but got %d and %d", n, lambda));
    }
    this.n = n;
    this.lambda = lambda;
    mu = lambda / 2;
    double[] raw = new double[lambda];
    double sumPos = 0;
    double sumPosSq = 0;
    double sumNeg = 0;
    double sumNegSq = 0;
    for (int i = 0; i < lambda; i++) {
      raw[i] = Math.log((lambda + 1) / 2.0) - Math.log(i + 1);
      if (i < mu) {
        sumPos += raw[i];
        sumPosSq += raw[i] * raw[i];
      } else {
        sumNeg += Math.abs(raw[i]);
        sumNegSq += raw[i] * raw[i];
      }
    }
    mueff = sumPos * sumPos / sumPosSq;
    double mueffMinus = sumNegSq > 0 ? sumNeg * sumNeg / sumNegSq : 0;
    cs = (mueff + 2) / (n + mueff + 5);
    damps = 1 + 2 * Math.max(0, Math.sqrt((mueff - 1) / (n + 1)) - 1) + cs;
    cc = (4 + mueff / n) / (n + 4 + 2 * mueff / n);
    c1 = 2 / ((n + 1.3) * (n + 1.3) + mueff);
    cmu = Math.min(1 - c1, 2 * (0.25 + mueff + 1 / mueff - 2) / ((n + 2) * (n + 2) + mueff));
    double alphaMu = 1 + c1 / cmu;
    double alphaMueff = 1 + 2 * mueffMinus / (mueff + 2);
    double alphaPosdef = (1 - c1 - cmu) / (n * cmu);
    double negScale = Math.min(alphaMu, Math.min(alphaMueff, alphaPosdef));
    weights = new double[lambda];
    for (int i = 0; i < lambda; i++) {
      weights[i] = i < mu ? raw[i] / sumPos : (sumNeg > 0 ? negScale * raw[i] / sumNeg : 0);
    }
    chiN = Math.sqrt(n) * (1 - 1.0 / (4 * n) + 1.0 / (21.0 * n * n));
  }

  /** Σ w_i over all λ weights (negative ones included), for the covariance decay factor. */
  double weightSum() {
    double s = 0;
    for (double w : weights) {
      s += w;
    }
    return s;
  }
}
