package io.github.seapopym4j.fitness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The generator of {@code data-samples/synthetic-station-aloha.csv} (see the README there): a made-up
 * zooplankton time series at the position of Station ALOHA, in the project's observation CSV format,
 * for notebooks that must run without the real HOT file. Nothing in it comes from real data.
 * Regenerate with {@code ./mvnw -B -o test -pl lib -Dtest=StationSampleTest -Dsamples.regenerate=true}.
 */
final class StationSample {

  static final String FILE = "synthetic-station-aloha.csv";
  static final long SEED = 19940217L;
  static final double LAT = 22.75;
  static final double LON = -158.0;
  /** Median biomass by day and by night [g m⁻²]. */
  static final double DAY = 1.2;
  static final double NIGHT = 1.9;
  /** Relative seasonal amplitude, peak day of year, and log-normal noise σ. */
  static final double AMPLITUDE = 0.25;
  static final int PEAK_DOY = 200;
  static final double SIGMA = 0.35;

  private StationSample() {}

  /**
   * The file's text: one cruise a month from 1994-01 to 2000-12 on day 1 + ⌊28u⌋ of the month, with 3
   * day tows then 3 night tows, each valued m·(1 + 0.25 cos(2π(doy − 200)/365.25))·exp(0.35 ε), m =
   * 1.2 by day and 1.9 by night, printed with 4 decimals. Draws from {@code
   * SplittableRandom(19940217)}: per cruise u = nextDouble(), then one ε per tow by Box–Muller
   * (two nextDouble() per ε, StrictMath, the sine partner unused).
   */
  static String text() {
    SplittableRandom random = new SplittableRandom(SEED);
    StringBuilder sb = new StringBuilder("time,lat,lon,value,period\n");
    for (int year = 1994; year <= 2000; year++) {
      for (int month = 1; month <= 12; month++) {
        LocalDate date = LocalDate.of(year, month, 1 + (int) (28 * random.nextDouble()));
        double season = 1 + AMPLITUDE
            * StrictMath.cos(2 * Math.PI * (date.getDayOfYear() - PEAK_DOY) / 365.25);
        for (int tow = 0; tow < 6; tow++) {
          boolean day = tow < 3;
          double u1 = 1 - random.nextDouble();
          double u2 = random.nextDouble();
          double eps = StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * Math.PI * u2);
          double value = (day ? DAY : NIGHT) * season * StrictMath.exp(SIGMA * eps);
          sb.append(String.format(Locale.ROOT, "%s,%s,%s,%.4f,%s%n", date, LAT, LON, value,
              day ? "day" : "night"));
        }
      }
    }
    return sb.toString();
  }

  /** Writes the file into {@code dir}. */
  static void write(Path dir) {
    try {
      Files.writeString(dir.resolve(FILE), text(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
