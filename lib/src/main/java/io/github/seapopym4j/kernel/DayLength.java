package io.github.seapopym4j.kernel;

/**
 * Day length by the CBM model of Forsythe et al. (1995, Ecological Modelling 80: 87-95), as
 * SeapoPym v0.1 computes it.
 *
 * <pre>
 * θ = 0.2163108 + 2·atan(0.9671396·tan(0.00860·(doy − 186)))      revolution angle
 * φ = asin(0.39795·cos θ)                                          solar declination
 * a = (sin(p·π/180) + sin(L·π/180)·sin φ) / (cos(L·π/180)·cos φ),  clipped to [−1, 1]
 * D = 24 − (24/π)·acos(a)                                          hours
 * </pre>
 *
 * with L the latitude [degrees north], doy the day of year (1..366, pandas convention) and p the
 * angle between the sun and the horizon [degrees] ({@code angle_horizon_sun}, 0 by default; 6, 12, 18
 * for civil, nautical and astronomical twilight: a positive angle counts the twilight as day and
 * lengthens it).
 */
public final class DayLength {

  private static final double HOURS_PER_DAY = 24.0;

  private DayLength() {}

  /** The day length in hours [h] at latitude {@code latitudeDeg} on day {@code dayOfYear}. */
  public static double hours(double latitudeDeg, int dayOfYear, double angleHorizonSunDeg) {
    double theta = 0.2163108 + 2 * Math.atan(0.9671396 * Math.tan(0.00860 * (dayOfYear - 186)));
    double phi = Math.asin(0.39795 * Math.cos(theta));
    double lat = latitudeDeg * Math.PI / 180;
    double arg = (Math.sin(Math.PI * angleHorizonSunDeg / 180) + Math.sin(lat) * Math.sin(phi))
        / (Math.cos(lat) * Math.cos(phi));
    arg = Math.max(-1.0, Math.min(1.0, arg));
    return HOURS_PER_DAY - (HOURS_PER_DAY / Math.PI) * Math.acos(arg);
  }

  /** The day length as a fraction of the day [0..1]: {@code hours(...) / 24}. */
  public static double fraction(double latitudeDeg, int dayOfYear, double angleHorizonSunDeg) {
    return hours(latitudeDeg, dayOfYear, angleHorizonSunDeg) / HOURS_PER_DAY;
  }

  /**
   * The day-length field [time, cell] as fractions of the day.
   *
   * @param dayOfYear [time] days of year (1..366)
   * @param cellLatitude [cell] latitude of each cell [degrees north]
   * @return [time × cell] row-major
   */
  public static double[] field(int[] dayOfYear, double[] cellLatitude, double angleHorizonSunDeg) {
    int nc = cellLatitude.length;
    double[] out = new double[dayOfYear.length * nc];
    for (int t = 0; t < dayOfYear.length; t++) {
      double lastLat = Double.NaN;
      double last = Double.NaN;
      for (int c = 0; c < nc; c++) {
        if (Double.compare(cellLatitude[c], lastLat) != 0) {
          lastLat = cellLatitude[c];
          last = fraction(lastLat, dayOfYear[t], angleHorizonSunDeg);
        }
        out[t * nc + c] = last;
      }
    }
    return out;
  }
}
