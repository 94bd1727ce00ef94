package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.ForcingSet;
import java.time.LocalDate;

/** Small deterministic forcings for behaviour tests (sinusoidal temperatures in 3 layers, PP). */
public final class TestForcings {

  private TestForcings() {}

  /**
   * {@code days} daily steps from 2000-01-01 on an {@code ny × nx} grid (lat 20 + y, lon 150 + x),
   * layers 1, 2, 3. Cells listed in {@code land} (flat y·nx + x) are NaN everywhere.
   */
  public static ForcingSet grid(int days, int ny, int nx, int... land) {
    double[] t = new double[days * ny * nx * 3];
    double[] pp = new double[days * ny * nx];
    for (int d = 0; d < days; d++) {
      double s = Math.sin(2 * Math.PI * (d - 80) / 365.0);
      for (int c = 0; c < ny * nx; c++) {
        final int cell = c;
        boolean isLand = java.util.Arrays.stream(land).anyMatch(l -> l == cell);
        double off = 0.1 * (c / nx) - 0.05 * (c % nx);
        int i = (d * ny * nx + c) * 3;
        t[i] = isLand ? Double.NaN : 24 + off + 3 * s;
        t[i + 1] = isLand ? Double.NaN : 12 + off + 1.5 * s;
        t[i + 2] = isLand ? Double.NaN : 5 + off + 0.5 * s;
        pp[d * ny * nx + c] = isLand ? Double.NaN : 0.5 + 0.01 * (c / nx) + 0.3 * Math.cos(2 * Math.PI * d / 365.0);
      }
    }
    double[] lat = new double[ny];
    double[] lon = new double[nx];
    for (int y = 0; y < ny; y++) {
      lat[y] = 20 + y;
    }
    for (int x = 0; x < nx; x++) {
      lon[x] = 150 + x;
    }
    return ForcingSet.builder().daily(LocalDate.of(2000, 1, 1), days).latitude(lat).longitude(lon)
        .layers(1, 2, 3).temperature(t).primaryProduction(pp).source("test grid").build();
  }

  public static FunctionalGroup epipelagic() {
    return FunctionalGroup.builder("D1N1").energyTransfert(0.1668).layers(1, 1)
        .lambdaTemperature0(1.0 / 150).gammaLambdaTemperature(0.15)
        .tr0(10.38).gammaTr(-0.11).build();
  }

  static FunctionalGroup migrant() {
    return FunctionalGroup.builder("D2N1").energyTransfert(0.1).layers(2, 1)
        .lambdaTemperature0(1.0 / 150).gammaLambdaTemperature(0.15)
        .tr0(10.38).gammaTr(-0.11).build();
  }
}
